#include "ui/InlineMarkdown.h"

#include <QRegularExpression>

namespace InlineMarkdown {

QString toPlainText(const QString& markdown) {
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(\S(?:.*?\S)?)\1)"));
    static const QRegularExpression emphasis(QStringLiteral(R"((?<![\w*])([*_])(\S(?:.*?\S)?)\1(?![\w*]))"));
    static const QRegularExpression strike(QStringLiteral(R"(~~(\S(?:.*?\S)?)~~)"));
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escaped(QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!|~<>]))"));

    QString text = markdown;
    text.replace(link, QStringLiteral("\\1"));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(strike, QStringLiteral("\\1"));
    text.replace(code, QStringLiteral("\\1"));
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(escaped, QStringLiteral("\\1"));
    return text.trimmed();
}

} // namespace InlineMarkdown

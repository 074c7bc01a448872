#include "ui/signing/EngineMessage.h"

#include <QStringList>

namespace EngineMessage {

QString sentence(const QString& message) {
    QString text = message.trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?') && !text.endsWith(u':'))
        text += u'.';
    return text;
}

QString html(const QString& message) {
    const QStringList lines = message.split(u'\n');
    QString head;
    QStringList bullets;
    for (const QString& line : lines) {
        if (line.startsWith(u' ') && !head.isEmpty())
            bullets << line.trimmed();
        else if (!line.trimmed().isEmpty())
            head += (head.isEmpty() ? QString() : QStringLiteral(" ")) + line.trimmed();
    }
    QString result = QStringLiteral("<p style=\"margin:0\">%1</p>").arg(sentence(head).toHtmlEscaped());
    if (!bullets.isEmpty()) {
        result += QStringLiteral("<ul style=\"margin-top:4px; margin-bottom:0; -qt-list-indent:1\">");
        for (const QString& bullet : std::as_const(bullets))
            result += QStringLiteral("<li>%1</li>").arg(bullet.toHtmlEscaped());
        result += QStringLiteral("</ul>");
    }
    return result;
}

} // namespace EngineMessage

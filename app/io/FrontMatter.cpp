#include "io/FrontMatter.h"

namespace {

const QString kColumnRoles = QStringLiteral("column-roles");

Error lineError(int line, const QString& message) {
    return Error(QStringLiteral("line %1: %2").arg(line).arg(message));
}

bool isFence(const QString& line) {
    const QString text = line.trimmed();
    return text == u"---";
}

struct KeyValue {
    QString key;
    QString value; // empty for "key:" alone
};

// `"Key \"x\"": value`, `'Key': value` or `Key: value`; a plain key runs to
// the last ": " (or the line's final ':').
std::optional<KeyValue> splitKey(const QString& text) {
    KeyValue kv;
    qsizetype i = 0;
    if (text.startsWith(u'"') || text.startsWith(u'\'')) {
        const QChar quote = text.front();
        for (i = 1; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quote == u'"' && c == u'\\' && i + 1 < text.size()) {
                kv.key.append(text.at(++i));
            } else if (quote == u'\'' && c == u'\'' && i + 1 < text.size() && text.at(i + 1) == u'\'') {
                kv.key.append(c);
                ++i;
            } else if (c == quote) {
                break;
            } else {
                kv.key.append(c);
            }
        }
        if (i >= text.size())
            return std::nullopt;
        const QString rest = text.mid(i + 1).trimmed();
        if (!rest.startsWith(u':'))
            return std::nullopt;
        kv.value = rest.mid(1).trimmed();
        return kv;
    }
    if (text.endsWith(u':')) {
        kv.key = text.chopped(1).trimmed();
        return kv.key.isEmpty() ? std::nullopt : std::optional<KeyValue>(kv);
    }
    const qsizetype colon = text.lastIndexOf(QStringLiteral(": "));
    if (colon <= 0)
        return std::nullopt;
    kv.key = text.left(colon).trimmed();
    kv.value = text.mid(colon + 2).trimmed();
    return kv;
}

QString quoted(const QString& text) {
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

Result<FrontMatter::Content> FrontMatter::read(const MarkdownSource& source) {
    Content content;
    // A "---" first and a "key:" line after it; a "---" before the title alone
    // is a thematic break, as it always was.
    const QString second = source.line(2).trimmed();
    if (!isFence(source.line(1)) || second.startsWith(u'#') || !splitKey(second))
        return content;
    int close = 0;
    for (int n = 2; n <= source.lineCount() && close == 0; ++n) {
        if (isFence(source.line(n)) || source.line(n).trimmed() == u"...")
            close = n;
    }
    if (close == 0) {
        return lineError(1, QStringLiteral("the front matter that starts here has no closing '---' line; "
                                           "a document starts with its '# Title'"));
    }
    content.lastLine = close;

    bool inRoles = false;
    QString section;
    int sectionIndent = -1;
    for (int n = 2; n < close; ++n) {
        const QString line = source.line(n);
        const QString text = line.trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        if (line.contains(u'\t'))
            return lineError(n, QStringLiteral("indent the front matter with spaces, not tabs"));
        const int indent = int(line.indexOf(text.front()));
        const std::optional<KeyValue> kv = splitKey(text);
        if (!kv)
            return lineError(n, QStringLiteral("the front matter line is not 'key: value'"));
        if (indent == 0) {
            if (kv->key != kColumnRoles || !kv->value.isEmpty()) {
                return lineError(n, QStringLiteral("'%1' is not a front-matter key Countersign knows; it "
                                                   "reads 'column-roles:'")
                                        .arg(kv->key));
            }
            inRoles = true;
            section.clear();
            sectionIndent = -1;
            continue;
        }
        if (!inRoles)
            return lineError(n, QStringLiteral("the front matter line is indented under no key"));
        if (kv->value.isEmpty()) {
            if (sectionIndent >= 0 && indent > sectionIndent)
                return lineError(n, QStringLiteral("the column '%1' has no role").arg(kv->key));
            section = kv->key;
            sectionIndent = indent;
            continue;
        }
        if (section.isEmpty() || indent <= sectionIndent) {
            return lineError(n, QStringLiteral("a column role must stand under its section's title "
                                               "('\"Section\":', then '  \"Column\": notes')"));
        }
        const std::optional<ColumnRole> role = ColumnRoleText::fromKey(kv->value);
        if (!role) {
            return lineError(
                n,
                QStringLiteral("'%1' is not a column role; use item, status, notes or extra").arg(kv->value));
        }
        content.columnRoles.append({section, kv->key, *role, n});
    }
    return content;
}

QString FrontMatter::write(const QList<ColumnRoleEntry>& columnRoles) {
    if (columnRoles.isEmpty())
        return {};
    QStringList lines{QStringLiteral("---"), kColumnRoles + u':'};
    QString section;
    for (qsizetype i = 0; i < columnRoles.size(); ++i) {
        const ColumnRoleEntry& entry = columnRoles.at(i);
        if (i == 0 || entry.section != section) {
            section = entry.section;
            lines.append(QStringLiteral("  ") + quoted(section) + u':');
        }
        lines.append(QStringLiteral("    ") + quoted(entry.column) + QStringLiteral(": ") +
                     ColumnRoleText::key(entry.role));
    }
    lines.append(QStringLiteral("---"));
    return lines.join(u'\n');
}

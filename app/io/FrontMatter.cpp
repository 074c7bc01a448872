#include "io/FrontMatter.h"

namespace {

const QString kColumnRoles = QStringLiteral("column-roles");
const QString kSignOff = QStringLiteral("signoff");
const QString kSigners = QStringLiteral("signers");
const QString kIndependent = QStringLiteral("independent");

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

// One line under "signoff:": a role ("  \"QA Lead\":") or one of its
// fields ("    signers: 2", "    independent: true").
Status readPolicyLine(int n, int indent, const KeyValue& kv, QString& role, int& roleIndent,
                      QList<FrontMatter::PolicyEntry>& policies) {
    if (kv.value.isEmpty()) {
        if (roleIndent >= 0 && indent > roleIndent)
            return lineError(n, QStringLiteral("'%1' has no value; a role's policy reads 'signers: 2' "
                                               "and 'independent: true'")
                                    .arg(kv.key));
        for (const FrontMatter::PolicyEntry& earlier : std::as_const(policies)) {
            if (earlier.role == kv.key)
                return lineError(n, QStringLiteral("the role '%1' already has a policy, on line %2")
                                        .arg(kv.key)
                                        .arg(earlier.line));
        }
        role = kv.key;
        roleIndent = indent;
        policies.append({role, RolePolicy(), n});
        return {};
    }
    if (role.isEmpty() || indent <= roleIndent) {
        return lineError(n, QStringLiteral("a sign-off policy must stand under its role "
                                           "('\"QA Lead\":', then '  signers: 2')"));
    }
    RolePolicy& policy = policies.last().policy;
    if (kv.key == kSigners) {
        bool isNumber = false;
        const int count = kv.value.toInt(&isNumber);
        if (!isNumber || count < 1)
            return lineError(n, QStringLiteral("the role '%1' needs a whole number of signers, 1 or more, "
                                               "not '%2'")
                                    .arg(role, kv.value));
        policy.signersRequired = count;
        return {};
    }
    if (kv.key == kIndependent) {
        const QString value = kv.value.toLower();
        if (value != u"true" && value != u"false" && value != u"yes" && value != u"no")
            return lineError(
                n,
                QStringLiteral("independent is true or false, not '%1' (the role '%2')").arg(kv.value, role));
        policy.independent = value == u"true" || value == u"yes";
        return {};
    }
    return lineError(n, QStringLiteral("'%1' is not part of a sign-off policy; a role has 'signers' and "
                                       "'independent'")
                            .arg(kv.key));
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

    enum class Block { None, ColumnRoles, SignOff };
    Block block = Block::None;
    QString section; // column-roles: the section; signoff: the role
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
            if ((kv->key != kColumnRoles && kv->key != kSignOff) || !kv->value.isEmpty()) {
                return lineError(n, QStringLiteral("'%1' is not a front-matter key Countersign knows; it "
                                                   "reads 'column-roles:' and 'signoff:'")
                                        .arg(kv->key));
            }
            block = kv->key == kColumnRoles ? Block::ColumnRoles : Block::SignOff;
            section.clear();
            sectionIndent = -1;
            continue;
        }
        if (block == Block::None)
            return lineError(n, QStringLiteral("the front matter line is indented under no key"));
        if (block == Block::SignOff) {
            if (Status read = readPolicyLine(n, indent, *kv, section, sectionIndent, content.policies); !read)
                return read.failure();
            continue;
        }
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

QString FrontMatter::write(const QList<ColumnRoleEntry>& columnRoles, const QList<PolicyEntry>& policies) {
    if (columnRoles.isEmpty() && policies.isEmpty())
        return {};
    QStringList lines{QStringLiteral("---")};
    if (!columnRoles.isEmpty())
        lines.append(kColumnRoles + u':');
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
    if (!policies.isEmpty())
        lines.append(kSignOff + u':');
    for (const PolicyEntry& entry : policies) {
        lines.append(QStringLiteral("  ") + quoted(entry.role) + u':');
        lines.append(QStringLiteral("    ") + kSigners + QStringLiteral(": ") +
                     QString::number(entry.policy.signersRequired));
        lines.append(QStringLiteral("    ") + kIndependent + QStringLiteral(": ") +
                     (entry.policy.independent ? QStringLiteral("true") : QStringLiteral("false")));
    }
    lines.append(QStringLiteral("---"));
    return lines.join(u'\n');
}

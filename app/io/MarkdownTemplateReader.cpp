#include "io/MarkdownTemplateReader.h"

#include "io/FrontMatter.h"
#include "io/MarkdownBlockScanner.h"
#include "io/MarkdownSource.h"
#include "io/MarkdownTableRow.h"
#include "io/TableSectionReader.h"
#include "io/TaskListReader.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

namespace {

using Block = MarkdownBlockScanner::Block;
using BlockType = MarkdownBlockScanner::BlockType;

Error lineError(int line, const QString& message) {
    return Error(QStringLiteral("line %1: %2").arg(line).arg(message));
}

// An ATX heading line ("## Title ##") without its markers; nullopt for other lines.
std::optional<QString> atxHeadingText(const QString& line) {
    qsizetype i = 0;
    while (i < line.size() && i < 3 && line.at(i) == u' ')
        ++i;
    const qsizetype hashes = i;
    while (i < line.size() && line.at(i) == u'#')
        ++i;
    if (i == hashes || i - hashes > 6 || (i < line.size() && line.at(i) != u' ' && line.at(i) != u'\t'))
        return std::nullopt;
    QString text = line.mid(i).trimmed();
    // An optional closing sequence of '#' preceded by a space (or making up the whole text).
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == u'#')
        --end;
    if (end < text.size() && (end == 0 || text.at(end - 1) == u' ' || text.at(end - 1) == u'\t'))
        text = text.left(end).trimmed();
    return text;
}

QString headingText(const MarkdownSource& source, const Block& block) {
    if (std::optional<QString> atx = atxHeadingText(source.line(block.firstLine)))
        return *atx;
    // A setext heading: its text lines, the underline (its last line) not included.
    QStringList lines;
    for (int n = block.firstLine; n <= block.lastLine; ++n) {
        const QString line = source.line(n).trimmed();
        const bool underline = n > block.firstLine && n == block.lastLine &&
                               (line.count(u'=') == line.size() || line.count(u'-') == line.size());
        if (!underline)
            lines.append(line);
    }
    return lines.join(u' ').trimmed();
}

// md4c reads a "table" that follows a paragraph line, or whose separator has
// fewer than three dashes a cell, as plain text: say so instead of keeping it.
std::optional<Error> checkNoHiddenTable(const MarkdownSource& source, int firstLine, int lastLine) {
    for (int n = firstLine; n <= lastLine; ++n) {
        if (MarkdownTableRow::looksLikeSeparator(source.line(n))) {
            return lineError(n, QStringLiteral("this looks like a table separator row, but no table was "
                                               "recognised: leave a blank line before the table and use at "
                                               "least three dashes per cell (|---|---|)"));
        }
    }
    return std::nullopt;
}

// "1. Stop the deployment" -> "Stop the deployment"; other lines come back trimmed.
QString withoutListMarker(const QString& line) {
    const QString text = line.trimmed();
    qsizetype i = 0;
    while (i < text.size() && i < 9 && text.at(i).isDigit())
        ++i;
    if (i == 0 || i >= text.size() || (text.at(i) != u'.' && text.at(i) != u')'))
        return text;
    if (i + 1 < text.size() && !text.at(i + 1).isSpace())
        return text;
    return text.mid(i + 1).trimmed();
}

Status readProcedure(const MarkdownSource& source, const Block& block, ChecklistSection& section) {
    if (block.hasNestedBlock) {
        return lineError(block.nestedBlockLine,
                         QStringLiteral("a numbered step may hold only text; nested lists, "
                                        "tables and code blocks are not supported"));
    }
    section.kind = SectionKind::Procedure;
    for (const MarkdownBlockScanner::ListItem& listItem : block.listItems) {
        if (std::optional<Error> error = checkNoHiddenTable(source, listItem.firstLine, listItem.lastLine))
            return *error;
        QStringList lines;
        for (int n = listItem.firstLine; n <= listItem.lastLine; ++n) {
            const QString line =
                n == listItem.firstLine ? withoutListMarker(source.line(n)) : source.line(n).trimmed();
            if (!line.isEmpty() || (!lines.isEmpty() && !lines.constLast().isEmpty()))
                lines.append(line);
        }
        ChecklistItem item;
        item.text = lines.join(u'\n').trimmed();
        if (item.text.isEmpty())
            return lineError(listItem.firstLine, QStringLiteral("the step is empty"));
        section.items.append(item);
    }
    return {};
}

QString paragraphText(const MarkdownSource& source, const Block& block) {
    QStringList lines;
    for (int n = block.firstLine; n <= block.lastLine; ++n)
        lines.append(source.line(n).trimmed());
    return lines.join(u'\n');
}

Error unsupportedBlock(const Block& block) {
    switch (block.type) {
    case BlockType::Code:
        return lineError(block.firstLine, QStringLiteral("code blocks are not supported here; a fenced code "
                                                         "block may stand under a task (- [ ] …), indented "
                                                         "as its detail"));
    case BlockType::Quote:
        return lineError(block.firstLine, QStringLiteral("block quotes are not supported in a template"));
    default:
        return lineError(block.firstLine, QStringLiteral("this block is not supported in a template"));
    }
}

// The sections as they are read: each "## " opens one, "### " opens a group
// of a task list, and the blocks after them fill the one open.
class TemplateBuilder {
public:
    TemplateBuilder(const MarkdownSource& source, const MarkdownTemplateReader::Options& options,
                    const FrontMatter::Content& frontMatter)
        : m_source(source)
        , m_options(options)
        , m_frontMatter(frontMatter) {}

    Status add(const Block& block);
    Result<ChecklistTemplate> finish();
    ChecklistTemplate& result() { return m_tmpl; }

private:
    enum class Body { None, Table, Procedure, Tasks };

    Status openSection(const Block& block);
    Status openGroup(const Block& block);
    Status addBody(const Block& block, Body body);
    Status addBulletList(const Block& block);
    Status finishSection();
    QStringList& paragraphs() {
        if (m_groupIndex >= 0)
            return m_groupParagraphs;
        return m_section ? m_sectionParagraphs : m_templateParagraphs;
    }
    void closeGroup();
    QHash<QString, ColumnRole> givenRoles(const QString& sectionTitle) const;

    const MarkdownSource& m_source;
    const MarkdownTemplateReader::Options& m_options;
    const FrontMatter::Content& m_frontMatter;
    ChecklistTemplate m_tmpl;
    QStringList m_templateParagraphs;
    std::optional<ChecklistSection> m_section;
    QStringList m_sectionParagraphs;
    Body m_body = Body::None;
    int m_bodyLine = 0; // the line of the section's table, list or first task; 0 when none yet
    int m_groupIndex = -1;
    QStringList m_groupParagraphs;
    QSet<QString> m_usedOptions;
    QSet<int> m_usedFrontMatter; // indexes into m_frontMatter.columnRoles
};

QHash<QString, ColumnRole> TemplateBuilder::givenRoles(const QString& sectionTitle) const {
    QHash<QString, ColumnRole> given;
    for (const FrontMatter::ColumnRoleEntry& entry : m_frontMatter.columnRoles) {
        if (entry.section == sectionTitle)
            given.insert(entry.column, entry.role);
    }
    // --column comes last: it overrides what the document says.
    for (const MarkdownTemplateReader::ColumnOverride& override : m_options.columns)
        given.insert(override.column, override.role);
    return given;
}

void TemplateBuilder::closeGroup() {
    if (m_groupIndex >= 0)
        m_section->items[m_groupIndex].detail = m_groupParagraphs.join(QStringLiteral("\n\n"));
    m_groupIndex = -1;
    m_groupParagraphs.clear();
}

Status TemplateBuilder::openSection(const Block& block) {
    if (Status finished = finishSection(); !finished)
        return finished;
    m_section.emplace();
    m_section->title = headingText(m_source, block);
    if (m_section->title.isEmpty())
        return lineError(block.firstLine, QStringLiteral("the section heading is empty"));
    return {};
}

Status TemplateBuilder::openGroup(const Block& block) {
    if (!m_section) {
        return lineError(block.firstLine,
                         QStringLiteral("a '###' group before the first '## Section' heading"));
    }
    if (m_body == Body::Table || m_body == Body::Procedure) {
        return lineError(block.firstLine,
                         QStringLiteral("'###' headings group the tasks of a task list, but the section "
                                        "'%1' has a table or a numbered list (line %2); in a table, a row "
                                        "whose first cell is bold heads a group")
                             .arg(m_section->title)
                             .arg(m_bodyLine));
    }
    closeGroup();
    ChecklistItem group;
    group.isGroupHeader = true;
    group.text = headingText(m_source, block);
    if (group.text.isEmpty())
        return lineError(block.firstLine, QStringLiteral("the group heading is empty"));
    m_groupIndex = int(m_section->items.size());
    m_section->items.append(group);
    m_section->kind = SectionKind::Checklist;
    m_section->taskList = true;
    if (m_body == Body::None) {
        m_body = Body::Tasks;
        m_bodyLine = block.firstLine;
    }
    return {};
}

Status TemplateBuilder::addBody(const Block& block, Body body) {
    const bool isTable = body == Body::Table;
    if (!m_section) {
        return lineError(block.firstLine,
                         isTable ? QStringLiteral("a table before the first '## Section' heading")
                                 : QStringLiteral("a numbered list before the first '## Section' heading"));
    }
    if (m_body == Body::Tasks) {
        return lineError(
            block.firstLine,
            QStringLiteral("the section '%1' is a task list (line %2); start a new '## ' section "
                           "for this %3")
                .arg(m_section->title)
                .arg(m_bodyLine)
                .arg(isTable ? QStringLiteral("table") : QStringLiteral("numbered list")));
    }
    if (m_body != Body::None) {
        const QString title = m_section->title;
        if (m_body != body) {
            return lineError(block.firstLine, QStringLiteral("the section '%1' already has a table or a "
                                                             "numbered list (line %2); start a new '## ' "
                                                             "section for this one")
                                                  .arg(title)
                                                  .arg(m_bodyLine));
        }
        return lineError(block.firstLine,
                         isTable ? QStringLiteral("a second table in the section '%1' (the first is at line "
                                                  "%2); start a new '## ' section for it")
                                       .arg(title)
                                       .arg(m_bodyLine)
                                 : QStringLiteral("a second numbered list in the section '%1' (the first is "
                                                  "at line %2); keep one list per section, numbered with "
                                                  "the same marker ('1.' or '1)') throughout")
                                       .arg(title)
                                       .arg(m_bodyLine));
    }
    m_body = body;
    m_bodyLine = block.firstLine;
    if (isTable)
        return TableSectionReader::read(m_source, block, givenRoles(m_section->title), m_usedOptions,
                                        *m_section);
    return readProcedure(m_source, block, *m_section);
}

Status TemplateBuilder::addBulletList(const Block& block) {
    const Result<TaskListReader::Tasks> tasks = TaskListReader::read(m_source, block);
    if (!tasks)
        return tasks.failure();
    if (!tasks->isTaskList) {
        // A plain list is text: kept as written, as part of the description.
        QStringList lines =
            TaskListReader::outdented(m_source, block.firstLine, block.lastLine, 0).split(u'\n');
        for (QString& line : lines) {
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
        }
        paragraphs().append(lines.join(u'\n'));
        return {};
    }
    if (!m_section)
        return lineError(block.firstLine,
                         QStringLiteral("a task list before the first '## Section' heading"));
    if (m_body == Body::Table || m_body == Body::Procedure) {
        return lineError(block.firstLine, QStringLiteral("the section '%1' already has a table or a numbered "
                                                         "list (line %2); start a new '## ' section for "
                                                         "this task list")
                                              .arg(m_section->title)
                                              .arg(m_bodyLine));
    }
    if (m_body == Body::None) {
        m_body = Body::Tasks;
        m_bodyLine = block.firstLine;
    }
    m_section->kind = SectionKind::Checklist;
    m_section->taskList = true;
    m_section->items.append(tasks->items);
    return {};
}

Status TemplateBuilder::finishSection() {
    if (!m_section)
        return {};
    closeGroup();
    if (m_body == Body::Tasks && m_section->countableItems() == 0) {
        return lineError(m_bodyLine, QStringLiteral("the section '%1' has '###' groups but no tasks "
                                                    "(- [ ] …) under them")
                                         .arg(m_section->title));
    }
    m_section->description = m_sectionParagraphs.join(QStringLiteral("\n\n"));
    m_tmpl.sections.append(*m_section);
    m_section.reset();
    m_sectionParagraphs.clear();
    m_body = Body::None;
    m_bodyLine = 0;
    return {};
}

Status TemplateBuilder::add(const Block& block) {
    switch (block.type) {
    case BlockType::Heading:
        if (block.headingLevel == 1) {
            return lineError(block.firstLine, QStringLiteral("a second '# Title' heading; start sections "
                                                             "with '## '"));
        }
        if (block.headingLevel == 2)
            return openSection(block);
        if (block.headingLevel == 3)
            return openGroup(block);
        return lineError(block.firstLine, QStringLiteral("'%1' headings are not supported; start sections "
                                                         "with '## ' and groups of tasks with '### '")
                                              .arg(QString(block.headingLevel, u'#')));
    case BlockType::Paragraph:
    case BlockType::Html:
        if (std::optional<Error> error = checkNoHiddenTable(m_source, block.firstLine, block.lastLine))
            return *error;
        paragraphs().append(paragraphText(m_source, block));
        return {};
    case BlockType::Table:
        return addBody(block, Body::Table);
    case BlockType::OrderedList:
        return addBody(block, Body::Procedure);
    case BlockType::BulletList:
        return addBulletList(block);
    case BlockType::Rule:
        return {}; // a thematic break carries nothing to keep
    case BlockType::Code:
    case BlockType::Quote:
        return unsupportedBlock(block);
    }
    return {};
}

Result<ChecklistTemplate> TemplateBuilder::finish() {
    if (Status finished = finishSection(); !finished)
        return finished.failure();
    m_tmpl.description = m_templateParagraphs.join(QStringLiteral("\n\n"));
    // A role given for a column no table has would be lost without a word.
    for (const FrontMatter::ColumnRoleEntry& entry : m_frontMatter.columnRoles) {
        bool found = false;
        for (const ChecklistSection& section : std::as_const(m_tmpl.sections)) {
            found = found || (section.title == entry.section && section.kind == SectionKind::Checklist &&
                              !section.taskList && section.columns.contains(entry.column));
        }
        if (!found) {
            return lineError(entry.line, QStringLiteral("the front matter gives a role to the column '%1' "
                                                        "of the section '%2', but that section has no "
                                                        "checklist table with such a column")
                                             .arg(entry.column, entry.section));
        }
    }
    // A policy for a role the sign-off table does not have would be lost, or
    // (a misspelt role) leave the real one at the default.
    QStringList roles;
    for (const ChecklistSection& section : std::as_const(m_tmpl.sections)) {
        for (const ChecklistItem& row : section.items) {
            if (section.kind == SectionKind::SignOff && !row.isGroupHeader)
                roles << row.text;
        }
    }
    for (const FrontMatter::PolicyEntry& entry : m_frontMatter.policies) {
        if (!roles.contains(entry.role)) {
            return lineError(
                entry.line, roles.isEmpty()
                                ? QStringLiteral("the front matter gives a sign-off policy to the role '%1', "
                                                 "but the document has no sign-off table")
                                      .arg(entry.role)
                                : QStringLiteral("the front matter gives a sign-off policy to the role '%1', "
                                                 "but the sign-off table has no such role; its roles: %2")
                                      .arg(entry.role, roles.join(QStringLiteral(", "))));
        }
        if (entry.policy != RolePolicy())
            m_tmpl.rolePolicies.insert(entry.role, entry.policy);
    }
    for (const MarkdownTemplateReader::ColumnOverride& override : m_options.columns) {
        if (!m_usedOptions.contains(override.column)) {
            return Error(QStringLiteral("no checklist table has a column headed '%1'").arg(override.column));
        }
    }
    return m_tmpl;
}

} // namespace

Result<ChecklistTemplate> MarkdownTemplateReader::read(const QByteArray& utf8Markdown,
                                                       const Options& options) {
    Result<MarkdownSource> read = MarkdownSource::fromUtf8(utf8Markdown);
    if (!read)
        return Error(read.error());
    const Result<FrontMatter::Content> frontMatter = FrontMatter::read(*read);
    if (!frontMatter)
        return frontMatter.failure();
    const MarkdownSource source = read->withFirstLinesBlank(frontMatter->lastLine);
    Result<QList<Block>> scanned = MarkdownBlockScanner::scan(source);
    if (!scanned)
        return Error(scanned.error());
    const QList<Block>& blocks = *scanned;

    const auto isTitle = [](const Block& b) {
        return b.type == BlockType::Heading && b.headingLevel == 1;
    };
    if (std::none_of(blocks.cbegin(), blocks.cend(), isTitle)) {
        // Name the first line after the front matter; a document that is
        // front matter alone has no such line, so the error names none.
        const int firstBodyLine = std::max(1, frontMatter->lastLine + 1);
        if (frontMatter->lastLine > 0 && firstBodyLine > source.lineCount())
            return Error(QStringLiteral("the document has no '# Title' heading after its front matter"));
        return lineError(firstBodyLine, QStringLiteral("the document has no '# Title' heading"));
    }
    qsizetype index = 0;
    while (index < blocks.size() && blocks.at(index).type == BlockType::Rule)
        ++index;
    if (!isTitle(blocks.at(index))) {
        return lineError(blocks.at(index).firstLine,
                         QStringLiteral("the document must start with its '# Title' heading"));
    }

    TemplateBuilder builder(source, options, *frontMatter);
    ChecklistTemplate& tmpl = builder.result();
    tmpl.title = headingText(source, blocks.at(index));
    if (tmpl.title.isEmpty())
        return lineError(blocks.at(index).firstLine, QStringLiteral("the '# Title' heading is empty"));
    for (++index; index < blocks.size(); ++index) {
        if (Status added = builder.add(blocks.at(index)); !added)
            return added.failure();
    }
    return builder.finish();
}

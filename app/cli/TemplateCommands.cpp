#include "cli/TemplateCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/TablePrinter.h"
#include "cli/TemplatePreview.h"
#include "core/ChecklistStore.h"
#include "io/CsvTemplateReader.h"
#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString dryRun = QStringLiteral("dry-run");
const QString column = QStringLiteral("column");
const QString title = QStringLiteral("title");
const QString roles = QStringLiteral("roles");

bool isCsv(const QString& path) {
    const QString suffix = QFileInfo(path).suffix();
    return suffix.compare(u"csv", Qt::CaseInsensitive) == 0 ||
           suffix.compare(u"tsv", Qt::CaseInsensitive) == 0;
}
const QString json = CommonOptions::json;
} // namespace

QList<Command> TemplateCommands::commands() {
    Command templates;
    templates.name = QStringLiteral("templates");
    templates.synopsis = QStringLiteral("templates [--json]");
    templates.summary = tr("List the checklist templates: id, title, version, item count");
    templates.description = tr("Every stored version of every template. A title names its newest version.");
    templates.options = {CommonOptions::jsonFlag()};
    templates.database = Command::Database::Read;
    templates.run = &TemplateCommands::listTemplates;

    Command import;
    import.name = QStringLiteral("import-template");
    import.synopsis =
        QStringLiteral("import-template FILE.md|FILE.csv [--dry-run [--json]] [--column \"HEADER=ROLE\"]... "
                       "[--title TITLE] [--roles \"ROLE,ROLE\"]");
    import.summary = tr("Store a Markdown checklist or a spreadsheet's CSV as a template; prints its id");
    import.description =
        tr("Reads a Markdown checklist: tables shaped like the built-in \"Production Deployment Checklist\", "
           "or GFM task lists (- [ ] item) under '## ' sections and '### ' groups (\"-\" reads standard "
           "input). A title that already exists gets the next version. The new template's id is the last "
           "line of the output. --dry-run prints what was understood (sections, columns and their roles, "
           "groups, steps, roles, default marks, notes and details) and stores nothing, without a database. "
           "--column gives every checklist table's column with that header a role (item, status, notes or "
           "extra); the template remembers it, and export-template writes it back. "
           "A FILE.csv (or .tsv) is a spreadsheet's export: a header row, one row per item; columns headed "
           "Section and Group place the rows, the status column holds marks or words (Done, Yes, X, ✓, "
           "N/A, Failed, empty for pending), rows of a 'Sign-off' section or a Role column name the roles "
           "that sign (or --roles). Comma, semicolon or tab, UTF-8 or Windows-1252 are detected. The title "
           "is --title or the file's name.");
    import.options = {
        QCommandLineOption(dryRun, tr("Print what the file holds; store nothing.")),
        QCommandLineOption(json, tr("With --dry-run: print JSON for programs instead of text for people.")),
        QCommandLineOption(column,
                           tr("The role of the columns headed HEADER: item, status, notes or extra "
                              "(repeatable)."),
                           tr("HEADER=ROLE")),
        QCommandLineOption(title, tr("A CSV file's template title (default: the file's name)."), tr("TITLE")),
        QCommandLineOption(roles, tr("A CSV file's sign-off roles, separated by commas."), tr("ROLES")),
    };
    import.neverDatabaseWith = dryRun;
    import.minArguments = 1;
    import.maxArguments = 1;
    import.database = Command::Database::Write;
    import.run = &TemplateCommands::importTemplate;

    Command exportTemplate;
    exportTemplate.name = QStringLiteral("export-template");
    exportTemplate.synopsis = QStringLiteral("export-template TEMPLATE --markdown FILE|-");
    exportTemplate.summary = tr("Write a template back as Markdown");
    exportTemplate.description = tr("TEMPLATE is an id (one exact version) or a title (its newest version). "
                                    "\"-\" writes to standard output.");
    exportTemplate.options = {CommonOptions::markdownFile()};
    exportTemplate.requiredOptions = {CommonOptions::markdown};
    exportTemplate.minArguments = 1;
    exportTemplate.maxArguments = 1;
    exportTemplate.database = Command::Database::Read;
    exportTemplate.run = &TemplateCommands::exportTemplate;

    return {templates, import, exportTemplate};
}

int TemplateCommands::listTemplates(CommandContext& context) {
    const Result<QList<TemplateSummary>> read = context.store().templates();
    if (!read)
        return context.fail(read.error());
    const QList<TemplateSummary>& templates = read.value();
    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const TemplateSummary& t : templates) {
            array.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("title"), t.title},
                {QStringLiteral("version"), t.version},
                {QStringLiteral("items"), t.itemCount},
                {QStringLiteral("newest"), t.isNewest},
            });
        }
        context.console().outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                        {tr("Title")},
                        {tr("Version"), TablePrinter::Align::Right},
                        {tr("Items"), TablePrinter::Align::Right},
                        {tr("Newest")}});
    for (const TemplateSummary& t : templates) {
        table.addRow({QString::number(t.id), t.title, QString::number(t.version),
                      QString::number(t.itemCount), t.isNewest ? tr("yes") : QString()});
    }
    if (table.isEmpty()) {
        context.console().outLine(tr("No templates. `countersign-cli import-template FILE.md` adds one."));
        return ExitSuccess;
    }
    context.console().out(table.toString());
    return ExitSuccess;
}

int TemplateCommands::importTemplate(CommandContext& context) {
    const QString path = context.argument(0);
    const bool fromStdin = path == u"-";
    QFile file(fromStdin ? QString() : path);
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly)))
        return context.fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return context.fail(tr("cannot read %1: %2").arg(path, file.errorString()));

    MarkdownTemplateReader::Options options;
    for (const QString& given : context.parser().values(column)) {
        const qsizetype equals = given.lastIndexOf(u'=');
        const std::optional<ColumnRole> role =
            equals > 0 ? ColumnRoleText::fromKey(QStringView(given).mid(equals + 1)) : std::nullopt;
        if (!role) {
            context.fail(tr("--column \"%1\": write HEADER=ROLE, where ROLE is item, status, notes or extra")
                             .arg(given));
            return ExitUsage;
        }
        options.columns.append({given.left(equals).trimmed(), *role});
    }
    if (context.isSet(json) && !context.isSet(dryRun)) {
        context.fail(tr("--json goes with --dry-run: an import prints the new template's id"));
        return ExitUsage;
    }

    const bool csv = !fromStdin && isCsv(path);
    if (!csv && (context.isSet(title) || context.isSet(roles))) {
        context.fail(tr("--title and --roles go with a CSV file; a Markdown file names its title and roles "
                        "itself"));
        return ExitUsage;
    }
    Result<ChecklistTemplate> tmpl = Error(QString());
    if (csv) {
        CsvTemplateReader::Options csvOptions;
        csvOptions.columns = options.columns;
        csvOptions.title = context.isSet(title) ? context.value(title) : QFileInfo(path).completeBaseName();
        for (const QString& role : context.value(roles).split(u',', Qt::SkipEmptyParts)) {
            if (!role.trimmed().isEmpty())
                csvOptions.roles.append(role.trimmed());
        }
        tmpl = CsvTemplateReader::read(bytes, csvOptions);
    } else {
        tmpl = MarkdownTemplateReader::read(bytes, options);
    }
    if (!tmpl)
        return context.fail(tr("%1: %2").arg(fromStdin ? tr("standard input") : path, tmpl.error()));
    if (context.isSet(dryRun)) {
        if (context.isSet(json))
            context.console().outBytes(
                QJsonDocument(TemplatePreview::json(*tmpl)).toJson(QJsonDocument::Indented));
        else
            context.console().out(TemplatePreview::text(*tmpl));
        return ExitSuccess;
    }
    Result<qint64> id = context.store().addTemplate(tmpl.value());
    if (!id)
        return context.fail(tr("cannot import %1: %2").arg(path, id.error()));

    Result<ChecklistTemplate> stored = context.store().loadTemplate(id.value());
    const int version = stored ? stored->version : 0;
    context.console().outLine(tr("Imported \"%1\" version %2 as template %3 (items: %4)")
                                  .arg(tmpl->title, QString::number(version), QString::number(id.value()),
                                       QString::number(tmpl->itemCount())));
    context.console().outLine(QString::number(id.value()));
    return ExitSuccess;
}

int TemplateCommands::exportTemplate(CommandContext& context) {
    Result<qint64> id = context.store().resolveTemplate(context.argument(0));
    if (!id)
        return context.fail(id.error());
    Result<ChecklistTemplate> tmpl = context.store().loadTemplate(id.value());
    if (!tmpl)
        return context.fail(tmpl.error());
    Status written = context.writeOutput(context.value(CommonOptions::markdown),
                                         MarkdownWriter::writeTemplate(*tmpl).toUtf8());
    if (!written)
        return context.fail(written.error());
    return ExitSuccess;
}

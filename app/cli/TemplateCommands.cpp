#include "cli/TemplateCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    import.synopsis = QStringLiteral("import-template FILE.md");
    import.summary = tr("Store a Markdown checklist as a template; prints its id");
    import.description = tr("Reads a Markdown checklist shaped like the built-in \"Production Deployment "
                            "Checklist\" (\"-\" reads standard input). A title that already exists gets the "
                            "next version. The new template's id is the last line of the output.");
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
    const QByteArray markdown = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return context.fail(tr("cannot read %1: %2").arg(path, file.errorString()));

    Result<ChecklistTemplate> tmpl = MarkdownTemplateReader::read(markdown);
    if (!tmpl)
        return context.fail(tr("%1: %2").arg(fromStdin ? tr("standard input") : path, tmpl.error()));
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

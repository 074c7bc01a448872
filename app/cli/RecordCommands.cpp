#include "cli/RecordCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/RecordBundle.h"
#include "cli/RecordPrinter.h"
#include "cli/SealCommands.h"
#include "cli/SignOffJson.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "core/PdfEvidence.h"
#include "core/RecordFilter.h"
#include "core/Registry.h"
#include "io/MarkdownWriter.h"
#include "io/RecordExporter.h"
#include "report/PdfReport.h"
#include "report/PdfSealer.h"
#include "report/ReportThumbnail.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QString kTemplate = QStringLiteral("template");
const QString kTitle = QStringLiteral("title");
const QString kVersion = QStringLiteral("version");
const QString kEnvironment = QStringLiteral("environment");
const QString kState = QStringLiteral("state");
const QString kSince = QStringLiteral("since");
const QString kMatch = QStringLiteral("match");
const QString kBundle = QStringLiteral("bundle");
} // namespace

QList<Command> RecordCommands::commands() {
    Command create;
    create.name = QStringLiteral("new");
    create.synopsis =
        QStringLiteral("new --template ID|TITLE --title TEXT [--version V] [--environment E] [--by NAME]");
    create.summary = tr("Start a sign-off record from a template; prints its id");
    create.description =
        tr("A template title names its newest version; an id names one exact version. The new "
           "record's id is the last line of the output.");
    create.options = {
        QCommandLineOption(kTemplate, tr("The template: an id or a title."), tr("ID|TITLE")),
        QCommandLineOption(kTitle, tr("The record's title, e.g. \"Release 2.4.0\"."), tr("TEXT")),
        QCommandLineOption(kVersion, tr("The release version being signed off."), tr("V")),
        QCommandLineOption(kEnvironment, tr("The environment, e.g. production."), tr("E")),
        CommonOptions::actor(),
    };
    create.requiredOptions = {kTemplate, kTitle};
    create.database = Command::Database::Write;
    create.run = &RecordCommands::newRecord;

    Command records;
    records.name = QStringLiteral("records");
    records.synopsis = QStringLiteral("records [--state STATE] [--since DATE] [--match TEXT] [--json]");
    records.summary = tr("List the records with their state and progress");
    records.description = tr("Progress counts resolved items (Done and N/A) out of all checklist items. "
                             "The options narrow the list; given together, a record must meet them all.");
    records.options = {
        QCommandLineOption(kState, tr("Only records in this state: in_progress, signed or sealed."),
                           tr("STATE")),
        QCommandLineOption(kSince,
                           tr("Only records created on or after DATE: a day (2026-03-14, from its start "
                              "in UTC) or a moment with its offset (2026-03-14T09:30:00Z)."),
                           tr("DATE")),
        QCommandLineOption(kMatch,
                           tr("Only records whose title, version, environment, template or state "
                              "contains TEXT, in any case."),
                           tr("TEXT")),
        CommonOptions::jsonFlag(),
    };
    records.database = Command::Database::Read;
    records.run = &RecordCommands::listRecords;

    Command show;
    show.name = QStringLiteral("show");
    show.synopsis = QStringLiteral("show RECORD [--json]");
    show.summary = tr("Show a record: every section, item, status and note, and its signatures");
    show.description = tr("The JSON holds the record's state; a status for each checklist item (procedure "
                          "steps and sign-off roles have none); \"signoffs\", every role of the record with "
                          "signed (true or false) and, once signed, name, login, meaning, signed_at (UTC), "
                          "digest and state (valid or invalidated); and \"signatures\", every signature ever "
                          "made, revoked ones included.");
    show.options = {CommonOptions::jsonFlag()};
    show.minArguments = 1;
    show.maxArguments = 1;
    show.database = Command::Database::Read;
    show.run = &RecordCommands::showRecord;

    Command exportRecord;
    exportRecord.name = QStringLiteral("export");
    exportRecord.synopsis = QStringLiteral("export RECORD --markdown FILE|- | --json FILE|- | --csv FILE|- | "
                                           "--pdf FILE|- | --bundle DIR [--by NAME] "
                                           "[--seal NICKNAME [--nss-dir DIR] [--password-stdin]]");
    exportRecord.summary = tr("Write a record as Markdown, JSON, CSV or a PDF/A report");
    exportRecord.description =
        tr("Give exactly one format. \"-\" writes to standard output; a file is "
           "replaced only once it is written completely. The PDF/A report holds every "
           "item, the signatures with printed name, meaning and time, and the audit "
           "trail; --by names who made it on its first page. --seal verifies the record, "
           "then seals the PDF with a certificate from the NSS database (a PDF "
           "signature any PDF reader checks); --password-stdin reads the database's "
           "password when it has one. --bundle writes a new folder with the PDF report, the record's JSON, "
           "every attached file (removed ones under evidence/removed) and manifest.json with each file's "
           "SHA-256 and size; `zip -r` or `tar` makes one file of it.");
    exportRecord.options = {CommonOptions::markdownFile(),
                            CommonOptions::jsonFile(),
                            CommonOptions::csvFile(),
                            CommonOptions::pdfFile(),
                            CommonOptions::actor(),
                            SealCommands::sealOption(),
                            SealCommands::nssDirOption(),
                            CommonOptions::passwordStdin(),
                            QCommandLineOption(kBundle,
                                               tr("Write a folder DIR (new or empty) with the PDF, the "
                                                  "JSON, the evidence files and a manifest."),
                                               tr("DIR"))};
    exportRecord.exactlyOneOf = {CommonOptions::markdown, CommonOptions::json, CommonOptions::csv,
                                 CommonOptions::pdf, kBundle};
    exportRecord.minArguments = 1;
    exportRecord.maxArguments = 1;
    exportRecord.database = Command::Database::Read;
    exportRecord.run = &RecordCommands::exportRecord;

    return {create, records, show, exportRecord};
}

int RecordCommands::newRecord(CommandContext& context) {
    Result<qint64> templateId = context.store().resolveTemplate(context.value(kTemplate));
    if (!templateId)
        return context.fail(templateId.error());
    const RecordInfo info{context.value(kTitle), context.value(kVersion), context.value(kEnvironment)};
    Result<qint64> id = context.store().createRecord(templateId.value(), info, context.actor());
    if (!id)
        return context.failChange(id.error(), id.failure(), QStringLiteral("records"));
    Result<RecordSummary> created = context.store().recordSummary(id.value());
    if (created) {
        context.console().outLine(tr("Created record %1 \"%2\" from %3 v%4")
                                      .arg(QString::number(id.value()), created->title,
                                           created->templateTitle,
                                           QString::number(created->templateVersion)));
    }
    context.console().outLine(QString::number(id.value()));
    return ExitSuccess;
}

int RecordCommands::listRecords(CommandContext& context) {
    RecordFilter filter;
    if (context.isSet(kState)) {
        filter.state = RecordFilter::stateFromKey(context.value(kState));
        if (!filter.state)
            return context.fail(tr("\"%1\" is not a record state. Use in_progress, signed or sealed.")
                                    .arg(context.value(kState)));
    }
    if (context.isSet(kSince)) {
        filter.since = RecordFilter::momentFromText(context.value(kSince));
        if (!filter.since)
            return context.fail(tr("\"%1\" is not a date for --since. Give a day (2026-03-14) or a moment "
                                   "with its offset (2026-03-14T09:30:00Z).")
                                    .arg(context.value(kSince)));
    }
    filter.text = context.value(kMatch);

    const Result<QList<RecordSummary>> read = context.store().records();
    if (!read)
        return context.fail(read.error());
    QList<RecordSummary> records;
    for (const RecordSummary& r : read.value()) {
        if (filter.accepts(r))
            records.append(r);
    }
    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const RecordSummary& r : records) {
            array.append(QJsonObject{
                {QStringLiteral("id"), r.id},
                {kTitle, r.title},
                {kVersion, r.releaseVersion},
                {kEnvironment, r.environment},
                {QStringLiteral("state"), RecordStateText::key(r.state)},
                {kTemplate, r.templateTitle},
                {QStringLiteral("template_id"), r.templateId},
                {QStringLiteral("template_version"), r.templateVersion},
                {QStringLiteral("done"), r.progress.done},
                {QStringLiteral("total"), r.progress.total},
                {QStringLiteral("failed"), r.progress.failed},
                {QStringLiteral("na"), r.progress.notApplicable},
            });
        }
        context.console().outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }

    if (records.isEmpty()) {
        context.console().outLine(
            filter.narrows()
                ? tr("No records match.")
                : tr("No records. `countersign-cli new --template TITLE --title TEXT` starts one."));
        return ExitSuccess;
    }
    TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                        {tr("Title")},
                        {tr("Version")},
                        {tr("Environment")},
                        {tr("State")},
                        {tr("Progress")}});
    for (const RecordSummary& r : records) {
        QString progress = QStringLiteral("%1/%2").arg(r.progress.resolved()).arg(r.progress.total);
        if (r.progress.failed > 0)
            progress += QStringLiteral(" · ") + tr("%n failed", nullptr, r.progress.failed);
        table.addRow({QString::number(r.id), r.title, r.releaseVersion, r.environment,
                      RecordStateText::label(r.state), progress});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}

int RecordCommands::showRecord(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    if (context.isSet(CommonOptions::json)) {
        context.console().outBytes(
            QJsonDocument(SignOffJson::record(*record)).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    context.console().out(RecordPrinter::toText(*record));
    return ExitSuccess;
}

Result<QByteArray> RecordCommands::pdfReport(CommandContext& context, const Record& record,
                                             const SealCertificate* sealer) {
    // Fonts come from the platform's font database: main() makes a
    // QGuiApplication (offscreen) for this command only, see ApplicationKind.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error(tr("the PDF report needs the graphics libraries, which were not started"));
    ReportOptions options;
    options.generatedBy = context.actor();
    if (sealer) {
        options.sealable = true;
        options.sealSubject = sealer->subject;
        options.sealIssuer = sealer->issuer;
    }
    options.clock = [&context] {
        return context.store().now();
    };
    // A report without the trail it claims to show is no report.
    const Result<QList<AuditEntry>> trail = context.store().auditTrail(record.id);
    if (!trail)
        return trail.failure();
    // The evidence block prints each signer's key: a report that cannot read them is no witness.
    const Result<QList<Signer>> signers = context.store().signers();
    if (!signers)
        return signers.failure();
    options.evidence = PdfEvidence::collect(record, trail.value(), signers.value());
    // The registry's root, printed for an auditor to compare; a report that cannot read it says nothing
    // false.
    const Result<QString> root = Registry(context.store()).rootFingerprint();
    if (!root)
        return root.failure();
    options.registryRoot = root.value();
    // Thumbnails of the record's PNG and JPEG evidence, for the appendix "Evidence".
    options.thumbnails = ReportThumbnail::forRecord(record, context.store());
    return PdfReport::bytes(record, trail.value(), options);
}

int RecordCommands::exportRecord(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    if (!context.isSet(CommonOptions::pdf) &&
        (context.isSet(SealCommands::seal) || context.isSet(SealCommands::nssDir) ||
         context.isSet(CommonOptions::passwordStdinName)))
        return context.fail(tr("--seal, --nss-dir and --password-stdin go with --pdf only"));
    if (context.isSet(CommonOptions::pdf) && !context.isSet(SealCommands::seal) &&
        (context.isSet(SealCommands::nssDir) || context.isSet(CommonOptions::passwordStdinName)))
        return context.fail(tr("--nss-dir and --password-stdin go with --seal only"));
    QString target;
    QByteArray bytes;
    if (context.isSet(CommonOptions::markdown)) {
        target = context.value(CommonOptions::markdown);
        bytes = MarkdownWriter::writeRecord(*record).toUtf8();
    } else if (context.isSet(CommonOptions::json)) {
        target = context.value(CommonOptions::json);
        bytes = QJsonDocument(SignOffJson::record(*record)).toJson(QJsonDocument::Indented);
    } else if (context.isSet(kBundle)) {
        Result<QByteArray> pdf = pdfReport(context, *record);
        if (!pdf)
            return context.fail(tr("cannot write %1: %2").arg(context.value(kBundle), pdf.error()));
        const Status written =
            RecordBundle::write(context.store(), *record, context.value(kBundle), pdf.value(),
                                QJsonDocument(SignOffJson::record(*record)).toJson(QJsonDocument::Indented));
        if (!written)
            return context.fail(written.error());
        context.console().outLine(
            tr("Record %1: wrote the bundle %2").arg(record->id).arg(context.value(kBundle)));
        return ExitSuccess;
    } else if (context.isSet(CommonOptions::pdf)) {
        target = context.value(CommonOptions::pdf);
        if (context.isSet(SealCommands::seal)) {
            return SealCommands::exportSealed(context, *record, target, [&](const SealCertificate& sealer) {
                return pdfReport(context, *record, &sealer);
            });
        }
        Result<QByteArray> pdf = pdfReport(context, *record);
        if (!pdf)
            return context.fail(tr("cannot write %1: %2").arg(target, pdf.error()));
        bytes = pdf.value();
    } else {
        target = context.value(CommonOptions::csv);
        bytes = RecordExporter::toCsv(*record);
    }
    Status written = context.writeOutput(target, bytes);
    if (!written)
        return context.fail(written.error());
    return ExitSuccess;
}

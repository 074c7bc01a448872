#include "cli/AttachmentCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/ItemFinder.h"
#include "cli/TablePrinter.h"
#include "core/ChecklistStore.h"
#include "core/UtcTime.h"
#include "io/RecordExporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

namespace {
const QString kName = QStringLiteral("name");
const QString kReason = QStringLiteral("reason");

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes);
}
} // namespace

QList<Command> AttachmentCommands::commands() {
    Command attach;
    attach.name = QStringLiteral("attach");
    attach.synopsis = QStringLiteral("attach RECORD ITEM FILE|- [--name NAME] [--by NAME]");
    attach.summary = tr("Attach a file to an item of a record as evidence");
    attach.description =
        tr("ITEM is an item id or the item's exact text in any case. The file's bytes are kept in the "
           "database, with their SHA-256; the same bytes attached twice are stored once. \"-\" reads "
           "standard input and needs --name. A file larger than the database's limit (attachment-limit) "
           "is refused and nothing is written. A signed or sealed record takes no attachment.");
    attach.options = {
        QCommandLineOption(kName, tr("The name the file is kept under (default: its own)."), tr("NAME")),
        CommonOptions::actor(),
    };
    attach.minArguments = 3;
    attach.maxArguments = 3;
    attach.database = Command::Database::Write;
    attach.run = &AttachmentCommands::attach;

    Command list;
    list.name = QStringLiteral("attachments");
    list.synopsis = QStringLiteral("attachments RECORD [--json]");
    list.summary = tr("List a record's attachments, removed ones too");
    list.description =
        tr("The JSON is an array of {record_id, item_id, item, id, name, size, media_type, sha256, added_by, "
           "added_at, removed} with removed_by, removed_at and removed_reason for a removed attachment.");
    list.options = {CommonOptions::jsonFlag()};
    list.minArguments = 1;
    list.maxArguments = 1;
    list.run = &AttachmentCommands::list;

    Command detach;
    detach.name = QStringLiteral("detach");
    detach.synopsis = QStringLiteral("detach RECORD ATTACHMENT --reason TEXT [--by NAME]");
    detach.summary = tr("Remove an attachment from its item, with a reason");
    detach.description = tr("The attachment is marked removed, with who, when and why, in the audit trail "
                            "too; its bytes stay in the database and `extract` still writes them.");
    detach.options = {
        QCommandLineOption(kReason, tr("Why the attachment is removed."), tr("TEXT")),
        CommonOptions::actor(),
    };
    detach.requiredOptions = {kReason};
    detach.minArguments = 2;
    detach.maxArguments = 2;
    detach.database = Command::Database::Write;
    detach.run = &AttachmentCommands::detach;

    Command extract;
    extract.name = QStringLiteral("extract");
    extract.synopsis = QStringLiteral("extract RECORD ATTACHMENT FILE|-");
    extract.summary = tr("Write an attachment's bytes to a file");
    extract.description =
        tr("The bytes are checked against the SHA-256 recorded when they were attached as they are "
           "written; a file is kept only when they match. \"-\" writes standard output.");
    extract.minArguments = 3;
    extract.maxArguments = 3;
    extract.run = &AttachmentCommands::extract;

    Command limit;
    limit.name = QStringLiteral("attachment-limit");
    limit.synopsis = QStringLiteral("attachment-limit [SIZE] [--by NAME]");
    limit.summary = tr("Show or set the largest file this database takes as an attachment");
    limit.description = tr("The limit is kept in the database itself, for every user (default 50M). SIZE is "
                           "bytes, or a number with K, M or G (1024-based). A change is audited.");
    limit.options = {CommonOptions::actor()};
    limit.maxArguments = 1;
    limit.database = Command::Database::Write;
    limit.run = &AttachmentCommands::limit;

    return {attach, list, detach, extract, limit};
}

std::optional<qint64> AttachmentCommands::parseSize(const QString& text) {
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?\\s*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    const double scale = unit == u"k"   ? 1024.0
                         : unit == u"m" ? 1024.0 * 1024
                         : unit == u"g" ? 1024.0 * 1024 * 1024
                                        : 1;
    const double bytes = number * scale;
    if (bytes < 1 || bytes > 1e15)
        return std::nullopt;
    return qint64(bytes);
}

int AttachmentCommands::attach(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    const ItemFinder finder(*record);
    Result<ItemFinder::Match> match = finder.find(context.argument(1));
    if (!match)
        return context.fail(match.error());
    const ChecklistItem& item = *match->item;
    const QString path = context.argument(2);
    Result<AttachmentEntry> entry = Error(QString());
    if (path == u"-") {
        if (!context.isSet(kName))
            return context.fail(tr("attaching standard input needs --name NAME, the name to keep it under"));
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return context.fail(tr("cannot read standard input: %1").arg(input.errorString()));
        entry = context.store().attach(record->id, item.id, input, context.value(kName), context.actor());
    } else {
        entry = context.store().attach(record->id, item.id, path, context.value(kName), context.actor());
    }
    if (!entry)
        return context.failChange(
            tr("cannot attach %1 to \"%2\": %3")
                .arg(path == u"-" ? context.value(kName) : QDir::toNativeSeparators(path), item.text,
                     entry.error()),
            entry.failure(), QStringLiteral("attachments %1").arg(record->id));
    context.console().outLine(tr("Record %1: attached %2 (%3, %4) to \"%5\" as attachment %6; SHA-256 %7")
                                  .arg(record->id)
                                  .arg(entry->name, sizeText(entry->size), entry->mediaType, item.text)
                                  .arg(entry->id)
                                  .arg(entry->sha256));
    return ExitSuccess;
}

int AttachmentCommands::list(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    const Result<QList<ChecklistStore::ItemAttachment>> attached = context.store().attachments(record->id);
    if (!attached)
        return context.fail(attached.error());
    if (context.isSet(CommonOptions::json)) {
        QJsonArray array;
        for (const ChecklistStore::ItemAttachment& a : attached.value()) {
            QJsonObject json = RecordExporter::attachmentJson(a.entry);
            json.insert(QStringLiteral("record_id"), a.recordId);
            json.insert(QStringLiteral("item_id"), a.itemId);
            const ChecklistItem* item = record->findItem(a.itemId);
            json.insert(QStringLiteral("item"), item ? item->text : QString());
            array.append(json);
        }
        context.console().outBytes(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (attached->isEmpty()) {
        context.console().outLine(tr("Record %1 has no attachments.").arg(record->id));
        return ExitSuccess;
    }
    TablePrinter table({{tr("ID"), TablePrinter::Align::Right},
                        {tr("Item")},
                        {tr("Name")},
                        {tr("Size"), TablePrinter::Align::Right},
                        {tr("Type")},
                        {tr("Added")},
                        {tr("Removed")}});
    for (const ChecklistStore::ItemAttachment& a : attached.value()) {
        const ChecklistItem* item = record->findItem(a.itemId);
        const AttachmentEntry& e = a.entry;
        table.addRow(
            {QString::number(e.id), QStringLiteral("%1 %2").arg(a.itemId).arg(item ? item->text : QString()),
             e.name, sizeText(e.size), e.mediaType, tr("%1, %2").arg(e.addedBy, UtcTime::local(e.addedAt)),
             e.isRemoved() ? tr("%1, %2: %3").arg(e.removedBy, UtcTime::local(e.removedAt), e.removedReason)
                           : QString()});
    }
    context.console().out(table.toString());
    return ExitSuccess;
}

namespace {
// The attachment ATTACHMENT names, which must be the record's.
Result<ChecklistStore::ItemAttachment> findAttachment(CommandContext& context, qint64 recordId,
                                                      const QString& idText) {
    bool ok = false;
    const qint64 id = idText.trimmed().toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(AttachmentCommands::tr("\"%1\" is not an attachment id (a whole number). "
                                            "`countersign-cli attachments %2` lists them.")
                         .arg(idText)
                         .arg(recordId));
    Result<ChecklistStore::ItemAttachment> found = context.store().attachment(id);
    if (found && found->recordId != recordId)
        return Error(
            AttachmentCommands::tr("record %1 has no attachment %2. `countersign-cli attachments %1` "
                                   "lists its attachments.")
                .arg(recordId)
                .arg(id));
    return found;
}
} // namespace

int AttachmentCommands::detach(CommandContext& context) {
    Result<qint64> recordId = context.store().resolveRecord(context.argument(0));
    if (!recordId)
        return context.fail(recordId.error());
    const Result<ChecklistStore::ItemAttachment> found =
        findAttachment(context, recordId.value(), context.argument(1));
    if (!found)
        return context.fail(found.error());
    const Result<AttachmentEntry> removed = context.store().removeAttachment(
        recordId.value(), found->entry.id, context.value(kReason), context.actor());
    if (!removed)
        return context.failChange(
            tr("cannot remove attachment %1: %2").arg(found->entry.id).arg(removed.error()),
            removed.failure(), QStringLiteral("attachments %1").arg(recordId.value()));
    context.console().outLine(tr("Record %1: removed attachment %2 (%3): %4. Its bytes stay in the database.")
                                  .arg(recordId.value())
                                  .arg(removed->id)
                                  .arg(removed->name, removed->removedReason));
    return ExitSuccess;
}

int AttachmentCommands::extract(CommandContext& context) {
    Result<qint64> recordId = context.store().resolveRecord(context.argument(0));
    if (!recordId)
        return context.fail(recordId.error());
    const Result<ChecklistStore::ItemAttachment> found =
        findAttachment(context, recordId.value(), context.argument(1));
    if (!found)
        return context.fail(found.error());
    const QString target = context.argument(2);
    if (target == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(tr("cannot write to the standard output"));
        const Status written = context.store().extractAttachment(found->entry.id, out);
        out.flush();
        return written ? ExitSuccess : context.fail(written.error());
    }
    // Written beside the target and kept only once every byte has been checked.
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return context.fail(tr("cannot write %1: %2. Check the path and that the folder can be written.")
                                .arg(target, file.errorString()));
    const Status written = context.store().extractAttachment(found->entry.id, file);
    if (!written) {
        file.cancelWriting();
        return context.fail(tr("%1. Nothing was written to %2.").arg(written.error(), target));
    }
    if (!file.commit())
        return context.fail(tr("cannot write %1: %2. Nothing was written.").arg(target, file.errorString()));
    return ExitSuccess;
}

int AttachmentCommands::limit(CommandContext& context) {
    if (!context.argument(0).isEmpty()) {
        const std::optional<qint64> bytes = parseSize(context.argument(0));
        if (!bytes)
            return context.fail(tr("\"%1\" is not a size: give bytes, or a number with K, M or G (50M, 1.5G)")
                                    .arg(context.argument(0)));
        if (Status set = context.store().setAttachmentSizeLimit(*bytes, context.actor()); !set)
            return context.failChange(tr("cannot change the attachment size limit: %1").arg(set.error()),
                                      set.failure(), QStringLiteral("attachment-limit"));
    }
    const Result<qint64> limit = context.store().attachmentSizeLimit();
    if (!limit)
        return context.fail(limit.error());
    context.console().outLine(tr("The largest attachment this database takes: %1 (%2 bytes)")
                                  .arg(sizeText(limit.value()))
                                  .arg(limit.value()));
    return ExitSuccess;
}

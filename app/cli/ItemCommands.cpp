#include "cli/ItemCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/ItemFinder.h"
#include "core/ChecklistStore.h"

namespace {
const QString kStatus = QStringLiteral("status");
const QString kNote = QStringLiteral("note");
} // namespace

QList<Command> ItemCommands::commands() {
    Command set;
    set.name = QStringLiteral("set");
    set.synopsis =
        QStringLiteral("set RECORD ITEM --status pending|done|na|failed [--note TEXT] [--by NAME]");
    set.summary = tr("Set an item's status (and note) in a record");
    set.description =
        tr("ITEM is an item id or the item's exact text in any case. N/A and Failed need a note "
           "that says why. Without --note the item's notes stay as they are.");
    set.options = {
        QCommandLineOption(kStatus, tr("The new status: pending, done, na or failed."), tr("STATUS")),
        QCommandLineOption(kNote, tr("Replace the item's notes with TEXT."), tr("TEXT")),
        CommonOptions::actor(),
    };
    set.requiredOptions = {kStatus};
    set.minArguments = 2;
    set.maxArguments = 2;
    set.database = Command::Database::Write;
    set.run = &ItemCommands::setItem;
    return {set};
}

int ItemCommands::setItem(CommandContext& context) {
    const std::optional<ItemStatus> status = ItemStatusText::fromKey(context.value(kStatus));
    if (!status)
        return context.fail(
            tr("\"%1\" is not a status. Use pending, done, na or failed.").arg(context.value(kStatus)));

    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    const ItemFinder finder(*record);
    Result<ItemFinder::Match> match = finder.find(context.argument(1));
    if (!match)
        return context.fail(match.error());
    const ChecklistItem before = *match->item;
    const QString sectionTitle = match->section->title;

    ChecklistStore::ItemEdit edit;
    edit.status = *status;
    edit.notes = context.isSet(kNote) ? context.value(kNote) : before.notes;
    Result<ChecklistItem> after =
        context.store().updateItem(before.id, edit, context.actor(), before.revision);
    if (!after) {
        QString message = tr("cannot set \"%1\": %2").arg(before.text, after.error());
        if (ItemStatusText::requiresNote(edit.status) && edit.notes.trimmed().isEmpty())
            message += QLatin1Char(' ') + tr("(give it with --note TEXT)");
        return context.failChange(message, after.failure(), QStringLiteral("show %1").arg(record->id));
    }

    // The progress after the change: the item's section and the whole record.
    QString progress;
    if (Result<Record> updated = context.store().loadRecord(record->id)) {
        QList<SectionProgress> sections;
        for (const SectionProgress& section : updated->sectionProgress()) {
            if (section.title == sectionTitle)
                sections.append(section);
        }
        progress = QStringLiteral(" (%1)").arg(progressSummary(sections, updated->progress()));
    }
    const QString label = ItemStatusText::label(after->status);
    if (after->revision == before.revision)
        context.console().outLine(tr("Record %1: \"%2\" is already %3; nothing changed%4")
                                      .arg(record->id)
                                      .arg(after->text, label, progress));
    else
        context.console().outLine(
            tr("Record %1: \"%2\" is now %3%4").arg(record->id).arg(after->text, label, progress));
    return ExitSuccess;
}

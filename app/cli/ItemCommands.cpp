#include "cli/ItemCommands.h"

#include "cli/CommandContext.h"
#include "cli/CommonOptions.h"
#include "cli/Console.h"
#include "cli/ItemFinder.h"
#include "core/ChecklistStore.h"
#include "io/InlineMarkup.h"

namespace {
const QString kStatus = QStringLiteral("status");
const QString kNote = QStringLiteral("note");
const QString kSection = QStringLiteral("section");
const QString kGroup = QStringLiteral("group");
const QString kReason = QStringLiteral("reason");

// A section's or group's title as the user types it: its words without the
// Markdown markers ("**Staging Deployment**" is "Staging Deployment"), any case.
bool titleMatches(const QString& title, const QString& typed) {
    return title.compare(typed.trimmed(), Qt::CaseInsensitive) == 0 ||
           InlineMarkup::plainText(title).compare(typed.trimmed(), Qt::CaseInsensitive) == 0;
}
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

    Command na;
    na.name = QStringLiteral("na");
    na.synopsis = QStringLiteral("na RECORD --section TITLE [--group TITLE] --reason TEXT [--by NAME]");
    na.summary = tr("Mark a whole section or group of a record not applicable");
    na.description =
        tr("Sets every item of the checklist section TITLE (or of its group, with --group) to N/A in one "
           "step, and records the mark with the reason, who made it and when. An item keeps its own "
           "note; one without a note gets the reason. Titles are matched in any case, without Markdown "
           "markers. A signed or sealed record refuses it.");
    na.options = {
        QCommandLineOption(kSection, tr("The checklist section's title."), tr("TITLE")),
        QCommandLineOption(kGroup, tr("A group heading's title in that section."), tr("TITLE")),
        QCommandLineOption(kReason, tr("Why it does not apply (required)."), tr("TEXT")),
        CommonOptions::actor(),
    };
    na.requiredOptions = {kSection, kReason};
    na.minArguments = 1;
    na.maxArguments = 1;
    na.database = Command::Database::Write;
    na.run = &ItemCommands::markNotApplicable;
    return {set, na};
}

int ItemCommands::markNotApplicable(CommandContext& context) {
    Result<Record> record = context.loadRecord(context.argument(0));
    if (!record)
        return context.fail(record.error());
    const QString sectionTitle = context.value(kSection);
    const ChecklistSection* section = nullptr;
    QStringList checklists;
    for (const ChecklistSection& s : record->sections) {
        if (s.kind != SectionKind::Checklist)
            continue;
        checklists << InlineMarkup::plainText(s.title);
        if (!section && titleMatches(s.title, sectionTitle))
            section = &s;
    }
    if (!section)
        return context.fail(tr("record %1 has no checklist section \"%2\". Its checklist sections: %3")
                                .arg(record->id)
                                .arg(sectionTitle, checklists.join(QStringLiteral(", "))));
    qint64 groupId = 0;
    QString target = InlineMarkup::plainText(section->title);
    if (context.isSet(kGroup)) {
        QStringList groups;
        for (const ChecklistItem& item : section->items) {
            if (!item.isGroupHeader)
                continue;
            groups << InlineMarkup::plainText(item.text);
            if (groupId == 0 && titleMatches(item.text, context.value(kGroup))) {
                groupId = item.id;
                target = InlineMarkup::plainText(item.text);
            }
        }
        if (groupId == 0)
            return context.fail(
                tr("\"%1\" has no group \"%2\". Its groups: %3")
                    .arg(InlineMarkup::plainText(section->title), context.value(kGroup),
                         groups.isEmpty() ? tr("(none)") : groups.join(QStringLiteral(", "))));
    }
    const Result<ChecklistStore::NotApplicableChange> change =
        context.store().markNotApplicable(section->id, groupId, context.value(kReason), context.actor());
    if (!change)
        return context.failChange(tr("cannot mark \"%1\" not applicable: %2").arg(target, change.error()),
                                  change.failure(), QStringLiteral("show %1").arg(record->id));
    context.console().outLine(tr("Record %1: \"%2\" is not applicable (items set to N/A: %3): %4")
                                  .arg(record->id)
                                  .arg(target)
                                  .arg(change->items.size())
                                  .arg(change->mark.reason));
    return ExitSuccess;
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

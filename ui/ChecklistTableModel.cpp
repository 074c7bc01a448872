#include "ui/ChecklistTableModel.h"

#include "core/UtcTime.h"
#include "io/InlineMarkup.h"
#include "ui/PaperclipIcon.h"
#include "ui/SetItemCommand.h"
#include "ui/StatusAppearance.h"

#include <QBrush>
#include <QFont>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace {
constexpr int kFixedColumnsBeforeExtras = 3; // Item, Status, Notes
constexpr int kFixedColumnsAfterExtras = 3;  // Checked by, Checked at, Evidence

} // namespace

QString ChecklistTableModel::shortTime(const QDateTime& utc) {
    // ISO order reads the same to every team member, whatever their locale.
    return UtcTime::local(utc, UtcTime::Precision::Minutes);
}

ChecklistTableModel::ChecklistTableModel(const EditContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context) {
    connect(m_context.store, &ChecklistStore::itemChanged, this, &ChecklistTableModel::onItemChanged);
    connect(m_context.store, &ChecklistStore::notApplicableChanged, this,
            &ChecklistTableModel::onNotApplicableChanged);
}

void ChecklistTableModel::setSection(qint64 recordId, const ChecklistSection& section, bool editable) {
    beginResetModel();
    m_recordId = recordId;
    m_section = section;
    m_extraColumns = section.extraColumns();
    m_editable = editable;
    endResetModel();
}

ChecklistTableModel::Column ChecklistTableModel::columnKind(int column) const {
    if (column < kFixedColumnsBeforeExtras)
        return Column(column);
    const int extras = int(m_extraColumns.size());
    if (column < kFixedColumnsBeforeExtras + extras)
        return Extra;
    return Column(CheckedBy + column - kFixedColumnsBeforeExtras - extras);
}

int ChecklistTableModel::columnOf(Column kind) const {
    const int extras = int(m_extraColumns.size());
    switch (kind) {
    case Item:
    case Status:
    case Notes:
        return int(kind);
    case Extra:
        return extras > 0 ? kFixedColumnsBeforeExtras : -1;
    case CheckedBy:
        return kFixedColumnsBeforeExtras + extras;
    case CheckedAt:
        return kFixedColumnsBeforeExtras + extras + 1;
    case Evidence:
        return kFixedColumnsBeforeExtras + extras + 2;
    }
    return -1;
}

const ChecklistItem* ChecklistTableModel::itemAt(int row) const {
    if (row < 0 || row >= m_section.items.size())
        return nullptr;
    return &m_section.items.at(row);
}

int ChecklistTableModel::rowOfItem(qint64 itemId) const {
    for (int row = 0; row < m_section.items.size(); ++row) {
        if (m_section.items.at(row).id == itemId)
            return row;
    }
    return -1;
}

int ChecklistTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_section.items.size());
}

int ChecklistTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid()
               ? 0
               : kFixedColumnsBeforeExtras + int(m_extraColumns.size()) + kFixedColumnsAfterExtras;
}

QVariant ChecklistTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChecklistItem& item = m_section.items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == IsGroupHeaderRole)
        return item.isGroupHeader;
    return item.isGroupHeader ? groupHeaderData(item, index.column(), role)
                              : itemData(index.row(), index.column(), role);
}

void ChecklistTableModel::noteEditStarted(int row) {
    if (const ChecklistItem* item = itemAt(row))
        m_noteEdit = NoteEdit{row, item->revision};
}

void ChecklistTableModel::setGroupColours(const QPalette& palette) {
    // A tenth of the highlight over the base colour: a visible band, never a contrast problem.
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = palette.color(QPalette::Highlight);
    const auto mix = [](int a, int b) {
        return (a * 4 + b) / 5;
    };
    m_groupBackground =
        QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue()));
    m_groupForeground = palette.color(QPalette::Text);
    m_paperclip = QIcon();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

QVariant ChecklistTableModel::groupHeaderData(const ChecklistItem& item, int column, int role) const {
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column != Item)
            return {};
        if (item.notApplicable.isSet())
            return tr("%1 — %2").arg(InlineMarkup::plainText(item.text),
                                     notApplicableText(item.notApplicable));
        return InlineMarkup::plainText(item.text);
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::BackgroundRole:
        return QBrush(m_groupBackground);
    case Qt::ForegroundRole:
        return QBrush(m_groupForeground);
    default:
        return {};
    }
}

QVariant ChecklistTableModel::itemData(int row, int column, int role) const {
    const ChecklistItem& item = m_section.items.at(row);
    switch (columnKind(column)) {
    case Item:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return InlineMarkup::plainText(item.text);
        if (role == Qt::ToolTipRole) {
            const QString group = m_section.groupOf(row);
            const QString text = InlineMarkup::plainText(item.text);
            const QString tip =
                group.isEmpty() ? text : tr("%1 — %2").arg(InlineMarkup::plainText(group), text);
            // A task's detail (a sub-list, a paragraph, a code block under it), as written.
            return item.detail.isEmpty() ? tip : tip + QStringLiteral("\n\n") + item.detail;
        }
        if (role == Qt::AccessibleDescriptionRole && !item.detail.isEmpty())
            return item.detail;
        return {};
    case Status:
        switch (role) {
        case Qt::DisplayRole:
            return StatusAppearance::text(item.status);
        case Qt::AccessibleTextRole:
            return ItemStatusText::label(item.status);
        case Qt::EditRole:
        case StatusRole:
            return int(item.status);
        case Qt::CheckStateRole: // how assistive technology reads the cell: a check box, checked when Done
            return item.status == ItemStatus::Done ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole:
            return QBrush(StatusAppearance::foreground(item.status));
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        case Qt::ToolTipRole:
            return m_editable ? tr("%1. Space or a click toggles Done; right-click for N/A or Failed.")
                                    .arg(ItemStatusText::label(item.status))
                              : ItemStatusText::label(item.status);
        default:
            return {};
        }
    case Notes:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return item.notes;
        if (role == Qt::ToolTipRole) {
            if (item.notes.isEmpty())
                return m_editable ? tr("Type, press F2 or double-click to write a note") : QString();
            // The note's own author and time: "Checked by/at" say who set the status.
            if (item.notesBy.isEmpty() || !item.notesAt.isValid())
                return item.notes;
            return QString(item.notes + QStringLiteral("\n\n") +
                           tr("Note by %1, %2").arg(item.notesBy, shortTime(item.notesAt)));
        }
        return {};
    case Extra: {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
            return {};
        const int extraIndex = column - kFixedColumnsBeforeExtras;
        return InlineMarkup::plainText(item.extra.value(extraIndex));
    }
    case CheckedBy:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return item.updatedBy;
        return {};
    case Evidence: {
        const int standing = standingEvidence(item);
        const int removed = int(item.attachments.size()) - standing;
        switch (role) {
        case Qt::DisplayRole:
            return standing > 0 ? QString::number(standing) : QString();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
        case Qt::AccessibleTextRole:
            return tr("%n file(s) attached", nullptr, standing);
        case Qt::ToolTipRole: {
            QStringList names;
            for (const AttachmentEntry& attachment : item.attachments) {
                if (!attachment.isRemoved())
                    names << attachment.name;
            }
            QString tip = names.isEmpty() ? tr("No evidence attached") : names.join(u'\n');
            if (removed > 0)
                tip += u'\n' + tr("%n removed file(s) kept in the audit trail", nullptr, removed);
            if (m_editable)
                tip +=
                    QStringLiteral("\n\n") + tr("Drop files here or press Ctrl+Shift+A to attach evidence");
            return tip;
        }
        default:
            return {};
        }
    }
    case CheckedAt:
        if (role == Qt::DisplayRole)
            return shortTime(item.updatedAt);
        if (role == Qt::AccessibleTextRole)
            return UtcTime::localeText(item.updatedAt, QLocale::LongFormat);
        if ((role == Qt::ToolTipRole) && item.updatedAt.isValid())
            return tr("%1 local time (%2 UTC)")
                .arg(UtcTime::local(item.updatedAt), UtcTime::utc(item.updatedAt));
        return {};
    }
    return {};
}

QVariant ChecklistTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (columnKind(section)) {
        case CheckedBy:
            return tr("Who set the item's status (a note does not change it)");
        case CheckedAt:
            return tr("When the item's status was set, in local time (a note does not change it)");
        case Evidence:
            return tr("Evidence: the number of files attached to the item");
        default:
            return {};
        }
    }
    if (columnKind(section) == Evidence) {
        // A drawn paperclip, no text: the column stays narrow; assistive technology hears its name.
        if (role == Qt::DecorationRole) {
            // Drawn once per colour: the header asks for it at every size hint and paint.
            if (m_paperclip.isNull())
                m_paperclip = PaperclipIcon::icon(m_groupForeground);
            return m_paperclip;
        }
        if (role == Qt::AccessibleTextRole)
            return tr("Evidence");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QStringList& columns = m_section.columns;
    switch (columnKind(section)) {
    case Item:
        return columns.isEmpty() ? tr("Item") : InlineMarkup::plainText(columns.first());
    case Status:
        return m_section.statusColumn >= 0 ? InlineMarkup::plainText(columns.value(m_section.statusColumn))
                                           : tr("Status");
    case Notes:
        return m_section.notesColumn >= 0 ? InlineMarkup::plainText(columns.value(m_section.notesColumn))
                                          : tr("Notes");
    case Extra:
        return InlineMarkup::plainText(
            columns.value(m_extraColumns.value(section - kFixedColumnsBeforeExtras)));
    case CheckedBy:
        return tr("Checked by");
    case CheckedAt:
        return tr("Checked at");
    case Evidence:
        break;
    }
    return {};
}

Qt::ItemFlags ChecklistTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (m_section.items.at(index.row()).isGroupHeader)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Column kind = columnKind(index.column());
    if (m_editable && (kind == Status || kind == Notes))
        result |= Qt::ItemIsEditable;
    if (m_editable && kind == Status)
        result |= Qt::ItemIsUserCheckable; // the grid toggles it (Space, a click), never the delegate
    return result;
}

bool ChecklistTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ChecklistItem& item = m_section.items.at(index.row());
    const Column kind = columnKind(index.column());
    if (kind == Status && (role == Qt::EditRole || role == StatusRole)) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < int(ItemStatus::Pending) || status > int(ItemStatus::Failed))
            return false;
        return applyEdit(index.row(), {ItemStatus(status), item.notes});
    }
    if (kind == Notes && role == Qt::EditRole) {
        if (m_noteEdit && m_noteEdit->row == index.row() && m_noteEdit->revision != item.revision) {
            refuse(tr("“%1” was changed by %2 at %3 while you were typing, so your note was not saved. "
                      "The grid now shows the current note; add yours to it again.")
                       .arg(InlineMarkup::plainText(item.text), item.lastChangedBy(),
                            shortTime(item.lastChangedAt())));
            m_noteEdit.reset();
            return false;
        }
        return applyEdit(index.row(), {item.status, value.toString()});
    }
    return false;
}

int ChecklistTableModel::standingEvidence(const ChecklistItem& item) {
    return int(std::count_if(item.attachments.cbegin(), item.attachments.cend(),
                             [](const AttachmentEntry& attachment) { return !attachment.isRemoved(); }));
}

bool ChecklistTableModel::setStatus(int row, ItemStatus status) {
    const ChecklistItem* item = itemAt(row);
    return item && applyEdit(row, {status, item->notes});
}

bool ChecklistTableModel::applyEdit(int row, const ChecklistStore::ItemEdit& edit) {
    const ChecklistItem* item = itemAt(row);
    if (!item || item->isGroupHeader)
        return false;
    if (!m_editable) {
        refuse(lockMessage());
        return false;
    }
    if (ItemStatusText::requiresNote(edit.status) && edit.notes.trimmed().isEmpty()) {
        refuse(tr("“%1” cannot be %2 without a note that says why. Write the note first.")
                   .arg(InlineMarkup::plainText(item->text), ItemStatusText::label(edit.status)));
        return false;
    }
    if (item->status == edit.status && item->notes == edit.notes)
        return true;

    QPointer<ChecklistTableModel> self(this);
    auto onFailure = [self](qint64 itemId, const QString& message) {
        if (!self)
            return;
        self->m_pushFailed = true;
        self->reloadItem(itemId);
        Q_EMIT self->editFailed(message);
    };
    m_pushFailed = false;
    m_context.undoStack->push(new SetItemCommand(m_context, *item, edit, onFailure));
    return !m_pushFailed;
}

QString ChecklistTableModel::lockMessage() const {
    return m_lockMessage.isEmpty()
               ? tr("This record is sealed: every role has signed it, so it cannot change.")
               : m_lockMessage;
}

void ChecklistTableModel::reloadItem(qint64 itemId) {
    const int row = rowOfItem(itemId);
    // A server's connection that broke is not read: the reload after reconnecting shows the item.
    if (row < 0 || !m_context.store->isOpen())
        return;
    const Result<ChecklistItem> stored = m_context.store->loadItem(itemId);
    if (stored)
        replaceItem(row, *stored);
}

void ChecklistTableModel::onItemChanged(qint64 recordId, const ChecklistItem& item) {
    if (recordId != m_recordId)
        return;
    const int row = rowOfItem(item.id);
    if (row >= 0)
        replaceItem(row, item);
}

QString ChecklistTableModel::notApplicableText(const NotApplicableMark& mark) {
    return tr("Not applicable: %1 (%2, %3)").arg(mark.reason, mark.by, shortTime(mark.at));
}

void ChecklistTableModel::onNotApplicableChanged(qint64 recordId, qint64 sectionId) {
    if (recordId != m_recordId || sectionId != m_section.id)
        return;
    const Result<Record> stored = m_context.store->loadRecord(recordId);
    if (!stored)
        return;
    for (const ChecklistSection& fresh : stored->sections) {
        if (fresh.id != m_section.id)
            continue;
        m_section.notApplicable = fresh.notApplicable;
        for (int row = 0; row < m_section.items.size() && row < fresh.items.size(); ++row) {
            if (!m_section.items.at(row).isGroupHeader)
                continue;
            m_section.items[row].notApplicable = fresh.items.at(row).notApplicable;
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    Q_EMIT notApplicableChanged();
}

void ChecklistTableModel::replaceItem(int row, const ChecklistItem& item) {
    const bool statusChanged = m_section.items.at(row).status != item.status;
    m_section.items[row] = item;
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    if (statusChanged)
        Q_EMIT itemStatusChanged(row);
}

void ChecklistTableModel::refuse(const QString& message) {
    Q_EMIT editFailed(message);
}

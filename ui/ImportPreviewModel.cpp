#include "ui/ImportPreviewModel.h"

#include "io/InlineMarkup.h"

namespace {
// Internal ids: 0 for a section row, section index + 1 for the rows under it.
constexpr quintptr kSectionRow = 0;

QString kindText(const ChecklistSection& section) {
    switch (section.kind) {
    case SectionKind::Checklist:
        return section.taskList ? ImportPreviewModel::tr("Checklist (task list)")
                                : ImportPreviewModel::tr("Checklist (table)");
    case SectionKind::Procedure:
        return ImportPreviewModel::tr("Procedure");
    case SectionKind::SignOff:
        return ImportPreviewModel::tr("Sign-off");
    case SectionKind::Text:
        return ImportPreviewModel::tr("Text");
    }
    return {};
}

QString roleText(const ChecklistSection& section, int column) {
    if (column == 0)
        return ImportPreviewModel::tr("item text");
    if (column == section.statusColumn)
        return ImportPreviewModel::tr("status");
    if (column == section.notesColumn)
        return ImportPreviewModel::tr("notes");
    return ImportPreviewModel::tr("extra field");
}
} // namespace

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractItemModel(parent) {}

ImportPreviewModel::Section ImportPreviewModel::describe(const ChecklistSection& section) {
    Section out;
    out.row.name = section.title;
    out.row.kind = kindText(section);
    out.row.tooltip = section.description;
    if (section.kind == SectionKind::Checklist && !section.taskList && !section.columns.isEmpty()) {
        QStringList roles;
        for (int c = 0; c < section.columns.size(); ++c)
            roles << tr("%1 (%2)").arg(section.columns.at(c), roleText(section, c));
        out.children.append(
            {tr("Columns: %1").arg(roles.join(QStringLiteral(" · "))), tr("Columns"), {}, {}, {}});
    }
    int step = 0;
    for (const ChecklistItem& item : section.items) {
        Row row;
        row.name = InlineMarkup::plainText(item.text);
        row.tooltip = item.detail;
        if (item.isGroupHeader) {
            row.kind = tr("Group");
        } else if (section.kind == SectionKind::Procedure) {
            row.name = QStringLiteral("%1. %2").arg(++step).arg(row.name);
            row.kind = tr("Step");
        } else if (section.kind == SectionKind::SignOff) {
            row.kind = tr("Role");
        } else {
            row.kind = item.detail.isEmpty() ? tr("Item") : tr("Item with detail");
            const QString mark = ItemStatusText::mark(item.status);
            const QString label = ItemStatusText::label(item.status);
            row.defaultMark = mark == label ? label : mark + u' ' + label;
            row.notes = item.notes;
            // The extra fields, by their column's header, with the detail.
            const QList<int> extras = section.extraColumns();
            QStringList lines;
            for (qsizetype i = 0; i < extras.size() && i < item.extra.size(); ++i) {
                if (!item.extra.at(i).isEmpty())
                    lines << section.columns.value(extras.at(i)) + QStringLiteral(": ") + item.extra.at(i);
            }
            if (!item.detail.isEmpty())
                lines << item.detail;
            row.tooltip = lines.join(u'\n');
        }
        out.children.append(row);
    }
    return out;
}

void ImportPreviewModel::setTemplate(const ChecklistTemplate& tmpl) {
    beginResetModel();
    m_sections.clear();
    for (const ChecklistSection& section : tmpl.sections)
        m_sections.append(describe(section));
    endResetModel();
}

void ImportPreviewModel::clear() {
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

QModelIndex ImportPreviewModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, kSectionRow) : QModelIndex();
    if (parent.internalId() != kSectionRow || parent.column() != 0)
        return {};
    const Section& section = m_sections.at(parent.row());
    return row < section.children.size() ? createIndex(row, column, quintptr(parent.row()) + 1)
                                         : QModelIndex();
}

QModelIndex ImportPreviewModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kSectionRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionRow);
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() == kSectionRow && parent.column() == 0)
        return int(m_sections.at(parent.row()).children.size());
    return 0;
}

int ImportPreviewModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Row& row = index.internalId() == kSectionRow
                         ? m_sections.at(index.row()).row
                         : m_sections.at(int(index.internalId() - 1)).children.at(index.row());
    if (role == Qt::ToolTipRole)
        return row.tooltip.isEmpty() ? QVariant() : QVariant(row.tooltip);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return row.name;
    case Kind:
        return row.kind;
    case Default:
        return row.defaultMark;
    case Notes:
        return row.notes;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Section or item");
    case Kind:
        return tr("Understood as");
    case Default:
        return tr("Default");
    case Notes:
        return tr("Notes");
    case ColumnCount:
        break;
    }
    return {};
}

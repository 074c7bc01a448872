#include "ui/ImportPreviewDialog.h"

#include "io/CsvTemplateReader.h"

#include "ui/ImportPreviewModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// The roles a column other than the first can have (the first is the item text).
const QList<ColumnRole> kChoosable{ColumnRole::Status, ColumnRole::Notes, ColumnRole::Extra};

QString roleLabel(ColumnRole role) {
    switch (role) {
    case ColumnRole::Item:
        return ImportPreviewDialog::tr("Item text");
    case ColumnRole::Status:
        return ImportPreviewDialog::tr("Status");
    case ColumnRole::Notes:
        return ImportPreviewDialog::tr("Notes");
    case ColumnRole::Extra:
        return ImportPreviewDialog::tr("Extra field");
    }
    return {};
}

ColumnRole roleIn(const ChecklistSection& section, int column) {
    if (column == 0)
        return ColumnRole::Item;
    if (column == section.statusColumn)
        return ColumnRole::Status;
    if (column == section.notesColumn)
        return ColumnRole::Notes;
    return ColumnRole::Extra;
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(QByteArray markdown, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_markdown(std::move(markdown))
    , m_model(new ImportPreviewModel(this))
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_roles(new QTableWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("importPreview"));
    setWindowTitle(tr("Import Template — %1").arg(fileName));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    m_isCsv = suffix == u"csv" || suffix == u"tsv";
    m_csvTitle = QFileInfo(fileName).completeBaseName();
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid "
                                            "#e6a39b; border-radius: 4px; padding: 6px; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_tree->setObjectName(QStringLiteral("importTree"));
    m_tree->setAccessibleName(tr("What the template holds"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    layout->addWidget(m_tree, 3);

    auto* rolesLabel = new QLabel(tr("&Columns and what they hold:"), this);
    rolesLabel->setBuddy(m_roles);
    layout->addWidget(rolesLabel);
    m_roles->setObjectName(QStringLiteral("importRoles"));
    m_roles->setAccessibleName(tr("Columns and their roles"));
    m_roles->setColumnCount(3);
    m_roles->setHorizontalHeaderLabels({tr("Column"), tr("In sections"), tr("Role")});
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roles->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_roles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_roles, 1);

    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    read();
    fillRoles();
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(ImportPreviewModel::Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    for (int c = ImportPreviewModel::Kind; c < ImportPreviewModel::ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(std::min(900, screen.width() * 9 / 10), std::min(700, screen.height() * 9 / 10 - 40));
}

void ImportPreviewDialog::setColumnRole(const QString& header, ColumnRole role) {
    m_overrides.removeIf([&](const MarkdownTemplateReader::ColumnOverride& o) { return o.column == header; });
    m_overrides.append({header, role});
    read();
    syncRoles();
}

void ImportPreviewDialog::syncRoles() {
    if (!m_template)
        return;
    // Choosing one column's role can move another's (a second Notes column
    // makes the first an extra field): every drop-down shows the reading.
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_roles->cellWidget(row, 2));
        const QString header = m_roles->item(row, 0)->text();
        for (const ChecklistSection& section : m_template->sections) {
            const int column = int(section.columns.indexOf(header));
            if (section.kind != SectionKind::Checklist || column <= 0)
                continue;
            const QSignalBlocker quiet(combo);
            combo->setCurrentIndex(combo->findData(int(roleIn(section, column))));
            break;
        }
    }
}

void ImportPreviewDialog::read() {
    // A spreadsheet's CSV export (by its extension) or a Markdown checklist.
    const Result<ChecklistTemplate> read =
        m_isCsv ? CsvTemplateReader::read(m_markdown, {m_csvTitle, {}, m_overrides})
                : MarkdownTemplateReader::read(m_markdown, {m_overrides});
    if (!read) {
        // What the last good reading showed stays, greyed, under the problem.
        m_template.reset();
        m_problem->setText(tr("Problem: %1. Nothing can be imported until the file is fixed (or the column's "
                              "role is changed back).")
                               .arg(read.error()));
        m_problem->show();
        m_tree->setEnabled(false);
        m_importButton->setEnabled(false);
        return;
    }
    m_template = read.value();
    m_model->setTemplate(*m_template);
    m_tree->setEnabled(true);
    m_tree->expandAll();
    m_problem->hide();
    m_importButton->setEnabled(true);
    int sections = 0;
    int items = 0;
    for (const ChecklistSection& section : m_template->sections) {
        ++sections;
        if (section.kind == SectionKind::Checklist)
            items += section.countableItems();
    }
    m_summary->setText(tr("“%1”: %n checklist items", nullptr, items).arg(m_template->title) +
                       tr(" in %n sections. Nothing is stored until you choose Import.", nullptr, sections));
}

void ImportPreviewDialog::fillRoles() {
    m_roles->setRowCount(0);
    if (!m_template)
        return;
    // One row per header as written: a role chosen applies to every table with that header.
    QStringList headers;
    QHash<QString, QStringList> sectionsOf;
    QHash<QString, ColumnRole> roleOf;
    for (const ChecklistSection& section : m_template->sections) {
        if (section.kind != SectionKind::Checklist || section.taskList)
            continue;
        for (int c = 1; c < section.columns.size(); ++c) {
            const QString& header = section.columns.at(c);
            if (!headers.contains(header)) {
                headers << header;
                roleOf.insert(header, roleIn(section, c));
            }
            sectionsOf[header] << section.title;
        }
    }
    m_roles->setRowCount(int(headers.size()));
    for (int row = 0; row < headers.size(); ++row) {
        const QString& header = headers.at(row);
        m_roles->setItem(row, 0, new QTableWidgetItem(header));
        m_roles->setItem(row, 1, new QTableWidgetItem(sectionsOf.value(header).join(QStringLiteral(", "))));
        auto* combo = new QComboBox(m_roles);
        combo->setObjectName(QStringLiteral("role:") + header);
        combo->setAccessibleName(tr("Role of the column “%1”").arg(header));
        for (ColumnRole role : kChoosable)
            combo->addItem(roleLabel(role), int(role));
        combo->setCurrentIndex(combo->findData(int(roleOf.value(header))));
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, header] { setColumnRole(header, ColumnRole(combo->currentData().toInt())); });
        m_roles->setCellWidget(row, 2, combo);
    }
}

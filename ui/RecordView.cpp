#include "RecordView.h"

#include "ChecklistStore.h"
#include "ProcedureList.h"
#include "RecordHeader.h"
#include "SectionGrid.h"
#include "SignOffService.h"
#include "SignOffTableModel.h"
#include "SignatureDelegate.h"
#include "SignatureDialog.h"

#include <QHeaderView>
#include <QTableView>
#include "UiLogging.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPageMargin = 20;
constexpr int kSectionSpacing = 22;

QLabel* descriptionLabel(const QString& markdown, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::MarkdownText);
    label->setText(markdown);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    return label;
}
} // namespace

RecordView::RecordView(const EditContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_recordPane(new QWidget(this))
    , m_header(new RecordHeader(m_recordPane))
    , m_scroll(new QScrollArea(m_recordPane)) {
    m_placeholder->setObjectName(QStringLiteral("noRecordLabel"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(tr("No record is open.\n\nCreate one with File ▸ New Record… (%1), "
                              "or pick one from the list of records.")
                               .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));

    m_scroll->setObjectName(QStringLiteral("recordPage"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Record"));

    auto* divider = new QFrame(m_recordPane);
    divider->setFrameShape(QFrame::HLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);

    auto* paneLayout = new QVBoxLayout(m_recordPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->setSpacing(0);
    paneLayout->addWidget(m_header);
    paneLayout->addWidget(divider);
    paneLayout->addWidget(m_scroll, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_recordPane);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_context.store, &ChecklistStore::itemChanged, this, &RecordView::onItemChanged);
    connect(m_context.store, &ChecklistStore::recordStateChanged, this, &RecordView::onRecordStateChanged);
}

Status RecordView::openRecord(qint64 recordId) {
    Result<Record> loaded = m_context.store->loadRecord(recordId);
    if (!loaded)
        return Error(loaded.error());
    commitPendingEdits();
    m_record = std::move(loaded).value();
    m_header->setRecord(m_record);
    m_grids.clear();
    // The old page and its grids go once control is back in the event loop:
    // a reload may start inside one of their own event handlers.
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    m_scroll->setWidget(buildPage());
    m_scroll->verticalScrollBar()->setValue(0);
    m_stack->setCurrentWidget(m_recordPane);
    if (!m_grids.isEmpty())
        m_grids.first()->setFocus();
    qCDebug(lcUi) << "opened record" << recordId;
    Q_EMIT progressChanged();
    return {};
}

void RecordView::closeRecord() {
    commitPendingEdits();
    m_grids.clear();
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    m_record = Record();
    m_stack->setCurrentWidget(m_placeholder);
    Q_EMIT progressChanged();
}

Status RecordView::reload() {
    return hasRecord() ? openRecord(m_record.id) : Status();
}

SectionGrid* RecordView::gridFor(const QString& sectionTitle) const {
    for (SectionGrid* grid : m_grids) {
        if (grid->sectionTitle() == sectionTitle)
            return grid;
    }
    return nullptr;
}

QString RecordView::progressText() const {
    return hasRecord() ? m_header->progressText() : QString();
}

void RecordView::commitPendingEdits() {
    for (SectionGrid* grid : std::as_const(m_grids))
        grid->commitOpenEditor();
}

QWidget* RecordView::buildPage() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("recordSections"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(kPageMargin, kPageMargin - 4, kPageMargin, kPageMargin);
    layout->setSpacing(kSectionSpacing);
    if (!m_record.description.trimmed().isEmpty())
        layout->addWidget(descriptionLabel(m_record.description, page));
    for (const ChecklistSection& section : std::as_const(m_record.sections))
        layout->addWidget(buildSection(section, page));
    layout->addStretch(1);
    return page;
}

QWidget* RecordView::buildSection(const ChecklistSection& section, QWidget* parent) {
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("section:%1").arg(section.title));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* title = new QLabel(section.title, box);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(section.title);
    layout->addWidget(title);
    if (!section.description.trimmed().isEmpty())
        layout->addWidget(descriptionLabel(section.description, box));

    switch (section.kind) {
    case SectionKind::Checklist: {
        const bool editable = m_record.state != RecordState::Sealed;
        auto* grid = new SectionGrid(m_context, m_record.id, section, editable, box);
        connect(grid, &SectionGrid::editFailed, this, &RecordView::editFailed);
        connect(grid, &SectionGrid::currentCellMoved, this,
                [this, grid](const QRect& rect) { scrollToCell(grid, rect); });
        title->setBuddy(grid);
        m_grids.append(grid);
        layout->addWidget(grid);
        break;
    }
    case SectionKind::Procedure:
        layout->addWidget(new ProcedureList(section, box));
        break;
    case SectionKind::SignOff: {
        // Double-click an unsigned role to sign it.
        auto* view = new QTableView(box);
        view->setObjectName(QStringLiteral("signOffView"));
        auto* model = new SignOffTableModel(*m_context.store, view);
        model->setRecordId(m_record.id);
        view->setModel(model);
        view->setItemDelegateForColumn(SignOffTableModel::SignatureColumn, new SignatureDelegate(view));
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(56);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setColumnWidth(SignOffTableModel::RoleColumn, 160);
        view->setColumnWidth(SignOffTableModel::NameColumn, 150);
        view->setColumnWidth(SignOffTableModel::SignatureColumn, 170);
        view->setColumnWidth(SignOffTableModel::MeaningColumn, 100);
        view->setColumnWidth(SignOffTableModel::DateColumn, 150);
        view->setMinimumHeight(60 + 56 * model->rowCount());
        view->setToolTip(tr("Double-click an unsigned role to sign it"));
        ChecklistStore* store = m_context.store;
        connect(view, &QAbstractItemView::doubleClicked, this, [store, model, view](const QModelIndex& index) {
            if (!model->isUnsignedRole(index.row()))
                return;
            SignOffService service(*store);
            SignatureDialog dialog(*store, service, model->recordId(), model->roleAt(index.row()), view);
            dialog.exec();
        });
        layout->addWidget(view);
        break;
    }
    case SectionKind::Text:
        break;
    }
    return box;
}

void RecordView::scrollToCell(SectionGrid* grid, const QRect& rect) {
    QWidget* page = m_scroll->widget();
    if (!page)
        return;
    const QPoint center = grid->viewport()->mapTo(page, rect.center());
    m_scroll->ensureVisible(center.x(), center.y(), 0, rect.height());
}

void RecordView::onItemChanged(qint64 recordId, const ChecklistItem& item) {
    if (recordId != m_record.id)
        return;
    for (ChecklistSection& section : m_record.sections) {
        for (ChecklistItem& existing : section.items) {
            if (existing.id == item.id) {
                existing = item;
                m_header->updateProgress(m_record);
                Q_EMIT progressChanged();
                return;
            }
        }
    }
}

void RecordView::onRecordStateChanged(qint64 recordId) {
    if (recordId != m_record.id)
        return;
    if (Status reloaded = reload(); !reloaded)
        Q_EMIT editFailed(reloaded.error());
}

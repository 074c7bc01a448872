#include "ui/RecordView.h"

#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "ui/InlineMarkupHtml.h"
#include "ui/ProcedureList.h"
#include "ui/RecordHeader.h"
#include "ui/RecordKeyboardPath.h"
#include "ui/SectionGrid.h"
#include "ui/base/UiLogging.h"
#include "ui/signing/IntegrityBadge.h"
#include "ui/signing/LockIcon.h"
#include "ui/signing/SignOffPanel.h"
#include "ui/signing/SignOffTableModel.h"
#include "ui/signing/SigningActions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kPageMargin = 20;
constexpr int kSectionSpacing = 22;

QLabel* descriptionLabel(const QString& markdown, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("description"));
    label->setTextFormat(Qt::RichText);
    label->setText(InlineMarkupHtml::paragraphs(markdown));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    label->setOpenExternalLinks(true);
    return label;
}

// "🔒 Read-only" beside a checklist's title, drawn (no emoji font needed).
QWidget* lockTag(const QString& sectionTitle, const QString& toolTip, QWidget* parent) {
    auto* tag = new QWidget(parent);
    // The page's own muted text colour: readable in light and dark appearances alike.
    const QColor ink = parent->palette().color(QPalette::PlaceholderText);
    tag->setObjectName(QStringLiteral("sectionLock:%1").arg(sectionTitle));
    tag->setToolTip(toolTip);
    tag->setAccessibleName(QCoreApplication::translate("RecordView", "Read-only"));
    auto* icon = new QLabel(tag);
    icon->setPixmap(LockIcon::pixmap(14, ink, tag->devicePixelRatioF()));
    auto* text = new QLabel(QCoreApplication::translate("RecordView", "Read-only"), tag);
    text->setStyleSheet(QStringLiteral("color: %1;").arg(ink.name()));
    auto* layout = new QHBoxLayout(tag);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(icon);
    layout->addWidget(text);
    return tag;
}
} // namespace

RecordView::RecordView(const EditContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_recordPane(new QWidget(this))
    , m_header(new RecordHeader(m_recordPane))
    , m_scroll(new QScrollArea(m_recordPane))
    , m_signing(new SigningActions(context.store, this, this))
    , m_keyboardPath(new RecordKeyboardPath({[this] { completePage(); },
                                             [this](QAbstractItemView* view, const QRect& rect) {
                                                 scrollToCell(view, rect);
                                             }},
                                            this))
    , m_markAllAction(new QAction(tr("Mark All Not &Applicable…"), this))
    , m_markSectionAction(new QAction(tr("&Mark Section Not Applicable…"), this)) {
    m_markAllAction->setObjectName(QStringLiteral("actionMarkAllNotApplicable"));
    m_markAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_markAllAction->setShortcutContext(Qt::WindowShortcut);
    m_markAllAction->setStatusTip(
        tr("Marks every item of the current group (or section) not applicable with one "
           "reason; Ctrl+Shift+G in a checklist"));
    m_markSectionAction->setObjectName(QStringLiteral("actionMarkSectionNotApplicable"));
    m_markSectionAction->setStatusTip(
        tr("Marks every item of the current section not applicable with one reason"));
    connect(m_markAllAction, &QAction::triggered, this, [this] {
        if (m_activeGrid)
            m_activeGrid->markAllNotApplicableAction()->trigger();
    });
    connect(m_markSectionAction, &QAction::triggered, this, [this] {
        if (m_activeGrid)
            m_activeGrid->markSectionNotApplicableAction()->trigger();
    });
    updateMarkActions();
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
    connect(m_signing, &SigningActions::verified, m_header->integrityBadge(),
            &IntegrityBadge::setVerification);
}

Status RecordView::openRecord(qint64 recordId) {
    Result<Record> loaded = m_context.store->loadRecord(recordId);
    if (!loaded)
        return Error(loaded.error());
    commitPendingEdits();
    // Someone working elsewhere in the window (the record list, say) keeps the
    // focus: taking it would make a screen reader announce the grid instead.
    const QWidget* focus = QApplication::focusWidget();
    const bool focusElsewhere = focus && focus->window() == window() && !isAncestorOf(focus);
    // Reading the same record again (it was signed, say) keeps the page where the reader is.
    const int keptScroll = m_record.id == recordId ? m_scroll->verticalScrollBar()->value() : 0;
    m_record = std::move(loaded).value();
    // Hashes the record when a signature stands: once, for the header and the sign-off table.
    m_signatureStates = SignOffService::statesOf(m_record);
    m_header->setRecord(m_record, m_signatureStates);
    m_signing->setRecord(m_record);
    discardPage();
    // A first screen only, when the window is not on screen yet (see
    // completePageAfterPaint()). Keeping the reader's place needs the whole page.
    m_page = buildPage(keptScroll > 0 || window()->isVisible() ? PageExtent::Whole : PageExtent::FirstScreen);
    m_scroll->setWidget(m_page);
    m_scroll->verticalScrollBar()->setValue(0);
    completePageAfterPaint();
    if (keptScroll > 0) {
        // The new page's height is known once its layout has run.
        QTimer::singleShot(0, this, [this, recordId, keptScroll] {
            if (m_record.id == recordId)
                m_scroll->verticalScrollBar()->setValue(keptScroll);
        });
    }
    m_stack->setCurrentWidget(m_recordPane);
    if (!focusElsewhere)
        focusFirstGrid();
    qCDebug(lcUi) << "opened record" << recordId;
    Q_EMIT progressChanged();
    Q_EMIT currentItemChanged();
    return {};
}

void RecordView::focusFirstGrid() {
    if (!m_grids.isEmpty())
        m_grids.first()->setFocus(Qt::OtherFocusReason);
}

void RecordView::closeRecord() {
    commitPendingEdits();
    discardPage();
    m_record = Record();
    m_signatureStates.clear();
    m_signing->clearRecord();
    m_stack->setCurrentWidget(m_placeholder);
    Q_EMIT progressChanged();
    Q_EMIT currentItemChanged();
}

void RecordView::discardPage() {
    // The sign-off table of the old page would read and hash the record again
    // on the store's next signal, only to be thrown away with its page.
    if (m_signOffPanel)
        QObject::disconnect(m_context.store, nullptr, m_signOffPanel->model(), nullptr);
    setActiveGrid(nullptr);
    m_grids.clear();
    m_keyboardPath->clear();
    m_signOffPanel = nullptr;
    m_currentGrid = nullptr;
    m_page = nullptr;
    m_sectionsBuilt = 0;
    m_completeAfterPaint = false;
    // The old page and its grids go once control is back in the event loop:
    // a reload may start inside one of their own event handlers.
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
}

Status RecordView::reload() {
    return hasRecord() ? openRecord(m_record.id) : Status();
}

QList<SectionGrid*> RecordView::grids() {
    completePage();
    return m_grids;
}

SignOffPanel* RecordView::signOffPanel() {
    completePage();
    return m_signOffPanel;
}

SectionGrid* RecordView::gridFor(const QString& sectionTitle) {
    completePage();
    for (SectionGrid* grid : std::as_const(m_grids)) {
        if (grid->sectionTitle() == sectionTitle)
            return grid;
    }
    return nullptr;
}

QString RecordView::progressText() const {
    return hasRecord() ? m_header->progressText() : QString();
}

SectionGrid* RecordView::currentGrid() {
    if (!m_currentGrid && !m_grids.isEmpty())
        return m_grids.first();
    return m_currentGrid;
}

const ChecklistItem* RecordView::currentItem() {
    SectionGrid* grid = currentGrid();
    return grid ? grid->currentItem() : nullptr;
}

void RecordView::commitPendingEdits() {
    for (SectionGrid* grid : std::as_const(m_grids))
        grid->commitOpenEditor();
}

QWidget* RecordView::buildPage(PageExtent extent) {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("recordSections"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(kPageMargin, kPageMargin - 4, kPageMargin, kPageMargin);
    layout->setSpacing(kSectionSpacing);
    if (!m_record.description.trimmed().isEmpty())
        layout->addWidget(descriptionLabel(m_record.description, page));
    // The window is never taller than its screen: sections up to that height are in the first frame.
    const QScreen* screen = this->screen();
    const int firstScreen = screen ? screen->availableGeometry().height() : 1080;
    int height = 0;
    m_sectionsBuilt = 0;
    while (m_sectionsBuilt < m_record.sections.size() &&
           (extent == PageExtent::Whole || height < firstScreen)) {
        QWidget* box = buildSection(m_record.sections.at(m_sectionsBuilt++), page);
        layout->addWidget(box);
        if (extent == PageExtent::FirstScreen)
            height += box->sizeHint().height() + kSectionSpacing;
    }
    layout->addStretch(1);
    return page;
}

void RecordView::completePage() {
    if (!m_page || m_sectionsBuilt >= m_record.sections.size())
        return;
    auto* layout = static_cast<QVBoxLayout*>(m_page->layout());
    while (m_sectionsBuilt < m_record.sections.size()) {
        QWidget* box = buildSection(m_record.sections.at(m_sectionsBuilt++), m_page);
        // Above the stretch that keeps the sections at the top.
        layout->insertWidget(layout->count() - 1, box);
        // A layout shows a widget added to a visible page only later, queued.
        box->show();
    }
    chainTabOrder();
    // Laid out now, not queued: a key that crossed into these sections scrolls to them at once.
    QEvent relayout(QEvent::LayoutRequest);
    QCoreApplication::sendEvent(m_scroll, &relayout);
}

void RecordView::chainTabOrder() {
    // New widgets join the end of the window's tab chain, after the docks
    // built since the page began; here they follow the page's earlier sections.
    QWidget* previous = nullptr;
    for (QWidget* widget : m_page->findChildren<QWidget*>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }
}

void RecordView::completePageAfterPaint() {
    if (m_sectionsBuilt >= m_record.sections.size())
        return;
    // Only for the record a window starts with: there the first frame waits for
    // everything else too (menus, docks, the record list). In a window already
    // on screen, completing the page now costs less than a second layout and
    // paint just after the first. Until then grids() and the like build what
    // they need.
    if (window()->isVisible()) {
        completePage();
        return;
    }
    if (!m_completeAfterPaint) {
        m_completeAfterPaint = true;
        window()->installEventFilter(this);
    }
}

bool RecordView::eventFilter(QObject* watched, QEvent* event) {
    if (m_completeAfterPaint && watched == window() && event->type() == QEvent::Paint) {
        m_completeAfterPaint = false;
        window()->removeEventFilter(this);
        // Queued: once this frame is out. Opening another record meanwhile
        // starts a page of its own, which this then completes instead.
        QMetaObject::invokeMethod(this, &RecordView::completePage, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

QWidget* RecordView::buildSection(const ChecklistSection& section, QWidget* parent) {
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("section:%1").arg(section.title));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* title = new QLabel(section.title, box);
    title->setTextFormat(Qt::PlainText); // the signed title as written, never HTML
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(section.title);
    const bool readOnly = m_record.state != RecordState::InProgress;
    if (section.kind == SectionKind::Checklist && readOnly) {
        auto* titleRow = new QHBoxLayout;
        titleRow->setSpacing(12);
        titleRow->addWidget(title);
        titleRow->addWidget(lockTag(section.title, lockMessage(), box), 0, Qt::AlignVCenter);
        titleRow->addStretch(1);
        layout->addLayout(titleRow);
    } else {
        layout->addWidget(title);
    }
    if (!section.description.trimmed().isEmpty())
        layout->addWidget(descriptionLabel(section.description, box));

    switch (section.kind) {
    case SectionKind::Checklist: {
        // The store refuses every item change once any role has signed: the grid says so up front.
        auto* grid = new SectionGrid(m_context, m_record.id, section, !readOnly, box);
        grid->checklistModel()->setLockMessage(lockMessage());
        connect(grid, &SectionGrid::editFailed, this, &RecordView::editFailed);
        // The mark not applicable of the whole section, under its title.
        auto* mark = new QLabel(box);
        mark->setObjectName(QStringLiteral("notApplicable:%1").arg(section.title));
        mark->setTextFormat(Qt::PlainText); // the reason as written, never HTML
        mark->setWordWrap(true);
        const auto showMark = [mark, grid] {
            const NotApplicableMark& na = grid->checklistModel()->section().notApplicable;
            mark->setText(ChecklistTableModel::notApplicableText(na));
            mark->setVisible(na.isSet());
        };
        showMark();
        connect(grid->checklistModel(), &ChecklistTableModel::notApplicableChanged, mark, showMark);
        layout->addWidget(mark);
        if (!m_activeGrid)
            setActiveGrid(grid);
        connect(grid, &SectionGrid::currentCellMoved, this, [this, grid](const QRect& rect) {
            scrollToCell(grid, rect);
            if (grid == m_currentGrid)
                Q_EMIT currentItemChanged();
        });
        connect(grid, &SectionGrid::focusEntered, this, [this, grid] {
            setActiveGrid(grid);
            m_currentGrid = grid;
            Q_EMIT currentItemChanged();
        });
        connect(grid, &SectionGrid::evidenceDropped, this, &RecordView::evidenceDropped);
        grid->addContextActions(m_gridContextActions);
        title->setBuddy(grid);
        m_grids.append(grid);
        m_keyboardPath->addGrid(grid);
        layout->addWidget(grid);
        break;
    }
    case SectionKind::Procedure:
        layout->addWidget(new ProcedureList(section, box));
        break;
    case SectionKind::SignOff: {
        m_signOffPanel = new SignOffPanel(*m_context.store, m_signing, m_record, m_signatureStates, box);
        m_keyboardPath->addSignOffView(m_signOffPanel->view());
        layout->addWidget(m_signOffPanel);
        break;
    }
    case SectionKind::Text:
        break;
    }
    return box;
}

QString RecordView::lockMessage() const {
    switch (m_record.state) {
    case RecordState::Sealed:
        return tr("This record is sealed: every role has signed it, so it cannot change. To correct it, use "
                  "Record ▸ Reopen for Changes…, which revokes every signature.");
    case RecordState::Signed:
        return tr("This record has been signed, so its items cannot change. To change them, use Record ▸ "
                  "Reopen for Changes…, which revokes the signatures.");
    case RecordState::InProgress:
        break;
    }
    return {};
}

void RecordView::scrollToCell(QAbstractItemView* view, const QRect& rect) {
    QWidget* page = m_scroll->widget();
    if (!page || !page->isAncestorOf(view))
        return;
    const QPoint center = view->viewport()->mapTo(page, rect.center());
    m_scroll->ensureVisible(center.x(), center.y(), 0, rect.height());
}

QList<QAction*> RecordView::notApplicableMenuActions() {
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    return {m_markAllAction, m_markSectionAction, separator};
}

void RecordView::setActiveGrid(SectionGrid* grid) {
    if (m_activeGrid == grid)
        return;
    if (m_activeGrid)
        disconnect(m_activeGrid->markAllNotApplicableAction(), nullptr, this, nullptr);
    if (m_activeGrid)
        disconnect(m_activeGrid->markSectionNotApplicableAction(), nullptr, this, nullptr);
    m_activeGrid = grid;
    if (grid) {
        connect(grid->markAllNotApplicableAction(), &QAction::changed, this, &RecordView::updateMarkActions);
        connect(grid->markSectionNotApplicableAction(), &QAction::changed, this,
                &RecordView::updateMarkActions);
    }
    updateMarkActions();
}

void RecordView::updateMarkActions() {
    m_markAllAction->setEnabled(m_activeGrid && m_activeGrid->markAllNotApplicableAction()->isEnabled());
    m_markSectionAction->setEnabled(m_activeGrid &&
                                    m_activeGrid->markSectionNotApplicableAction()->isEnabled());
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

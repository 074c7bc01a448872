#include "ui/EvidenceActions.h"

#include "core/ChecklistStore.h"
#include "io/InlineMarkup.h"
#include "ui/EvidenceDialog.h"
#include "ui/EvidenceFiles.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/base/Prompts.h"

#include <QAction>
#include <QMenu>

EvidenceActions::EvidenceActions(ChecklistStore* store, RecordView* recordView,
                                 std::function<QString()> actor, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_recordView(recordView)
    , m_window(window)
    , m_files(new EvidenceFiles(store, std::move(actor), window))
    , m_menu(new QMenu(tr("&Item"), window))
    , m_attachAction(new QAction(tr("Attach &Evidence…"), this))
    , m_showAction(new QAction(tr("E&vidence…"), this)) {
    m_menu->setObjectName(QStringLiteral("menuItem"));
    m_menu->setToolTipsVisible(true); // a disabled entry says why
    m_attachAction->setObjectName(QStringLiteral("actionAttachEvidence"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attachAction->setStatusTip(tr("Attach a file (a test report, a screenshot) to the current item as "
                                    "evidence; dropping files on the item's row does the same"));
    m_showAction->setObjectName(QStringLiteral("actionShowEvidence"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_showAction->setStatusTip(tr("List the current item's evidence files: open, save a copy or remove one"));
    m_menu->addAction(m_attachAction);
    m_menu->addAction(m_showAction);
    m_recordView->setGridContextActions({m_attachAction, m_showAction});

    connect(m_attachAction, &QAction::triggered, this, &EvidenceActions::attachToCurrent);
    connect(m_showAction, &QAction::triggered, this, &EvidenceActions::showCurrent);
    connect(m_files, &EvidenceFiles::statusMessage, this, &EvidenceActions::statusMessage);
    // Queued: a drop event that opens a dialog would hold the dragging program until it closes.
    connect(m_recordView, &RecordView::evidenceDropped, this, &EvidenceActions::attachDropped,
            Qt::QueuedConnection);
    connect(m_recordView, &RecordView::currentItemChanged, this, &EvidenceActions::updateActions);
    // A context menu or the menu bar may open on a grid whose current cell moved without focus.
    connect(m_menu, &QMenu::aboutToShow, this, &EvidenceActions::updateActions);
    connect(m_store, &ChecklistStore::itemChanged, this, &EvidenceActions::updateActions);
    updateActions();
}

void EvidenceActions::updateActions() {
    const ChecklistItem* item = m_recordView->hasRecord() ? m_recordView->currentItem() : nullptr;
    const QString locked = m_recordView->hasRecord() ? m_recordView->lockMessage() : QString();
    QString why;
    if (!m_recordView->hasRecord())
        why = tr("Open a record first");
    else if (!item)
        why = tr("Choose an item of a checklist first: its row, not a group heading");
    m_attachAction->setEnabled(why.isEmpty() && locked.isEmpty());
    m_attachAction->setToolTip(!why.isEmpty()      ? why
                               : !locked.isEmpty() ? locked
                                                   : m_attachAction->statusTip());
    m_showAction->setEnabled(why.isEmpty());
    m_showAction->setToolTip(why.isEmpty() ? m_showAction->statusTip() : why);
}

void EvidenceActions::attachToCurrent() {
    m_recordView->commitPendingEdits();
    const ChecklistItem* item = m_recordView->currentItem();
    if (!item || !m_recordView->lockMessage().isEmpty())
        return;
    const qint64 itemId = item->id;
    m_files->chooseAndAttach(m_recordView->recordId(), itemId, InlineMarkup::plainText(item->text));
}

void EvidenceActions::showCurrent() {
    m_recordView->commitPendingEdits();
    const ChecklistItem* item = m_recordView->currentItem();
    if (!item)
        return;
    EvidenceDialog dialog(*m_store, *m_files, m_recordView->recordId(), *item, m_recordView->lockMessage(),
                          m_window);
    Prompts::exec(dialog);
}

void EvidenceActions::attachDropped(qint64 itemId, const QStringList& paths) {
    if (!m_recordView->lockMessage().isEmpty())
        return;
    QString text;
    for (const ChecklistSection& section : m_recordView->record().sections) {
        for (const ChecklistItem& item : section.items) {
            if (item.id == itemId)
                text = InlineMarkup::plainText(item.text);
        }
    }
    m_files->attach(m_recordView->recordId(), itemId, text, paths);
}

#include "ui/LiveRefresh.h"

#include "core/ChecklistStore.h"
#include "ui/AuditDock.h"
#include "ui/AuditTrailModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/base/UiLogging.h"

#include <QApplication>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <algorithm>

namespace {
constexpr int kRetryMs = 400;
}

LiveRefresh::LiveRefresh(ChecklistStore* store, RecordView* view, RecordListPanel* list, AuditDock* audit,
                         QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_view(view)
    , m_list(list)
    , m_audit(audit)
    , m_retry(new QTimer(this)) {
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, &LiveRefresh::refreshRecord);
    connect(m_store, &ChecklistStore::changedElsewhere, this, &LiveRefresh::refresh);
}

void LiveRefresh::refresh() {
    m_list->refresh();
    refreshRecord();
}

bool LiveRefresh::isBusyEditing() const {
    // A dialog (a note, a signature) may belong to a grid that a rebuild would delete.
    if (QApplication::activeModalWidget())
        return true;
    // An open cell editor is a child of a grid's viewport, and has the focus.
    const QWidget* focus = QApplication::focusWidget();
    const QList<SectionGrid*> grids = m_view->grids();
    return focus && std::any_of(grids.cbegin(), grids.cend(), [focus](const SectionGrid* grid) {
               return focus != grid && grid->viewport()->isAncestorOf(focus);
           });
}

bool LiveRefresh::sameShape(const Record& shown, const Record& stored) {
    if (shown.state != stored.state || shown.info.title != stored.info.title ||
        shown.info.releaseVersion != stored.info.releaseVersion ||
        shown.info.environment != stored.info.environment ||
        shown.signatures.size() != stored.signatures.size() ||
        shown.sections.size() != stored.sections.size())
        return false;
    for (qsizetype i = 0; i < shown.signatures.size(); ++i) {
        if (shown.signatures.at(i).id != stored.signatures.at(i).id ||
            shown.signatures.at(i).revoked != stored.signatures.at(i).revoked)
            return false;
    }
    for (qsizetype i = 0; i < shown.sections.size(); ++i) {
        if (shown.sections.at(i).items.size() != stored.sections.at(i).items.size())
            return false;
    }
    return true;
}

void LiveRefresh::refreshRecord() {
    if (!m_view->hasRecord()) {
        Q_EMIT refreshed();
        return;
    }
    const qint64 recordId = m_view->recordId();
    const Result<Record> stored = m_store->loadRecord(recordId);
    if (!stored) {
        qCWarning(lcUi) << "cannot reread record" << recordId << ":" << stored.error();
        return;
    }
    if (!sameShape(m_view->record(), *stored)) {
        if (isBusyEditing()) {
            m_retry->start();
            return;
        }
        rebuildKeepingPlace();
        Q_EMIT refreshed();
        return;
    }
    // The store announces each row another process changed (itemChanged), so
    // every view (grid, header, record list, audit trail) updates that row in place.
    QHash<qint64, int> shownRevisions;
    for (const ChecklistSection& section : m_view->record().sections) {
        for (const ChecklistItem& item : section.items)
            shownRevisions.insert(item.id, item.revision);
    }
    const Result<QList<ChecklistItem>> changed =
        m_store->announceItemsChangedElsewhere(recordId, shownRevisions);
    if (!changed) {
        qCWarning(lcUi) << "cannot reread the items of record" << recordId << ":" << changed.error();
        return;
    }
    m_audit->model()->refresh();
    if (!changed->isEmpty())
        qCDebug(lcUi) << changed->size() << "items of record" << recordId << "changed elsewhere";
    Q_EMIT refreshed();
}

void LiveRefresh::rebuildKeepingPlace() {
    auto* page = m_view->findChild<QScrollArea*>(QStringLiteral("recordPage"));
    const int scroll = page ? page->verticalScrollBar()->value() : 0;
    QString section;
    QModelIndex current;
    bool hadFocus = false;
    for (SectionGrid* grid : m_view->grids()) {
        if (grid->hasFocus() || (section.isEmpty() && grid->currentIndex().isValid())) {
            section = grid->sectionTitle();
            current = grid->currentIndex();
            hadFocus = grid->hasFocus();
        }
    }
    const int row = current.row();
    const int column = current.column();

    if (Status reloaded = m_view->reload(); !reloaded) {
        qCWarning(lcUi) << "cannot reload the open record:" << reloaded.error();
        return;
    }
    m_audit->model()->refresh();
    if (SectionGrid* grid = m_view->gridFor(section); grid && row >= 0) {
        grid->setCurrentIndex(grid->model()->index(row, column));
        if (hadFocus)
            grid->setFocus();
    }
    if (!page)
        return;
    // The new page is laid out when the event loop next runs: scroll back then.
    page->verticalScrollBar()->setValue(scroll);
    QPointer<QScrollArea> guard(page);
    QTimer::singleShot(0, this, [guard, scroll] {
        if (guard)
            guard->verticalScrollBar()->setValue(scroll);
    });
}

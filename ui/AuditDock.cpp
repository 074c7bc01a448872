#include "ui/AuditDock.h"

#include "ui/AuditTrailModel.h"
#include "ui/ColumnFitter.h"

#include <QScrollBar>
#include <QTreeView>

AuditDock::AuditDock(ChecklistStore* store, QWidget* parent)
    : QDockWidget(tr("Audit Trail"), parent)
    , m_model(new AuditTrailModel(store, this))
    , m_view(new QTreeView(this)) {
    setObjectName(QStringLiteral("auditDock"));
    m_view->setObjectName(QStringLiteral("auditTrail"));
    m_view->setAccessibleName(tr("Audit trail"));
    m_view->setToolTip(
        tr("Every change to the open record, newest first: when, who (the name recorded, and in brackets the "
           "computer account that made the change when it differs), what, and the old and new value"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    new ColumnFitter(m_view, AuditTrailModel::Change);
    setWidget(m_view);

    // Keep the newest change (the top row) in view, unless the reader has
    // scrolled down to older ones; older pages arrive at the bottom.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this](const QModelIndex&, int first) {
        m_following = first == 0 && m_view->verticalScrollBar()->value() == 0;
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_following)
            m_view->scrollToTop();
    });
}

void AuditDock::setRecord(qint64 recordId) {
    m_model->setRecord(recordId);
    m_view->scrollToTop();
}

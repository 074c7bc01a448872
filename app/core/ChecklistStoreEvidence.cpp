// The evidence issue's part of ChecklistStore (declared in ChecklistStore.h):
// attachments (AttachmentTable) and sections or groups marked not applicable
// at once (NotApplicableMarks), apart so each file keeps to one job.
#include "core/ChecklistStore.h"

#include "core/store/AttachmentTable.h"
#include "core/store/AuditLog.h"
#include "core/store/ItemTable.h"
#include "core/store/NotApplicableMarks.h"
#include "core/store/OnceOnlyWrite.h"
#include "core/store/RecordTable.h"
#include "core/store/StoreConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

// ---- Evidence attachments

Result<AttachmentEntry> ChecklistStore::attach(qint64 recordId, qint64 itemId, QIODevice& source,
                                               const QString& name, const QString& by) {
    Result<AttachmentEntry> entry = m_attachments->attach(recordId, itemId, source, name, by);
    if (entry)
        announceItem(recordId, itemId);
    return entry;
}

Result<AttachmentEntry> ChecklistStore::attach(qint64 recordId, qint64 itemId, const QString& filePath,
                                               const QString& name, const QString& by) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("cannot read %1: %2").arg(QDir::toNativeSeparators(filePath), file.errorString()));
    return attach(recordId, itemId, file, name.isEmpty() ? QFileInfo(filePath).fileName() : name, by);
}

Result<AttachmentEntry> ChecklistStore::removeAttachment(qint64 recordId, qint64 attachmentId,
                                                         const QString& reason, const QString& by) {
    Result<AttachmentEntry> entry = m_attachments->remove(recordId, attachmentId, reason, by);
    if (entry)
        if (const Result<ItemAttachment> found = m_attachments->find(attachmentId); found)
            announceItem(recordId, found->itemId);
    return entry;
}

Status ChecklistStore::extractAttachment(qint64 attachmentId, QIODevice& out) const {
    return m_attachments->extract(attachmentId, out);
}

Result<QList<ChecklistStore::ItemAttachment>> ChecklistStore::attachments(qint64 recordId) const {
    return m_attachments->list(recordId);
}

Result<ChecklistStore::ItemAttachment> ChecklistStore::attachment(qint64 attachmentId) const {
    return m_attachments->find(attachmentId);
}

Result<ChecklistStore::StoredBytes> ChecklistStore::storedAttachmentBytes(qint64 attachmentId) const {
    return m_attachments->stream(attachmentId, nullptr);
}

Result<qint64> ChecklistStore::attachmentSizeLimit() const {
    return m_attachments->maxFileBytes();
}

Status ChecklistStore::setAttachmentSizeLimit(qint64 bytes, const QString& by) {
    return m_attachments->setMaxFileBytes(bytes, by);
}

void ChecklistStore::announceItem(qint64 recordId, qint64 itemId) {
    if (const Result<ChecklistItem> item = loadItem(itemId); item)
        Q_EMIT itemChanged(recordId, item.value());
}

// ---- Sections and groups marked not applicable

Result<ChecklistStore::NotApplicableChange>
ChecklistStore::markNotApplicable(qint64 sectionId, qint64 groupId, const QString& reason,
                                  const QString& actor, const QString& editId) {
    const QString id = editId.isEmpty() ? OnceOnlyWrite::newEditId() : editId;
    Result<NotApplicableChange> change = m_once->run<NotApplicableChange>(
        [&] { return m_marks->mark(sectionId, groupId, reason, actor, id); });
    if (change)
        announceMark(change.value());
    return change;
}

Result<ChecklistStore::NotApplicableChange>
ChecklistStore::undoNotApplicable(const NotApplicableChange& change, const QString& actor,
                                  const QString& editId) {
    const QString id = editId.isEmpty() ? OnceOnlyWrite::newEditId() : editId;
    Result<NotApplicableChange> undone =
        m_once->run<NotApplicableChange>([&] { return m_marks->undo(change, actor, id); });
    if (undone)
        announceMark(undone.value());
    return undone;
}

Result<ChecklistStore::NotApplicableChange>
ChecklistStore::redoNotApplicable(const NotApplicableChange& change, const QString& actor,
                                  const QString& editId) {
    const QString id = editId.isEmpty() ? OnceOnlyWrite::newEditId() : editId;
    Result<NotApplicableChange> redone =
        m_once->run<NotApplicableChange>([&] { return m_marks->redo(change, actor, id); });
    if (redone)
        announceMark(redone.value());
    return redone;
}

void ChecklistStore::announceMark(const NotApplicableChange& change) {
    for (const NotApplicableChange::Item& item : change.items) {
        if (const Result<ChecklistItem> now = loadItem(item.itemId))
            Q_EMIT itemChanged(change.recordId, now.value());
    }
    Q_EMIT notApplicableChanged(change.recordId, change.sectionId);
}

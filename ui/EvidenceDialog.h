#pragma once

#include "core/Checklist.h"

#include <QDialog>

class ChecklistStore;
class EvidenceFiles;
class QLabel;
class QPushButton;
class QTreeWidget;

// The evidence of one item: every file attached to it, removed ones too
// (greyed, with who removed it, when and why), with its size, type, SHA-256
// and who attached it when. Open, Save a Copy… and Remove… act on the
// selected file, Attach… adds one; Attach… and Remove… are disabled, with
// the reason in their tooltips, while the record is signed. The list follows
// the store: a file attached or removed elsewhere shows at once.
// Tests find the parts by object name: evidenceList, evidenceAttach,
// evidenceOpen, evidenceSaveCopy, evidenceRemove.
class EvidenceDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Name, Size, Type, Sha256, AttachedBy, AttachedAt, Removed, ColumnCount };

    // lockMessage: why the record cannot change; empty while it can.
    EvidenceDialog(ChecklistStore& store, EvidenceFiles& files, qint64 recordId, const ChecklistItem& item,
                   const QString& lockMessage, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    // The attachment of the selected row; nullptr when none is selected.
    const AttachmentEntry* selected() const;

private:
    void onItemChanged(qint64 recordId, const ChecklistItem& item);
    void fill();
    void updateButtons();

    ChecklistStore& m_store;
    EvidenceFiles& m_files;
    qint64 m_recordId;
    ChecklistItem m_item;
    QString m_lockMessage;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_attach;
    QPushButton* m_open;
    QPushButton* m_saveCopy;
    QPushButton* m_remove;
};

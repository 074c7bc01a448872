#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

// Asks why an evidence file is removed from its item. The reason is
// required (Remove stays disabled until there is one); the audit trail, the
// evidence list and the PDF keep it, and the file's bytes stay in the
// database. Tests drive it by object name: removeReasonEdit, removeConfirmButton.
class RemoveEvidenceDialog : public QDialog {
    Q_OBJECT
public:
    explicit RemoveEvidenceDialog(const QString& fileName, QWidget* parent = nullptr);

    QString reason() const;

private:
    QPlainTextEdit* m_reason;
    QPushButton* m_remove;
};

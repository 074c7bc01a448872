#pragma once

#include "core/Checklist.h"

#include <QWidget>

class ChecklistStore;
class QLabel;
class QPushButton;
class QTableView;
class SignOffTableModel;
class SigningActions;

// The record page's sign-off section: the table of roles with each
// signature and its state (valid, invalidated by a later change, revoked),
// and the buttons that act on it. Selecting a role makes it the one Sign…
// signs; double-clicking an unsigned role signs it.
//
// Children by object name: signOffView, signRoleButton, reopenRecordButton,
// verifyButton, signOffHint.
class SignOffPanel : public QWidget {
    Q_OBJECT
public:
    // Shows a record already read, with SignOffService::statesOf(record).
    SignOffPanel(ChecklistStore& store, SigningActions* actions, const Record& record,
                 const QList<SignatureState>& states, QWidget* parent = nullptr);

    SignOffTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    enum class Fit { Wide, Compact };
    void updateHint();
    // Role, name and signature columns as wide as the page allows.
    void fitColumns();
    int columnsWidth(Fit fit) const;
    // A column wrapped between words: as wide as its widest word.
    int compactWidth(int column) const;
    int dateWidth(Fit fit) const;

    SigningActions* m_actions;
    SignOffTableModel* m_model;
    QTableView* m_view;
    QLabel* m_hint;
};

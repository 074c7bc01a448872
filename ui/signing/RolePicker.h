#pragma once

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLineEdit;

// Picks a signer's roles: a checkbox per known role (the roles of the
// templates' sign-off tables) and a line for others, comma-separated.
// Children by object name: "role:<name>" checkboxes, otherRolesEdit.
class RolePicker : public QWidget {
    Q_OBJECT
public:
    explicit RolePicker(QWidget* parent = nullptr);

    void setKnownRoles(const QStringList& roles);
    // Checked roles first, in the known order, then the others as typed; no duplicates (any case).
    QStringList roles() const;
    // Checks the known ones and writes the rest in the other-roles line.
    void setRoles(const QStringList& roles);

Q_SIGNALS:
    void rolesChanged();

private:
    QGridLayout* m_grid = nullptr;
    QList<QCheckBox*> m_boxes;
    QLineEdit* m_other = nullptr;
};

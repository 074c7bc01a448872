#pragma once

#include "core/Registry.h"

#include <QDialog>

#include <functional>

class AdministratorFields;
class ChecklistStore;
class QDialogButtonBox;
class QLabel;

// Asks an administrator to approve one change of who may sign (deactivate,
// reactivate, unlock): what will happen, in words, then their login and
// password. The change runs on Approve; a refusal (a wrong password, say)
// shows its reason and the prompt stays open for another try.
//
//   AdministratorPrompt prompt(store, tr("Deactivate Signer"), tr("Deactivate Quinn Anders (qa)? …"),
//                              tr("&Deactivate"), [&](Registry::Credentials& admin) {
//                                  return Registry(store).setSignerActive(admin, "qa", false, actor);
//                              }, this);
//   prompt.exec();
//
// Children: textLabel, administratorFields (adminLoginEdit, adminPasswordEdit), errorLabel, approveButton.
class AdministratorPrompt : public QDialog {
    Q_OBJECT
public:
    using Change = std::function<Status(Registry::Credentials& admin)>;

    AdministratorPrompt(const ChecklistStore& store, const QString& title, const QString& text,
                        const QString& approveText, Change change, QWidget* parent = nullptr);

public Q_SLOTS:
    void tryApprove();

private:
    void updateButton();

    Change m_change;
    QLabel* m_error = nullptr;
    AdministratorFields* m_fields = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

#pragma once

#include <QObject>

class ChecklistStore;
class QAction;
class QWidget;
class RegistryNotice;

// Who may sign, in the main window: Tools ▸ Signers… (the signer registry's
// window, SignersDialog) and the bar over a database without a registry
// (RegistryNotice), whose Set Up opens RegistrySetupDialog through Prompts,
// so tests answer it like any other dialog.
class RegistryActions : public QObject {
    Q_OBJECT
public:
    // window: the dialogs' parent; the notice is made for placing in its layout.
    RegistryActions(ChecklistStore* store, QWidget* window, QObject* parent = nullptr);

    QAction* signersAction() const { return m_signersAction; }
    RegistryNotice* notice() const { return m_notice; }
    // For the database opened now.
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showSigners();
    void setUp();

    ChecklistStore* m_store;
    QWidget* m_window;
    QAction* m_signersAction;
    RegistryNotice* m_notice;
};

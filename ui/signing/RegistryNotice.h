#pragma once

#include <QFrame>

class ChecklistStore;
class QLabel;

// The bar above a record while the open database has no signer registry:
// nobody can be added as a signer until its first administrator is set up,
// and Set Up… says where. It hides itself once the registry exists (the
// store's signersChanged) and is checked again for each database opened
// (refresh()). Children: registryNoticeText, setUpRegistryButton.
class RegistryNotice : public QFrame {
    Q_OBJECT
public:
    explicit RegistryNotice(ChecklistStore& store, QWidget* parent = nullptr);

    // Shows or hides the bar for the database open now.
    void refresh();

Q_SIGNALS:
    void setUpRequested();

private:
    ChecklistStore& m_store;
    QLabel* m_text = nullptr;
};

#pragma once

#include <QLabel>

class ChecklistStore;

// The status bar's permanent "Not encrypted" while the window's server session
// crosses a network in plain text (the address said sslmode=disable, allow or
// prefer, and the server did not encrypt): hidden otherwise. Its tooltip says
// why and what to do.
class PlainTextIndicator : public QLabel {
    Q_OBJECT
public:
    PlainTextIndicator(const ChecklistStore* store, QWidget* parent);

    // Reads the store's session again: after each open.
    void refresh();

private:
    const ChecklistStore* m_store;
};

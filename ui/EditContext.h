#pragma once

#include <QString>

#include <functional>

class ChecklistStore;
class QUndoStack;

// What an edit needs: the store it writes, the undo stack it goes on and the
// name it is recorded under (read when the change is made, so a name changed
// in Preferences applies to the next edit and to undos made after it).
struct EditContext {
    ChecklistStore* store = nullptr;
    QUndoStack* undoStack = nullptr;
    std::function<QString()> actor;
};

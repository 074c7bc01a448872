#pragma once

#include <QStringList>

class ChecklistStore;

// The role names a signer can be given: every role of every template's
// sign-off table, then any other role a signer already holds; no duplicates.
namespace KnownRoles {
QStringList of(const ChecklistStore& store);
}

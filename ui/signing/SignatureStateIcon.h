#pragma once

#include "core/Checklist.h"

#include <QIcon>

// A small round badge per signature state, drawn in code in the state's
// colour: a tick (valid), an exclamation mark (invalidated by a later
// change), a bar (revoked). The words beside it carry the meaning; the icon
// lets a reader scan a column.
namespace SignatureStateIcon {
QIcon icon(SignatureState state);
} // namespace SignatureStateIcon

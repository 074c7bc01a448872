#pragma once

#include "ui/UserSettings.h"

// Edit ▸ Preferences ▸ Appearance and --dark: the desktop's own look
// (System), or the Fusion style with a light or a dark palette. Widgets take
// their colours from the palette, so they follow.
namespace Appearance {
// Call once the QApplication exists; remembers the desktop's own style and palette for System.
void apply(UserSettings::Appearance appearance);
} // namespace Appearance

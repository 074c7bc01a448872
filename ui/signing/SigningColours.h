#pragma once

#include "core/Checklist.h"

#include <QColor>

// The colours the sign-off widgets agree on. Each passes 4.5:1 contrast on
// white and on its own tint, so the state never rests on colour alone being seen.
namespace SigningColours {
inline QColor valid() {
    return QColor(0x1e, 0x7b, 0x34);
}
inline QColor validTint() {
    return QColor(0xe7, 0xf4, 0xea);
}
inline QColor invalid() {
    return QColor(0xa1, 0x23, 0x1a);
}
inline QColor invalidTint() {
    return QColor(0xfd, 0xec, 0xea);
}
inline QColor partial() {
    return QColor(0x1f, 0x5f, 0xa8);
}
inline QColor partialTint() {
    return QColor(0xe8, 0xf0, 0xfb);
}
inline QColor muted() {
    return QColor(0x5f, 0x66, 0x70);
}
inline QColor mutedTint() {
    return QColor(0xf1, 0xf3, 0xf5);
}

inline QColor of(SignatureState state) {
    switch (state) {
    case SignatureState::Valid:
        return valid();
    case SignatureState::Invalidated:
        return invalid();
    case SignatureState::Revoked:
        return muted();
    }
    return muted();
}
} // namespace SigningColours

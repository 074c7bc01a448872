#pragma once

#include <QString>
#include <QStringList>

// The typefaces a typed signature is set in, for the signing dialog, the
// sign-off table and the report alike, so a name looks on paper as it looked
// when it was signed.
namespace SignatureFaces {

// Handwriting faces, best first: they look like a pen and cover accented
// names. Dancing Script comes with fonts-dancingscript, Z003 (URW Chancery)
// with fonts-urw-base35.
inline QStringList handwriting() {
    return {QStringLiteral("Dancing Script"), QStringLiteral("Z003"), QStringLiteral("URW Chancery L"),
            QStringLiteral("Kristi"), QStringLiteral("TeX Gyre Chorus")};
}

// The face when none of them is installed (the screen sets it in italic).
inline QString fallback() {
    return QStringLiteral("DejaVu Serif");
}

} // namespace SignatureFaces

#pragma once

#include <QFont>
#include <QString>

// The handwriting-like font for typed signatures. Looks through the fonts
// installed (QFontDatabase) for a script face that covers Latin: the known
// handwriting faces first (SignatureFaces, which the report takes too), then
// any family with "Script", "Hand" or "Chancery" in its name; falls back to
// SignatureFaces::fallback() in italic. Needs only QtGui. The choice is made
// once per process.
class SignatureFont {
public:
    // The family chosen (SignatureFaces::fallback() when falling back).
    static QString family();
    // True when a real script face was found, false on the italic fallback.
    static bool isScript();
    // The font at a given pixel size (italic when falling back).
    static QFont font(qreal pixelSize);
};

#include "ui/signing/SignatureFont.h"

#include "core/SignatureFaces.h"

#include <QFontDatabase>
#include <QStringList>

namespace {

struct Choice {
    QString family;
    bool script = false;
};

bool coversLatin(const QString& family) {
    return QFontDatabase::writingSystems(family).contains(QFontDatabase::Latin);
}

Choice choose() {
    const QStringList families = QFontDatabase::families(QFontDatabase::Latin);
    // Known faces first, best first, as the report takes them.
    for (const QString& name : SignatureFaces::handwriting()) {
        for (const QString& family : families) {
            // fontconfig may list a family with its foundry: "Z003 [urw]".
            if (family.section(QStringLiteral(" ["), 0, 0).compare(name, Qt::CaseInsensitive) == 0)
                return {family, true};
        }
    }
    const QStringList hints = {QStringLiteral("Script"), QStringLiteral("Hand"), QStringLiteral("Chancery"),
                               QStringLiteral("Z003")};
    for (const QString& family : families) {
        for (const QString& hint : hints) {
            if (family.contains(hint, Qt::CaseInsensitive) && coversLatin(family))
                return {family, true};
        }
    }
    return {SignatureFaces::fallback(), false};
}

const Choice& choice() {
    static const Choice chosen = choose();
    return chosen;
}

} // namespace

QString SignatureFont::family() {
    return choice().family;
}

bool SignatureFont::isScript() {
    return choice().script;
}

QFont SignatureFont::font(qreal pixelSize) {
    QFont font(family());
    font.setPixelSize(std::max(1, qRound(pixelSize)));
    if (!isScript())
        font.setItalic(true);
    font.setStyleHint(QFont::Cursive);
    return font;
}

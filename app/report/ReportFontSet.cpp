#include "report/ReportFontSet.h"

#include "core/SignatureFaces.h"
#include "report/ReportLogging.h"

#include <QGlyphRun>
#include <QTextLayout>

namespace {

QStringList familiesFor(ReportFontSet::Role role) {
    // Noto Sans CJK JP before Qt's own fallback: Japanese shapes for Han characters.
    const QString cjk = QStringLiteral("Noto Sans CJK JP");
    switch (role) {
    case ReportFontSet::Regular:
    case ReportFontSet::Bold:
        return {QStringLiteral("DejaVu Sans"), cjk};
    case ReportFontSet::Mono:
        return {QStringLiteral("DejaVu Sans Mono"), QStringLiteral("DejaVu Sans"), cjk};
    case ReportFontSet::Script:
        // The faces the signing dialog set the name in, so it looks on paper as it did on screen.
        return SignatureFaces::handwriting()
               << SignatureFaces::fallback() << QStringLiteral("DejaVu Sans") << cjk;
    case ReportFontSet::RoleCount:
        break;
    }
    return {QStringLiteral("DejaVu Sans")};
}

QString key(const QRawFont& font) {
    return font.familyName() + u'|' + font.styleName() + u'|' + QString::number(font.weight()) + u'|' +
           QString::number(int(font.style()));
}

} // namespace

ReportFontSet::ReportFontSet()
    : m_measure(1, 1, QImage::Format_RGB32) {
    // 2835 dots per metre is 72 dpi: text measured on this device is measured in points.
    m_measure.setDotsPerMeterX(2835);
    m_measure.setDotsPerMeterY(2835);
    for (int role = 0; role < RoleCount; ++role)
        m_primary[role] = primaryFor(Role(role));
}

int ReportFontSet::primaryFor(Role role) {
    QStringList families = familiesFor(role);
    int first = -1;
    while (!families.isEmpty()) {
        QFont f = font(role, 12);
        f.setFamilies(families);
        const int index = faceOf(QRawFont::fromFont(f));
        if (first < 0)
            first = index;
        if (usable(index))
            return index;
        // Qt took the first family it has: try the ones after it.
        const qsizetype picked = families.indexOf(m_faces[size_t(index)]->familyName());
        families = families.mid(picked < 0 ? families.size() : picked + 1);
    }
    return first; // none may be embedded: the PDF writer refuses the file and says why
}

bool ReportFontSet::usable(int index) {
    const ReportFont& face = *m_faces[size_t(index)];
    if (face.embeddable())
        return true;
    if (!m_refused.contains(index)) {
        m_refused.insert(index);
        // A licence that forbids embedding: a PDF/A file must embed every font it uses.
        qCWarning(lcPdf).noquote()
            << "The font" << face.familyName() << face.styleName()
            << "does not permit embedding (OS/2 fsType); the report uses the next font.";
    }
    return false;
}

ReportFontSet::~ReportFontSet() = default;

QFont ReportFontSet::font(Role role, qreal pointSize) const {
    QFont f;
    f.setFamilies(familiesFor(role));
    f.setPointSizeF(pointSize);
    f.setWeight(role == Bold ? QFont::Bold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(false); // the layout pass does not kern: shaped runs must agree with it
    return f;
}

int ReportFontSet::faceOf(const QRawFont& font) {
    const QString k = key(font);
    for (size_t i = 0; i < m_faces.size(); ++i) {
        if (key(m_faces[i]->rawFont()) == k)
            return int(i);
    }
    m_faces.push_back(std::make_unique<ReportFont>(font));
    return int(m_faces.size() - 1);
}

int ReportFontSet::faceFor(char32_t ucs, Role role) {
    const int primary = m_primary[role];
    if (m_faces[size_t(primary)]->glyph(ucs).id != 0)
        return primary;
    auto it = m_fallback[role].constFind(ucs);
    if (it != m_fallback[role].constEnd())
        return *it;
    const int found = discover(ucs, role);
    m_fallback[role].insert(ucs, found);
    return found;
}

int ReportFontSet::discover(char32_t ucs, Role role) {
    // Ask Qt which font it would draw the character with (a font that may
    // not be embedded is passed over: the character then draws as .notdef).
    QString text;
    if (ucs > 0xffff)
        text = QString::fromUcs4(&ucs, 1);
    else
        text = QString(QChar(char16_t(ucs)));
    QTextLayout layout(text, font(role, 12), &m_measure);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const QRawFont raw = run.rawFont();
        if (!raw.isValid())
            continue;
        const int index = faceOf(raw);
        if (m_faces[size_t(index)]->glyph(ucs).id != 0 && usable(index))
            return index;
    }
    return m_primary[role]; // nothing has it: .notdef of the role's face
}

#pragma once

#include "report/ReportFont.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QSet>

#include <memory>
#include <vector>

// The typefaces of a report: DejaVu Sans for text, its bold for headings,
// DejaVu Sans Mono for digests, a script face for typed signatures. A
// character a face lacks (Japanese, say) is drawn with the face Qt's own
// fallback picks for it (Noto Sans CJK with fonts-noto-cjk installed), found
// once per character and remembered. A face whose licence forbids embedding
// (OS/2 fsType) is passed over for the next family, with a warning. Needs a
// QGuiApplication: fonts come from the platform's font database.
class ReportFontSet {
public:
    enum Role { Regular, Bold, Mono, Script, RoleCount };

    ReportFontSet();
    ~ReportFontSet();
    ReportFontSet(const ReportFontSet&) = delete;
    ReportFontSet& operator=(const ReportFontSet&) = delete;

    int primaryFace(Role role) const { return m_primary[role]; }
    // The face that draws a character in a role: the role's own face when it
    // has the glyph, else the fallback Qt picks.
    int faceFor(char32_t ucs, Role role);
    // The same, with the glyph: the face in *face.
    ReportFont::Glyph resolve(char32_t ucs, Role role, int* face) {
        const ReportFont::Glyph g = m_faces[size_t(m_primary[role])]->glyph(ucs);
        if (g.id != 0) {
            *face = m_primary[role];
            return g;
        }
        *face = faceFor(ucs, role);
        return m_faces[size_t(*face)]->glyph(ucs);
    }
    ReportFont& face(int index) { return *m_faces[size_t(index)]; }
    const ReportFont& face(int index) const { return *m_faces[size_t(index)]; }
    int faceCount() const { return int(m_faces.size()); }
    // The face of a font met in a shaped run (registered on first sight).
    int faceOf(const QRawFont& font);

    // The QFont of a role at a size in points, for asking Qt's fallback with
    // QTextLayout on measureDevice().
    QFont font(Role role, qreal pointSize) const;
    // A 72 dpi device: one pixel is one point.
    QPaintDevice* measureDevice() { return &m_measure; }

private:
    int discover(char32_t ucs, Role role);
    int primaryFor(Role role);
    bool usable(int index); // false (and a warning, once) when the face may not be embedded

    std::vector<std::unique_ptr<ReportFont>> m_faces;
    int m_primary[RoleCount] = {};
    QHash<char32_t, int> m_fallback[RoleCount];
    QImage m_measure;
    QSet<int> m_refused;
};

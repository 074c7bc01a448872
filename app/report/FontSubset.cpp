#include "report/FontSubset.h"

#include <QtEndian>

#include <hb-subset.h>
#include <hb.h>

#include <algorithm>

namespace {

// Reads what the PDF needs from a bare CFF font: for a CID-keyed font, the
// CID its charset gives each glyph (a PDF selects CFF glyphs by CID).
class CffCharset {
public:
    explicit CffCharset(const QByteArray& cff)
        : m_data(cff) {}

    // CIDs by glyph id; empty for a name-keyed font (there the CID is the glyph id) or on damage.
    std::vector<quint16> cids(int glyphCount) const {
        if (m_data.size() < 4)
            return {};
        const int names = u(2, 1); // header size
        const int topDicts = indexEnd(names);
        if (topDicts < 0 || u(topDicts, 2) == 0)
            return {};
        const int offSize = u(topDicts + 2, 1);
        const int dataBase = topDicts + 3 + 2 * offSize - 1;
        const int from = dataBase + u(topDicts + 3, offSize);
        const int to = dataBase + u(topDicts + 3 + offSize, offSize);
        int charset = -1;
        bool cidKeyed = false;
        readDict(from, to, [&](int op, int operand) {
            if (op == 15)
                charset = operand;
            else if (op == 1230) // ROS: the font is CID-keyed
                cidKeyed = true;
        });
        if (!cidKeyed || charset <= 2)
            return {};
        return readCharset(charset, glyphCount);
    }

private:
    int u(int at, int size) const {
        if (at < 0 || size < 1 || size > 4 || at + size > m_data.size())
            return -1;
        int v = 0;
        for (int i = 0; i < size; ++i)
            v = (v << 8) | quint8(m_data.at(at + i));
        return v;
    }

    // Where the INDEX at `at` ends, or -1.
    int indexEnd(int at) const {
        const int count = u(at, 2);
        if (count <= 0)
            return count == 0 ? at + 2 : -1;
        const int offSize = u(at + 2, 1);
        const int last = u(at + 3 + count * offSize, offSize);
        return last < 0 ? -1 : at + 3 + (count + 1) * offSize - 1 + last;
    }

    template <typename Visit> void readDict(int p, int end, Visit visit) const {
        int operand = 0;
        while (p >= 0 && p < end && end <= m_data.size()) {
            const int b0 = quint8(m_data.at(p));
            if (b0 <= 21) {
                const int op = b0 == 12 ? 1200 + u(p + 1, 1) : b0;
                visit(op, operand);
                p += b0 == 12 ? 2 : 1;
            } else if (b0 == 28) {
                operand = qint16(u(p + 1, 2));
                p += 3;
            } else if (b0 == 29) {
                operand = qint32(quint32(u(p + 1, 2)) << 16 | quint32(u(p + 3, 2)));
                p += 5;
            } else if (b0 == 30) { // a real: nibbles up to the end nibble 0xf
                ++p;
                while (p < end && (quint8(m_data.at(p)) >> 4) != 0xf && (quint8(m_data.at(p)) & 0xf) != 0xf)
                    ++p;
                ++p;
                operand = 0;
            } else if (b0 >= 32 && b0 <= 246) {
                operand = b0 - 139;
                ++p;
            } else if (b0 >= 247 && b0 <= 250) {
                operand = (b0 - 247) * 256 + u(p + 1, 1) + 108;
                p += 2;
            } else if (b0 >= 251 && b0 <= 254) {
                operand = -(b0 - 251) * 256 - u(p + 1, 1) - 108;
                p += 2;
            } else {
                return; // reserved: damaged
            }
        }
    }

    std::vector<quint16> readCharset(int at, int glyphCount) const {
        std::vector<quint16> cids{0}; // glyph 0 is CID 0
        const int format = u(at, 1);
        int p = at + 1;
        while (int(cids.size()) < glyphCount) {
            const int first = u(p, 2);
            if (first < 0 || format < 0 || format > 2)
                return {};
            if (format == 0) {
                cids.push_back(quint16(first));
                p += 2;
                continue;
            }
            const int left = format == 1 ? u(p + 2, 1) : u(p + 2, 2);
            if (left < 0)
                return {};
            for (int i = 0; i <= left && int(cids.size()) < glyphCount; ++i)
                cids.push_back(quint16(first + i));
            p += format == 1 ? 3 : 4;
        }
        return cids;
    }

    const QByteArray& m_data;
};

QByteArray bytesOf(hb_blob_t* blob) {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    QByteArray bytes(data, qsizetype(length));
    hb_blob_destroy(blob);
    return bytes;
}

} // namespace

FontSubset::Font FontSubset::build(ReportFont& face, const QList<quint32>& glyphs) {
    Font font;
    hb_face_t* source = face.hbFace();
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input)
        return font;
    hb_set_t* keep = hb_subset_input_glyph_set(input);
    hb_set_add(keep, 0);
    for (quint32 g : glyphs)
        hb_set_add(keep, g);
    // A PDF draws shaped glyphs: the layout tables would only add glyphs reachable through them.
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG"})
        hb_set_add(drop, hb_tag_from_string(tag, 4));
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NOTDEF_OUTLINE);

    hb_subset_plan_t* plan = hb_subset_plan_create_or_fail(source, input);
    hb_subset_input_destroy(input);
    if (!plan)
        return font;
    const hb_map_t* oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan);
    const hb_map_t* newToOld = hb_subset_plan_new_to_old_glyph_mapping(plan);
    hb_face_t* subset = hb_subset_plan_execute_or_fail(plan);
    if (!subset) {
        hb_subset_plan_destroy(plan);
        return font;
    }
    const int glyphCount = int(hb_face_get_glyph_count(subset));
    const QByteArray cff = bytesOf(hb_face_reference_table(subset, HB_TAG('C', 'F', 'F', ' ')));
    font.format = cff.isEmpty() ? TrueType : Cff;
    font.data = font.format == Cff ? cff : bytesOf(hb_face_reference_blob(subset));
    const QByteArray head = bytesOf(hb_face_reference_table(subset, HB_TAG('h', 'e', 'a', 'd')));
    if (head.size() >= 44) {
        const auto at = [&](int offset) {
            return qFromBigEndian<qint16>(head.constData() + offset);
        };
        font.bounds = QRectF(QPointF(at(36), at(38)), QPointF(at(40), at(42)));
    }
    // New glyph ids are dense; a CID-keyed CFF names its glyphs by CID.
    const std::vector<quint16> cids =
        font.format == Cff ? CffCharset(cff).cids(glyphCount) : std::vector<quint16>();
    quint32 maxOld = 0;
    for (int g = 0; g < glyphCount; ++g)
        maxOld = std::max(maxOld, quint32(hb_map_get(newToOld, hb_codepoint_t(g))));
    font.codes.assign(size_t(maxOld) + 1, 0);
    for (int g = 0; g < glyphCount; ++g) {
        const hb_codepoint_t old = hb_map_get(newToOld, hb_codepoint_t(g));
        if (old == HB_MAP_VALUE_INVALID)
            continue;
        const quint16 code = cids.empty() ? quint16(g) : cids[size_t(g)];
        font.codes[old] = code;
        font.kept.append({quint32(old), code});
    }
    std::sort(font.kept.begin(), font.kept.end(),
              [](const Font::Kept& a, const Font::Kept& b) { return a.code < b.code; });
    font.ok = hb_map_get(oldToNew, 0) == 0 && !font.data.isEmpty();
    hb_face_destroy(subset);
    hb_subset_plan_destroy(plan);
    return font;
}

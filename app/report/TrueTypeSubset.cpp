#include "report/TrueTypeSubset.h"

#include <QPainterPath>
#include <QtEndian>

#include <cmath>

namespace {

struct Point {
    qint32 x = 0;
    qint32 y = 0;
    bool onCurve = true;
};
using Contour = QList<Point>;

class Writer {
public:
    void u8(quint8 v) { m_data.append(char(v)); }
    void u16(quint16 v) {
        m_data.append(char(v >> 8));
        m_data.append(char(v & 0xff));
    }
    void i16(qint16 v) { u16(quint16(v)); }
    void u32(quint32 v) {
        u16(quint16(v >> 16));
        u16(quint16(v & 0xffff));
    }
    void zeros(int n) { m_data.append(n, '\0'); }
    void pad4() {
        while (m_data.size() % 4)
            m_data.append('\0');
    }
    QByteArray& data() { return m_data; }

private:
    QByteArray m_data;
};

struct PointF {
    double x;
    double y;
};

PointF mix(PointF a, PointF b, double t) {
    return {a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
}

class OutlineBuilder {
public:
    void moveTo(PointF p) {
        close();
        m_current = Contour();
        addOn(p);
        m_last = p;
    }
    void lineTo(PointF p) {
        addOn(p);
        m_last = p;
    }
    void cubicTo(PointF c1, PointF c2, PointF p3) {
        const PointF p0 = m_last;
        // A TrueType quadratic raised to a cubic comes back exactly.
        const PointF q1{(3 * c1.x - p0.x) / 2, (3 * c1.y - p0.y) / 2};
        const PointF q2{(3 * c2.x - p3.x) / 2, (3 * c2.y - p3.y) / 2};
        if (std::hypot(q1.x - q2.x, q1.y - q2.y) < 0.75) {
            addOff({(q1.x + q2.x) / 2, (q1.y + q2.y) / 2});
            addOn(p3);
        } else {
            // A true cubic: split it and approximate each piece by a quadratic.
            const double length = std::hypot(c1.x - p0.x, c1.y - p0.y) +
                                  std::hypot(c2.x - c1.x, c2.y - c1.y) + std::hypot(p3.x - c2.x, p3.y - c2.y);
            const int pieces = qBound(2, int(std::ceil(length / 120)), 8);
            PointF a = p0;
            PointF b = c1;
            PointF c = c2;
            PointF d = p3;
            for (int i = pieces; i >= 1; --i) {
                const double t = 1.0 / i;
                // de Casteljau: the first piece [0, t] of the remaining curve
                const PointF ab = mix(a, b, t), bc = mix(b, c, t), cd = mix(c, d, t);
                const PointF abc = mix(ab, bc, t), bcd = mix(bc, cd, t);
                const PointF end = mix(abc, bcd, t);
                const PointF control{(3 * (ab.x + abc.x) - a.x - end.x) / 4,
                                     (3 * (ab.y + abc.y) - a.y - end.y) / 4};
                addOff(control);
                addOn(end);
                a = end;
                b = bcd;
                c = cd;
            }
        }
        m_last = p3;
    }
    QList<Contour> finish() {
        close();
        return m_contours;
    }

private:
    void add(PointF p, bool on) {
        const Point point{qint32(std::lround(p.x)), qint32(std::lround(p.y)), on};
        if (!m_current.isEmpty()) {
            const Point& last = m_current.constLast();
            if (last.x == point.x && last.y == point.y && last.onCurve && on)
                return;
        }
        m_current.append(point);
    }
    void addOn(PointF p) { add(p, true); }
    void addOff(PointF p) { add(p, false); }
    void close() {
        if (m_current.size() > 1) {
            const Point& first = m_current.constFirst();
            const Point& last = m_current.constLast();
            if (last.onCurve && first.x == last.x && first.y == last.y)
                m_current.removeLast();
        }
        if (m_current.size() >= 2)
            m_contours.append(m_current);
        m_current.clear();
    }

    QList<Contour> m_contours;
    Contour m_current;
    PointF m_last{0, 0};
};

QList<Contour> outline(const QRawFont& font, quint32 glyph) {
    const QPainterPath path = font.pathForGlyph(glyph);
    OutlineBuilder builder;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        // Qt's y grows down; TrueType's grows up.
        const PointF p{e.x, -e.y};
        switch (e.type) {
        case QPainterPath::MoveToElement:
            builder.moveTo(p);
            break;
        case QPainterPath::LineToElement:
            builder.lineTo(p);
            break;
        case QPainterPath::CurveToElement:
            if (i + 2 < path.elementCount()) {
                const QPainterPath::Element c2 = path.elementAt(i + 1);
                const QPainterPath::Element end = path.elementAt(i + 2);
                builder.cubicTo(p, {c2.x, -c2.y}, {end.x, -end.y});
                i += 2;
            }
            break;
        case QPainterPath::CurveToDataElement:
            break;
        }
    }
    return builder.finish();
}

struct GlyphData {
    QByteArray bytes;
    qint16 xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    int points = 0;
    int contours = 0;
};

qint16 clamp16(qint32 v) {
    return qint16(qBound<qint32>(-32768, v, 32767));
}

GlyphData encode(const QList<Contour>& contours) {
    GlyphData g;
    if (contours.isEmpty())
        return g;
    qint32 xMin = INT_MAX, yMin = INT_MAX, xMax = INT_MIN, yMax = INT_MIN;
    for (const Contour& c : contours) {
        for (const Point& p : c) {
            xMin = qMin(xMin, p.x);
            yMin = qMin(yMin, p.y);
            xMax = qMax(xMax, p.x);
            yMax = qMax(yMax, p.y);
        }
    }
    g.xMin = clamp16(xMin);
    g.yMin = clamp16(yMin);
    g.xMax = clamp16(xMax);
    g.yMax = clamp16(yMax);
    g.contours = int(contours.size());
    Writer w;
    w.i16(qint16(contours.size()));
    w.i16(g.xMin);
    w.i16(g.yMin);
    w.i16(g.xMax);
    w.i16(g.yMax);
    int end = -1;
    for (const Contour& c : contours) {
        end += int(c.size());
        w.u16(quint16(end));
    }
    g.points = end + 1;
    w.u16(0); // no instructions
    QByteArray flags, xs, ys;
    qint32 lastX = 0, lastY = 0;
    for (const Contour& c : contours) {
        for (const Point& p : c) {
            quint8 flag = p.onCurve ? 0x01 : 0x00;
            const qint32 dx = p.x - lastX;
            const qint32 dy = p.y - lastY;
            if (dx == 0) {
                flag |= 0x10;
            } else if (qAbs(dx) < 256) {
                flag |= 0x02;
                if (dx > 0)
                    flag |= 0x10;
                xs.append(char(qAbs(dx)));
            } else {
                const qint16 v = clamp16(dx);
                xs.append(char(quint16(v) >> 8));
                xs.append(char(quint16(v) & 0xff));
            }
            if (dy == 0) {
                flag |= 0x20;
            } else if (qAbs(dy) < 256) {
                flag |= 0x04;
                if (dy > 0)
                    flag |= 0x20;
                ys.append(char(qAbs(dy)));
            } else {
                const qint16 v = clamp16(dy);
                ys.append(char(quint16(v) >> 8));
                ys.append(char(quint16(v) & 0xff));
            }
            flags.append(char(flag));
            lastX = p.x;
            lastY = p.y;
        }
    }
    w.data() += flags;
    w.data() += xs;
    w.data() += ys;
    g.bytes = w.data();
    return g;
}

quint32 checksum(const QByteArray& table) {
    quint32 sum = 0;
    const qsizetype n = table.size();
    for (qsizetype i = 0; i < n; i += 4) {
        quint32 v = 0;
        for (int b = 0; b < 4; ++b)
            v = (v << 8) | (i + b < n ? quint8(table.at(i + b)) : 0);
        sum += v;
    }
    return sum;
}

} // namespace

TrueTypeSubset::Font TrueTypeSubset::build(const ReportFont& face, const QList<quint32>& glyphs) {
    Font font;
    const QRawFont& raw = face.rawFont();
    const int unitsPerEm = int(std::lround(face.unitsPerEm()));

    QList<GlyphData> data;
    data.reserve(glyphs.size());
    qint16 xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    bool any = false;
    int maxPoints = 0, maxContours = 0;
    quint16 maxAdvance = 0;
    qint16 minLsb = 0, minRsb = 0, maxExtent = 0;
    for (quint32 glyph : glyphs) {
        GlyphData g = encode(outline(raw, glyph));
        const quint16 advance =
            quint16(qBound(qint64(0), qint64(std::llround(face.designAdvance(glyph))), qint64(65535)));
        font.advances.append(advance);
        maxAdvance = qMax(maxAdvance, advance);
        if (!g.bytes.isEmpty()) {
            if (!any) {
                xMin = g.xMin, yMin = g.yMin, xMax = g.xMax, yMax = g.yMax;
                minLsb = g.xMin;
                minRsb = qint16(advance - g.xMax);
                maxExtent = g.xMax;
            }
            any = true;
            xMin = qMin(xMin, g.xMin);
            yMin = qMin(yMin, g.yMin);
            xMax = qMax(xMax, g.xMax);
            yMax = qMax(yMax, g.yMax);
            minLsb = qMin(minLsb, g.xMin);
            minRsb = qMin(minRsb, qint16(advance - g.xMax));
            maxExtent = qMax(maxExtent, g.xMax);
            maxPoints = qMax(maxPoints, g.points);
            maxContours = qMax(maxContours, g.contours);
        }
        data.append(g);
    }
    font.bounds = QRectF(QPointF(xMin, yMin), QPointF(xMax, yMax));
    const quint16 count = quint16(glyphs.size());

    Writer glyf, loca, hmtx;
    for (int i = 0; i < data.size(); ++i) {
        loca.u32(quint32(glyf.data().size()));
        glyf.data() += data.at(i).bytes;
        glyf.pad4();
        hmtx.u16(font.advances.at(i));
        hmtx.i16(data.at(i).bytes.isEmpty() ? 0 : data.at(i).xMin);
    }
    loca.u32(quint32(glyf.data().size()));

    Writer head;
    head.u32(0x00010000);
    head.u32(0x00010000);
    head.u32(0); // checkSumAdjustment, set below
    head.u32(0x5F0F3CF5);
    head.u16(0x0003); // baseline at y = 0, left sidebearing at x = 0
    head.u16(quint16(unitsPerEm));
    head.zeros(16); // created, modified
    head.i16(xMin);
    head.i16(yMin);
    head.i16(xMax);
    head.i16(yMax);
    head.u16(0); // macStyle
    head.u16(8); // lowestRecPPEM
    head.i16(2); // fontDirectionHint
    head.i16(1); // indexToLocFormat: long offsets
    head.i16(0); // glyphDataFormat

    const double toUnits = face.unitsPerEm() / 1000.0;
    Writer hhea;
    hhea.u32(0x00010000);
    hhea.i16(qint16(std::lround(face.ascent() * toUnits)));
    hhea.i16(qint16(-std::lround(face.descent() * toUnits)));
    hhea.i16(0);
    hhea.u16(maxAdvance);
    hhea.i16(minLsb);
    hhea.i16(minRsb);
    hhea.i16(maxExtent);
    hhea.i16(1);
    hhea.i16(0);
    hhea.i16(0);
    hhea.zeros(8);
    hhea.i16(0);
    hhea.u16(count);

    Writer maxp;
    maxp.u32(0x00010000);
    maxp.u16(count);
    maxp.u16(quint16(maxPoints));
    maxp.u16(quint16(maxContours));
    maxp.u16(0);
    maxp.u16(0);
    maxp.u16(2); // maxZones
    maxp.zeros(16);

    Writer post;
    post.u32(0x00030000); // format 3: no glyph names
    post.u32(0);          // italicAngle
    post.i16(qint16(-std::lround(unitsPerEm * 0.075)));
    post.i16(qint16(std::lround(unitsPerEm * 0.05)));
    post.zeros(20);

    struct Table {
        const char* tag;
        QByteArray data;
    };
    // Sorted by tag, as the table directory must be.
    QList<Table> tables{{"glyf", glyf.data()}, {"head", head.data()}, {"hhea", hhea.data()},
                        {"hmtx", hmtx.data()}, {"loca", loca.data()}, {"maxp", maxp.data()},
                        {"post", post.data()}};
    const quint16 numTables = quint16(tables.size());
    quint16 searchRange = 1, entrySelector = 0;
    while (searchRange * 2 <= numTables) {
        searchRange *= 2;
        ++entrySelector;
    }
    searchRange *= 16;

    Writer out;
    out.u32(0x00010000);
    out.u16(numTables);
    out.u16(searchRange);
    out.u16(entrySelector);
    out.u16(quint16(numTables * 16 - searchRange));
    quint32 offset = 12 + 16 * numTables;
    qsizetype headOffset = 0;
    for (const Table& t : std::as_const(tables)) {
        out.data().append(t.tag, 4);
        out.u32(checksum(t.data));
        out.u32(offset);
        out.u32(quint32(t.data.size()));
        if (qstrcmp(t.tag, "head") == 0)
            headOffset = offset;
        offset += quint32((t.data.size() + 3) & ~3);
    }
    for (const Table& t : std::as_const(tables)) {
        out.data() += t.data;
        out.pad4();
    }
    const quint32 adjustment = 0xB1B0AFBA - checksum(out.data());
    qToBigEndian(adjustment, reinterpret_cast<uchar*>(out.data().data()) + headOffset + 8);
    font.data = out.data();
    return font;
}

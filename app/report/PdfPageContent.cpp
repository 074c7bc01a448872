#include "report/PdfPageContent.h"

#include "report/PdfSyntax.h"

#include <zlib.h>

#include <cstring>

using namespace PdfSyntax;

namespace {

// Page streams: zlib's fastest level and a small hash table. Setting up a
// deflate stream with the default table costs more than compressing a page.
constexpr int kCompression = 1;
constexpr int kMemoryLevel = 5;

// One deflate stream per thread, reset between pages.
class PageDeflater {
public:
    PageDeflater() {
        m_ok = deflateInit2(&m_z, kCompression, Z_DEFLATED, 15, kMemoryLevel, Z_DEFAULT_STRATEGY) == Z_OK;
    }
    ~PageDeflater() {
        if (m_ok)
            deflateEnd(&m_z);
    }
    PageDeflater(const PageDeflater&) = delete;
    PageDeflater& operator=(const PageDeflater&) = delete;

    // A zlib stream (what /FlateDecode reads); empty on failure.
    QByteArray deflate(const char* data, size_t size) {
        if (!m_ok || deflateReset(&m_z) != Z_OK)
            return {};
        QByteArray out(qsizetype(deflateBound(&m_z, uLong(size))), Qt::Uninitialized);
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
        m_z.avail_in = uInt(size);
        m_z.next_out = reinterpret_cast<Bytef*>(out.data());
        m_z.avail_out = uInt(out.size());
        if (::deflate(&m_z, Z_FINISH) != Z_STREAM_END)
            return {};
        out.truncate(qsizetype(m_z.total_out));
        return out;
    }

private:
    z_stream m_z{};
    bool m_ok = false;
};

// A CID as two bytes of a literal string: only ( ) \\ and line ends need escaping.
void appendCid(std::string& out, quint16 cid) {
    for (const char byte : {char(cid >> 8), char(cid & 0xff)}) {
        switch (byte) {
        case '(':
        case ')':
        case '\\':
            out += '\\';
            out += byte;
            break;
        case '\r':
            out += "\\r";
            break;
        case '\n':
            out += "\\n";
            break;
        default:
            out += byte;
        }
    }
}

} // namespace

PdfPageContent::PdfPageContent(ReportFontSet& fonts, const QList<const PdfFontResource*>& byFace,
                               const QHash<qint64, int>& images)
    : m_fonts(fonts)
    , m_byFace(byFace)
    , m_images(images) {}

QByteArray PdfPageContent::compressed(const ReportLayer& layer, double pageHeight) const {
    thread_local PageDeflater deflater;
    const std::string content = operators(layer, pageHeight);
    return deflater.deflate(content.data(), content.size());
}

std::string PdfPageContent::operators(const ReportLayer& page, double height) const {
    std::string c;
    c.reserve(size_t(4096 + page.runs.size() * 24 + page.pool.glyphs.size() * 3));
    appendGraphics(c, page, height);
    if (!page.runs.isEmpty())
        appendText(c, page, height);
    return c;
}

void PdfPageContent::appendGraphics(std::string& c, const ReportLayer& page, double height) const {
    QRgb color = 0;
    bool haveColor = false;
    for (const ReportFill& f : page.fills) {
        if (!haveColor || f.color != color) {
            appendColor(c, f.color, false);
            color = f.color;
            haveColor = true;
        }
        appendNumber(c, f.rect.left());
        appendNumber(c, height - f.rect.bottom());
        appendNumber(c, f.rect.width());
        appendNumber(c, f.rect.height());
        c += "re f\n";
    }

    for (const ReportImage& image : page.images) {
        const auto name = m_images.constFind(image.image.cacheKey());
        if (name == m_images.constEnd())
            continue;
        // The unit square scaled and moved onto the picture's rectangle.
        c += "q ";
        appendNumber(c, image.rect.width());
        c += "0 0 ";
        appendNumber(c, image.rect.height());
        appendNumber(c, image.rect.left());
        appendNumber(c, height - image.rect.bottom());
        c += "cm /Im" + std::to_string(*name) + " Do Q\n";
    }

    if (!page.strokes.isEmpty()) {
        // Strokes of one colour and width make one path: one S for all of a page's rules.
        c += "1 J 1 j\n";
        QRgb strokeColor = 0;
        bool haveStroke = false;
        float width = -1;
        bool open = false;
        for (const ReportStroke& s : page.strokes) {
            if (s.points.isEmpty())
                continue;
            if (!haveStroke || s.color != strokeColor || s.width != width) {
                if (open)
                    c += "S\n";
                open = false;
                if (!haveStroke || s.color != strokeColor)
                    appendColor(c, s.color, true);
                if (s.width != width) {
                    appendNumber(c, s.width);
                    c += "w\n";
                }
                strokeColor = s.color;
                width = s.width;
                haveStroke = true;
            }
            for (qsizetype i = 0; i < s.points.size(); ++i) {
                appendNumber(c, s.points.at(i).x());
                appendNumber(c, height - s.points.at(i).y());
                c.append(i == 0 ? "m " : "l ");
            }
            open = true;
        }
        if (open)
            c += "S\n";
    }
}

void PdfPageContent::appendText(std::string& c, const ReportLayer& page, double height) const {
    QRgb color = 0;
    bool haveColor = false;
    c += "BT\n";
    int face = -1;
    float size = -1;
    // Td moves from the start of the previous text line: track it.
    double lineX = 0;
    double lineY = 0;
    auto moveTo = [&](double x, double y) {
        appendNumber(c, x - lineX);
        appendNumber(c, y - lineY);
        c += "Td ";
        lineX = x;
        lineY = y;
    };
    const quint32* glyphs = page.pool.glyphs.data();
    const float* xs = page.pool.x.data();
    int spanRunsLeft = 0; // runs left in the open ActualText span
    for (const ReportGlyphRun& run : page.runs) {
        if (spanRunsLeft > 0 && --spanRunsLeft == 0)
            c += "EMC\n";
        if (run.actualText >= 0 && run.actualRuns > 0) {
            if (spanRunsLeft > 0)
                c += "EMC\n";
            c += "/Span << /ActualText ";
            appendTextString(c, page.pool.text.data() + run.actualText, size_t(run.actualLength));
            c += " >> BDC\n";
            spanRunsLeft = run.actualRuns;
        }
        if (run.count == 0)
            continue;
        const PdfFontResource* fo = m_byFace.at(run.face);
        if (run.face != face || run.size != size) {
            c += '/';
            c.append(fo->resourceName.constData(), size_t(fo->resourceName.size()));
            c += ' ';
            appendNumber(c, run.size);
            c += "Tf\n";
            face = run.face;
            size = run.size;
        }
        if (!haveColor || run.color != color) {
            appendColor(c, run.color, false);
            color = run.color;
            haveColor = true;
        }
        const double x0 = run.origin.x();
        const double y0 = height - run.origin.y();
        if (run.firstOffset >= 0) {
            // Marks placed off the baseline: each glyph where the shaper put it.
            for (int g = 0; g < run.count; ++g) {
                moveTo(x0 + xs[run.first + g], y0 - page.pool.yOffsets[size_t(run.firstOffset + g)]);
                c += '(';
                appendCid(c, fo->code(glyphs[run.first + g]));
                c += ") Tj\n";
            }
            continue;
        }
        moveTo(x0, y0);
        if (!run.shaped) {
            // Glyphs at their advances, as the font's widths say: one string, written in place.
            const size_t at = c.size();
            c.resize(at + 8 + size_t(run.count) * 4);
            char* p = c.data() + at;
            *p++ = '(';
            for (int g = 0; g < run.count; ++g) {
                const quint16 cid = fo->code(glyphs[run.first + g]);
                for (const char byte : {char(cid >> 8), char(cid & 0xff)}) {
                    if (byte == '(' || byte == ')' || byte == '\\') {
                        *p++ = '\\';
                        *p++ = byte;
                    } else if (byte == '\r') {
                        *p++ = '\\';
                        *p++ = 'r';
                    } else if (byte == '\n') {
                        *p++ = '\\';
                        *p++ = 'n';
                    } else {
                        *p++ = byte;
                    }
                }
            }
            std::memcpy(p, ") Tj\n", 5);
            c.resize(size_t(p + 5 - c.data()));
            continue;
        }
        // Shaped text: move each glyph to where the shaper put it when that is not its advance.
        ReportFont& font = m_fonts.face(run.face);
        const double scale = run.size / 1000.0;
        c += "[(";
        double expected = 0;
        for (int g = 0; g < run.count; ++g) {
            const quint32 glyph = glyphs[run.first + g];
            const double delta = xs[run.first + g] - expected;
            if (qAbs(delta) > 0.01) {
                c += ") ";
                appendNumber(c, -delta / scale);
                c += '(';
            }
            appendCid(c, fo->code(glyph));
            expected = xs[run.first + g] + font.advance(glyph) * scale;
        }
        c += ")] TJ\n";
    }
    if (spanRunsLeft > 0)
        c += "EMC\n";
    c += "ET\n";
}

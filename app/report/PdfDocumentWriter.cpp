#include "report/PdfDocumentWriter.h"

#include "report/TrueTypeSubset.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QFile>

#include <QThread>

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

namespace {

constexpr char kHex[] = "0123456789ABCDEF";
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

// Helpers write to a QByteArray or, for page content, to a std::string (whose += is cheaper).
template <typename Out> void appendInt(Out& out, qint64 v) {
    char buf[24];
    int n = 0;
    const bool negative = v < 0;
    quint64 u = negative ? quint64(-v) : quint64(v);
    do {
        buf[n++] = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        out += '-';
    while (n)
        out += buf[--n];
}

// A number with at most `decimals` places, trailing zeros dropped; then a space.
template <typename Out> void appendNumber(Out& out, double v, int decimals = 2) {
    const double scale = decimals == 3 ? 1000.0 : 100.0;
    qint64 n = std::llround(v * scale);
    if (n < 0) {
        out += '-';
        n = -n;
    }
    const qint64 whole = n / qint64(scale);
    qint64 frac = n % qint64(scale);
    appendInt(out, whole);
    if (frac) {
        out += '.';
        char digits[3];
        int count = decimals;
        for (int i = decimals - 1; i >= 0; --i) {
            digits[i] = char('0' + frac % 10);
            frac /= 10;
        }
        while (count > 0 && digits[count - 1] == '0')
            --count;
        out.append(digits, count);
    }
    out += ' ';
}

template <typename Out> void appendHex16(Out& out, quint32 v) {
    const char digits[4] = {kHex[(v >> 12) & 0xf], kHex[(v >> 8) & 0xf], kHex[(v >> 4) & 0xf], kHex[v & 0xf]};
    out.append(digits, 4);
}

// "g"/"G" for a grey, "rg"/"RG" otherwise.
template <typename Out> void appendColor(Out& out, QRgb color, bool stroking) {
    appendNumber(out, qRed(color) / 255.0, 3);
    if (qRed(color) == qGreen(color) && qGreen(color) == qBlue(color)) {
        out += stroking ? "G\n" : "g\n";
        return;
    }
    appendNumber(out, qGreen(color) / 255.0, 3);
    appendNumber(out, qBlue(color) / 255.0, 3);
    out += stroking ? "RG\n" : "rg\n";
}

// A text string as UTF-16BE with its byte order mark, in hex: any script, no escaping.
QByteArray textString(const QString& text) {
    QByteArray out("<FEFF");
    for (const QChar c : text)
        appendHex16(out, c.unicode());
    out.append('>');
    return out;
}

QString pdfDate(const QDateTime& when, const QTimeZone& zone) {
    const QDateTime local = when.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    QString text = QStringLiteral("D:") + local.toString(QStringLiteral("yyyyMMddHHmmss"));
    if (offset == 0)
        return text + u'Z';
    const int minutes = qAbs(offset) / 60;
    return text + QStringLiteral("%1%2'%3'")
                      .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString xmpDate(const QDateTime& when, const QTimeZone& zone) {
    const QDateTime local = when.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    QString text = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (offset == 0)
        return text + u'Z';
    const int minutes = qAbs(offset) / 60;
    return text + QStringLiteral("%1%2:%3")
                      .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QByteArray postScriptName(const ReportFont& face) {
    QByteArray name;
    for (const QString& part : {face.familyName(), face.styleName()}) {
        QByteArray clean;
        for (const QChar c : part) {
            if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                clean.append(char(c.unicode()));
        }
        if (clean.isEmpty())
            continue;
        if (!name.isEmpty())
            name.append('-');
        name.append(clean);
    }
    return name.isEmpty() ? QByteArray("Font") : name;
}

QByteArray srgbProfile() {
    // Qt ships the sRGB profile its own PDF/A output uses; else Qt builds one.
    QFile file(QStringLiteral(":/qpdf/sRGB2014.icc"));
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    return QColorSpace(QColorSpace::SRgb).iccProfile();
}

} // namespace

struct PdfDocumentWriter::FaceObjects {
    quint16 cid(quint32 glyph) const { return glyph < toCid.size() ? toCid[glyph] : 0; }
    int face = 0;
    int firstObject = 0;        // Type0; then CIDFont, descriptor, font file, ToUnicode, CIDSet
    QList<quint32> glyphs;      // CID -> glyph id of the face
    std::vector<quint16> toCid; // glyph id -> CID
    QByteArray resourceName;    // "F3"
};

PdfDocumentWriter::PdfDocumentWriter(ReportFontSet& fonts)
    : m_fonts(fonts) {}

void PdfDocumentWriter::beginObject(int number) {
    if (m_offsets.size() <= number)
        m_offsets.resize(number + 1);
    m_offsets[number] = m_out->size();
    appendInt(*m_out, number);
    m_out->append(" 0 obj\n");
}

void PdfDocumentWriter::writeStream(const QByteArray& dictionaryExtra, const QByteArray& data,
                                    bool compress) {
    QByteArray body;
    if (compress) {
        body = qCompress(data, 6); // fonts and profiles: small, written once
        body.remove(0, 4);         // qCompress's length prefix; the rest is a zlib stream
    }
    const QByteArray& bytes = compress ? body : data;
    m_out->append("<< /Length ");
    appendInt(*m_out, bytes.size());
    if (compress)
        m_out->append(" /Filter /FlateDecode");
    m_out->append(' ');
    m_out->append(dictionaryExtra);
    m_out->append(">>\nstream\n");
    m_out->append(bytes);
    m_out->append("\nendstream\nendobj\n");
}

namespace {

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

QByteArray PdfDocumentWriter::compressedContent(const ReportLayer& layer, double pageHeight,
                                                const QList<FaceObjects*>& faces) const {
    thread_local PageDeflater deflater;
    const std::string content = pageContent(layer, pageHeight, faces);
    return deflater.deflate(content.data(), content.size());
}

std::string PdfDocumentWriter::pageContent(const ReportLayer& page, double height,
                                           const QList<FaceObjects*>& faces) const {
    std::string c;
    c.reserve(size_t(4096 + page.runs.size() * 24 + page.pool.glyphs.size() * 3));

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

    if (page.runs.isEmpty())
        return c;
    c += "BT\n";
    int face = -1;
    float size = -1;
    haveColor = false;
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
    for (const ReportGlyphRun& run : page.runs) {
        if (run.count == 0)
            continue;
        const FaceObjects* fo = faces.at(run.face);
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
                appendCid(c, fo->cid(glyphs[run.first + g]));
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
                const quint16 cid = fo->cid(glyphs[run.first + g]);
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
            appendCid(c, fo->cid(glyph));
            expected = xs[run.first + g] + font.advance(glyph) * scale;
        }
        c += ")] TJ\n";
    }
    c += "ET\n";
    return c;
}

void PdfDocumentWriter::writeFont(FaceObjects& fo) {
    const ReportFont& face = m_fonts.face(fo.face);
    const TrueTypeSubset::Font program = TrueTypeSubset::build(face, fo.glyphs);
    const double toGlyphSpace = 1000.0 / face.unitsPerEm();

    // A subset's name carries a tag of six capitals, derived from what it holds.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(postScriptName(face));
    for (quint32 g : std::as_const(fo.glyphs))
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(&g), sizeof g));
    const QByteArray digest = hash.result();
    QByteArray name;
    for (int i = 0; i < 6; ++i)
        name.append(char('A' + quint8(digest.at(i)) % 26));
    name += '+' + postScriptName(face);

    const int type0 = fo.firstObject;
    const int cidFont = type0 + 1;
    const int descriptor = type0 + 2;
    const int fontFile = type0 + 3;
    const int toUnicode = type0 + 4;
    const int cidSet = type0 + 5;

    beginObject(type0);
    m_out->append("<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
                  " /Encoding /Identity-H /DescendantFonts [");
    appendInt(*m_out, cidFont);
    m_out->append(" 0 R] /ToUnicode ");
    appendInt(*m_out, toUnicode);
    m_out->append(" 0 R >>\nendobj\n");

    beginObject(cidFont);
    m_out->append(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ");
    appendInt(*m_out, descriptor);
    m_out->append(" 0 R /CIDToGIDMap /Identity /DW 1000 /W [0 [");
    // The widths the layout used: the font's advances, rounded to thousandths of the em.
    for (quint32 g : std::as_const(fo.glyphs))
        appendNumber(*m_out, m_fonts.face(fo.face).advance(g));
    m_out->append("]] >>\nendobj\n");

    beginObject(descriptor);
    m_out->append("<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [");
    appendNumber(*m_out, std::floor(program.bounds.left() * toGlyphSpace));
    appendNumber(*m_out, std::floor(program.bounds.top() * toGlyphSpace));
    appendNumber(*m_out, std::ceil(program.bounds.right() * toGlyphSpace));
    appendNumber(*m_out, std::ceil(program.bounds.bottom() * toGlyphSpace));
    m_out->append("] /ItalicAngle 0 /Ascent ");
    appendNumber(*m_out, std::round(face.ascent()));
    m_out->append("/Descent ");
    appendNumber(*m_out, -std::round(face.descent()));
    m_out->append("/CapHeight ");
    appendNumber(*m_out, std::round(face.capHeight()));
    m_out->append("/StemV 80 /FontFile2 ");
    appendInt(*m_out, fontFile);
    m_out->append(" 0 R /CIDSet ");
    appendInt(*m_out, cidSet);
    m_out->append(" 0 R >>\nendobj\n");

    beginObject(fontFile);
    QByteArray length1("/Length1 ");
    appendInt(length1, program.data.size());
    length1.append(' ');
    writeStream(length1, program.data, true);

    // ToUnicode: each CID back to the characters it was drawn for.
    QByteArray cmap("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    QList<QPair<quint16, QString>> mappings;
    const QHash<quint32, QString>& used = face.usedGlyphs();
    for (int cid = 0; cid < fo.glyphs.size(); ++cid) {
        const QString text = used.value(fo.glyphs.at(cid));
        if (!text.isEmpty())
            mappings.append({quint16(cid), text});
    }
    for (qsizetype i = 0; i < mappings.size(); i += 100) {
        const qsizetype n = qMin<qsizetype>(100, mappings.size() - i);
        appendInt(cmap, n);
        cmap.append(" beginbfchar\n");
        for (qsizetype j = i; j < i + n; ++j) {
            cmap.append('<');
            appendHex16(cmap, mappings.at(j).first);
            cmap.append("> <");
            for (const QChar ch : mappings.at(j).second)
                appendHex16(cmap, ch.unicode());
            cmap.append(">\n");
        }
        cmap.append("endbfchar\n");
    }
    cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    beginObject(toUnicode);
    writeStream(QByteArray(), cmap, true);

    // CIDSet: every CID of the subset is present.
    QByteArray bits((fo.glyphs.size() + 7) / 8, '\0');
    for (int cid = 0; cid < fo.glyphs.size(); ++cid)
        bits[cid / 8] = char(quint8(bits.at(cid / 8)) | (0x80 >> (cid % 8)));
    beginObject(cidSet);
    writeStream(QByteArray(), bits, true);
}

QByteArray PdfDocumentWriter::xmp(const Info& info) const {
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped().toUtf8();
    };
    const QByteArray date = xmpDate(info.created, info.timeZone).toUtf8();
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
         "   <dc:format>application/pdf</dc:format>\n"
         "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    x += esc(info.title);
    x += "</rdf:li></rdf:Alt></dc:title>\n"
         "   <dc:creator><rdf:Seq><rdf:li>";
    x += esc(info.author);
    x += "</rdf:li></rdf:Seq></dc:creator>\n"
         "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">";
    x += esc(info.subject);
    x += "</rdf:li></rdf:Alt></dc:description>\n"
         "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
         "   <pdf:Keywords>";
    x += esc(info.keywords);
    x += "</pdf:Keywords>\n   <pdf:Producer>";
    x += esc(info.producer);
    x += "</pdf:Producer>\n"
         "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
         "   <xmp:CreatorTool>";
    x += esc(info.creator);
    x += "</xmp:CreatorTool>\n   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n   <xmp:ModifyDate>" + date +
         "</xmp:ModifyDate>\n   <xmp:MetadataDate>" + date +
         "</xmp:MetadataDate>\n"
         "  </rdf:Description>\n"
         "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
         "   <pdfaid:part>1</pdfaid:part>\n"
         "   <pdfaid:conformance>B</pdfaid:conformance>\n"
         "  </rdf:Description>\n"
         " </rdf:RDF>\n"
         "</x:xmpmeta>\n";
    // Room to edit the packet in place, as the XMP specification suggests.
    for (int i = 0; i < 20; ++i)
        x += QByteArray(99, ' ') + '\n';
    x += "<?xpacket end=\"w\"?>";
    return x;
}

bool PdfDocumentWriter::write(QList<ReportPage>& pages, const std::function<Info()>& finish,
                              ReportProgressMeter& meter, QByteArray& out) {
    m_out = &out;
    m_offsets.clear();
    out.clear();

    // Faces drawn, with the glyphs each needs in CID order (glyph 0 first).
    std::vector<bool> drawn(size_t(m_fonts.faceCount()), false);
    for (const ReportPage& page : pages) {
        for (const ReportGlyphRun& run : page.body.runs)
            drawn[size_t(run.face)] = drawn[size_t(run.face)] || run.count > 0;
    }
    // Overlays hold footers in the regular and monospaced faces; they are laid out later.
    drawn[size_t(m_fonts.primaryFace(ReportFontSet::Regular))] = true;
    drawn[size_t(m_fonts.primaryFace(ReportFontSet::Mono))] = true;
    enum : int {
        InfoObj = 1,
        CatalogObj,
        MetadataObj,
        IntentObj,
        ProfileObj,
        PagesObj,
        ResourcesObj,
        FirstPageObj
    };
    const int pageCount = int(pages.size());
    // Per page: the page, its body's content stream, its overlay's.
    int next = FirstPageObj + 3 * pageCount;
    std::vector<FaceObjects> faceObjects(size_t(m_fonts.faceCount()));
    QList<FaceObjects*> byFace(m_fonts.faceCount(), nullptr);
    for (int f = 0; f < m_fonts.faceCount(); ++f) {
        if (!drawn[size_t(f)])
            continue;
        FaceObjects& fo = faceObjects[size_t(f)];
        fo.face = f;
        fo.firstObject = next;
        next += 6;
        fo.resourceName = "F" + QByteArray::number(f);
        const QHash<quint32, QString>& used = m_fonts.face(f).usedGlyphs();
        fo.glyphs = used.keys();
        std::sort(fo.glyphs.begin(), fo.glyphs.end());
        fo.toCid.assign(size_t(fo.glyphs.constLast()) + 1, 0);
        for (int cid = 0; cid < fo.glyphs.size(); ++cid)
            fo.toCid[fo.glyphs.at(cid)] = quint16(cid);
        byFace[f] = &fo;
        for (quint32 g : std::as_const(fo.glyphs))
            m_fonts.face(f).advance(g); // warm the cache: the page threads only read it
    }
    const int objectCount = next;

    out.reserve(64 * 1024 + pageCount * 12 * 1024);
    out.append("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");

    beginObject(CatalogObj);
    out.append("<< /Type /Catalog /Pages ");
    appendInt(out, PagesObj);
    out.append(" 0 R /Metadata ");
    appendInt(out, MetadataObj);
    out.append(" 0 R /OutputIntents [");
    appendInt(out, IntentObj);
    out.append(" 0 R] /PageLayout /OneColumn >>\nendobj\n");

    beginObject(IntentObj);
    out.append("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
               "/Info (sRGB IEC61966-2.1) /DestOutputProfile ");
    appendInt(out, ProfileObj);
    out.append(" 0 R >>\nendobj\n");

    beginObject(ProfileObj);
    writeStream("/N 3 ", srgbProfile(), true);

    beginObject(PagesObj);
    out.append("<< /Type /Pages /Count ");
    appendInt(out, pageCount);
    out.append(" /Kids [");
    for (int i = 0; i < pageCount; ++i) {
        appendInt(out, FirstPageObj + 3 * i);
        out.append(" 0 R ");
    }
    out.append("] >>\nendobj\n");

    beginObject(ResourcesObj);
    out.append("<< /ProcSet [/PDF /Text] /Font << ");
    for (const FaceObjects* fo : std::as_const(byFace)) {
        if (!fo)
            continue;
        out.append('/' + fo->resourceName + ' ');
        appendInt(out, fo->firstObject);
        out.append(" 0 R ");
    }
    out.append(">> >>\nendobj\n");

    // Page streams are independent: build and compress them on every core,
    // while the caller finishes the overlays (waiting for the content digest).
    // The font caches are only read from here on (advances were warmed above).
    std::vector<QByteArray> bodies(static_cast<size_t>(pageCount));
    std::atomic<int> nextPage{0};
    std::atomic<int> unitsDone{0};
    std::atomic<bool> cancelled{false};
    auto work = [&] {
        for (int i = nextPage++; i < pageCount && !cancelled; i = nextPage++) {
            bodies[size_t(i)] = compressedContent(pages.at(i).body, pages.at(i).size.height(), byFace);
            unitsDone += pages.at(i).units;
        }
    };
    const int helpers = qBound(1, QThread::idealThreadCount() - 1, 3);
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back(work);
    const Info info = finish();
    int reported = 0;
    for (int i = nextPage++; i < pageCount && !cancelled; i = nextPage++) {
        bodies[size_t(i)] = compressedContent(pages.at(i).body, pages.at(i).size.height(), byFace);
        unitsDone += pages.at(i).units;
        const int done = unitsDone;
        if (!meter.advance(done - reported))
            cancelled = true;
        reported = done;
    }
    for (std::thread& t : threads)
        t.join();
    if (cancelled)
        return false;
    meter.advance(unitsDone - reported);

    for (int i = 0; i < pageCount; ++i) {
        const ReportPage& page = pages.at(i);
        const int pageObject = FirstPageObj + 3 * i;
        beginObject(pageObject);
        out.append("<< /Type /Page /Parent ");
        appendInt(out, PagesObj);
        out.append(" 0 R /MediaBox [0 0 ");
        appendNumber(out, page.size.width());
        appendNumber(out, page.size.height());
        out.append("] /Resources ");
        appendInt(out, ResourcesObj);
        out.append(" 0 R /Contents [");
        appendInt(out, pageObject + 1);
        out.append(" 0 R ");
        appendInt(out, pageObject + 2);
        out.append(" 0 R] >>\nendobj\n");
        for (int layer = 0; layer < 2; ++layer) {
            const QByteArray stream =
                layer == 0 ? bodies[size_t(i)] : compressedContent(page.overlay, page.size.height(), byFace);
            beginObject(pageObject + 1 + layer);
            out.append("<< /Length ");
            appendInt(out, stream.size());
            out.append(" /Filter /FlateDecode >>\nstream\n");
            out.append(stream);
            out.append("\nendstream\nendobj\n");
        }
        bodies[size_t(i)] = QByteArray();
    }

    for (FaceObjects& fo : faceObjects) {
        if (fo.firstObject)
            writeFont(fo);
    }

    beginObject(InfoObj);
    out.append("<< /Title " + textString(info.title) + " /Author " + textString(info.author) + " /Subject " +
               textString(info.subject) + " /Keywords " + textString(info.keywords) + " /Creator " +
               textString(info.creator) + " /Producer " + textString(info.producer) + " /CreationDate (" +
               pdfDate(info.created, info.timeZone).toLatin1() + ") /ModDate (" +
               pdfDate(info.created, info.timeZone).toLatin1() + ") >>\nendobj\n");

    beginObject(MetadataObj);
    writeStream("/Type /Metadata /Subtype /XML ", xmp(info), false); // PDF/A: metadata is never filtered

    const qint64 xref = out.size();
    out.append("xref\n0 ");
    appendInt(out, objectCount);
    out.append("\n0000000000 65535 f \n");
    for (int i = 1; i < objectCount; ++i) {
        const QByteArray offset = QByteArray::number(m_offsets.value(i)).rightJustified(10, '0');
        out.append(offset + " 00000 n \n");
    }
    const QByteArray id = QCryptographicHash::hash(QByteArray(info.title.toUtf8() +
                                                              xmpDate(info.created, info.timeZone).toUtf8() +
                                                              QByteArray::number(out.size())),
                                                   QCryptographicHash::Md5)
                              .toHex()
                              .toUpper();
    out.append("trailer\n<< /Size ");
    appendInt(out, objectCount);
    out.append(" /Root ");
    appendInt(out, CatalogObj);
    out.append(" 0 R /Info ");
    appendInt(out, InfoObj);
    out.append(" 0 R /ID [<" + id + "> <" + id + ">] >>\nstartxref\n");
    appendInt(out, xref);
    out.append("\n%%EOF\n");
    m_out = nullptr;
    return meter.finish();
}

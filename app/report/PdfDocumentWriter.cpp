#include "report/PdfDocumentWriter.h"

#include "report/PdfFontEmbedder.h"
#include "report/PdfObjects.h"
#include "report/PdfPageContent.h"
#include "report/PdfSyntax.h"

#include <QColorSpace>
#include <QCryptographicHash>
#include <QFile>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

using namespace PdfSyntax;

namespace {

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

// An opaque picture's samples, row after row, three bytes a pixel (no row padding).
QByteArray rgbSamples(const QImage& picture) {
    const QImage rgb = picture.convertToFormat(QImage::Format_RGB888);
    const qsizetype row = qsizetype(rgb.width()) * 3;
    QByteArray samples;
    samples.reserve(row * rgb.height());
    for (int y = 0; y < rgb.height(); ++y)
        samples.append(reinterpret_cast<const char*>(rgb.constScanLine(y)), row);
    return samples;
}

QByteArray srgbProfile() {
    // Qt ships the sRGB profile its own PDF/A output uses; else Qt builds one.
    QFile file(QStringLiteral(":/qpdf/sRGB2014.icc"));
    if (file.open(QIODevice::ReadOnly))
        return file.readAll();
    return QColorSpace(QColorSpace::SRgb).iccProfile();
}

} // namespace

PdfDocumentWriter::PdfDocumentWriter(ReportFontSet& fonts)
    : m_fonts(fonts) {}

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
    out.clear();
    m_error.clear();
    PdfObjects objects(out);

    // Faces drawn: each is embedded as a subset of the glyphs its layout used.
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
    PdfFontEmbedder fonts(m_fonts);
    for (int f = 0; f < m_fonts.faceCount(); ++f) {
        if (!drawn[size_t(f)])
            continue;
        if (!fonts.add(f, next)) {
            m_error = fonts.error();
            return false;
        }
        next += PdfFontEmbedder::kObjectsPerFace;
    }
    // Pictures (thumbnails), each written once however often it is drawn.
    QHash<qint64, int> imageNumbers; // by QImage::cacheKey(): n of /Im<n>
    QList<QImage> images;
    for (const ReportPage& page : pages) {
        for (const ReportLayer* layer : {&page.body, &page.overlay}) {
            for (const ReportImage& image : layer->images) {
                if (!image.image.isNull() && !imageNumbers.contains(image.image.cacheKey())) {
                    imageNumbers.insert(image.image.cacheKey(), int(images.size()));
                    images.append(image.image);
                }
            }
        }
    }
    const int firstImageObj = next;
    next += int(images.size());
    const QList<const PdfFontResource*>& byFace = fonts.byFace();
    const PdfPageContent content(m_fonts, byFace, imageNumbers);
    const int formFontObj = m_sealable ? next : 0; // two of them
    next += m_sealable ? 2 : 0;
    const int formObj = m_sealable ? next++ : 0;
    const int objectCount = next;

    out.reserve(64 * 1024 + pageCount * 12 * 1024);
    out.append("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");

    objects.begin(CatalogObj);
    out.append("<< /Type /Catalog /Pages ");
    appendInt(out, PagesObj);
    out.append(" 0 R /Metadata ");
    appendInt(out, MetadataObj);
    out.append(" 0 R /OutputIntents [");
    appendInt(out, IntentObj);
    out.append(" 0 R] /PageLayout /OneColumn");
    if (m_sealable) {
        out.append(" /AcroForm ");
        appendInt(out, formObj);
        out.append(" 0 R");
    }
    out.append(" >>\nendobj\n");

    objects.begin(IntentObj);
    out.append("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
               "/Info (sRGB IEC61966-2.1) /DestOutputProfile ");
    appendInt(out, ProfileObj);
    out.append(" 0 R >>\nendobj\n");

    objects.begin(ProfileObj);
    objects.stream("/N 3 ", srgbProfile(), true);

    objects.begin(PagesObj);
    out.append("<< /Type /Pages /Count ");
    appendInt(out, pageCount);
    out.append(" /Kids [");
    for (int i = 0; i < pageCount; ++i) {
        appendInt(out, FirstPageObj + 3 * i);
        out.append(" 0 R ");
    }
    out.append("] >>\nendobj\n");

    objects.begin(ResourcesObj);
    out.append(images.isEmpty() ? "<< /ProcSet [/PDF /Text] /Font << "
                                : "<< /ProcSet [/PDF /Text /ImageC] /Font << ");
    for (const PdfFontResource* fo : byFace) {
        if (!fo)
            continue;
        out.append('/' + fo->resourceName + ' ');
        appendInt(out, fo->firstObject);
        out.append(" 0 R ");
    }
    out.append(">> ");
    if (!images.isEmpty()) {
        out.append("/XObject << ");
        for (int i = 0; i < images.size(); ++i) {
            out.append("/Im");
            appendInt(out, i);
            out.append(' ');
            appendInt(out, firstImageObj + i);
            out.append(" 0 R ");
        }
        out.append(">> ");
    }
    out.append(">>\nendobj\n");

    // Page streams are independent: build and compress them on every core,
    // while the caller finishes the overlays (waiting for the content digest).
    // The font caches are only read from here on (advances were warmed above).
    std::vector<QByteArray> bodies(static_cast<size_t>(pageCount));
    std::atomic<int> nextPage{0};
    std::atomic<int> unitsDone{0};
    std::atomic<bool> cancelled{false};
    auto work = [&] {
        for (int i = nextPage++; i < pageCount && !cancelled; i = nextPage++) {
            bodies[size_t(i)] = content.compressed(pages.at(i).body, pages.at(i).size.height());
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
        bodies[size_t(i)] = content.compressed(pages.at(i).body, pages.at(i).size.height());
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
        objects.begin(pageObject);
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
                layer == 0 ? bodies[size_t(i)] : content.compressed(page.overlay, page.size.height());
            objects.begin(pageObject + 1 + layer);
            out.append("<< /Length ");
            appendInt(out, stream.size());
            out.append(" /Filter /FlateDecode >>\nstream\n");
            out.append(stream);
            out.append("\nendstream\nendobj\n");
        }
        bodies[size_t(i)] = QByteArray();
    }

    fonts.write(objects);

    // PDF/A-1: no soft mask and no /Interpolate true; ReportThumbnail made them opaque.
    for (int i = 0; i < images.size(); ++i) {
        const QImage& image = images.at(i);
        QByteArray dictionary = "/Type /XObject /Subtype /Image /Width ";
        appendInt(dictionary, image.width());
        dictionary.append(" /Height ");
        appendInt(dictionary, image.height());
        dictionary.append(" /ColorSpace /DeviceRGB /BitsPerComponent 8 ");
        objects.begin(firstImageObj + i);
        objects.stream(dictionary, rgbSamples(image), true);
    }

    if (m_sealable) {
        // The regular face's Type0 dictionary again, under the names poppler
        // searches the form's resources for before it signs: "Helvetica "
        // (family, a space, an empty style) in 22.12, "Helvetica" later. Its
        // CIDFont, font program and ToUnicode are shared: it costs a line.
        const PdfFontResource* regular = byFace.at(m_fonts.primaryFace(ReportFontSet::Regular));
        for (int i = 0; i < 2; ++i) {
            objects.begin(formFontObj + i);
            out.append(i == 0 ? "<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica#20"
                              : "<< /Type /Font /Subtype /Type0 /BaseFont /Helvetica");
            out.append(" /Encoding /Identity-H /DescendantFonts [");
            appendInt(out, regular->firstObject + 1);
            out.append(" 0 R] /ToUnicode ");
            appendInt(out, regular->firstObject + 4);
            out.append(" 0 R >>\nendobj\n");
        }
        objects.begin(formObj);
        out.append("<< /Fields [] /DR << /Font << /popplerfont0 ");
        appendInt(out, formFontObj);
        out.append(" 0 R /popplerfont1 ");
        appendInt(out, formFontObj + 1);
        out.append(" 0 R >> >> /DA (/popplerfont0 0 Tf 0 g) >>\nendobj\n");
    }

    objects.begin(InfoObj);
    out.append("<< /Title " + textString(info.title) + " /Author " + textString(info.author) + " /Subject " +
               textString(info.subject) + " /Keywords " + textString(info.keywords) + " /Creator " +
               textString(info.creator) + " /Producer " + textString(info.producer) + " /CreationDate (" +
               pdfDate(info.created, info.timeZone).toLatin1() + ") /ModDate (" +
               pdfDate(info.created, info.timeZone).toLatin1() + ") >>\nendobj\n");

    objects.begin(MetadataObj);
    objects.stream("/Type /Metadata /Subtype /XML ", xmp(info), false); // PDF/A: metadata is never filtered

    const qint64 xref = out.size();
    out.append("xref\n0 ");
    appendInt(out, objectCount);
    out.append("\n0000000000 65535 f \n");
    for (int i = 1; i < objectCount; ++i) {
        const QByteArray offset = QByteArray::number(objects.offset(i)).rightJustified(10, '0');
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
    return meter.finish();
}

#pragma once

#include "report/ReportFontSet.h"
#include "report/ReportPage.h"
#include "report/ReportProgressMeter.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

// Writes laid-out pages as a PDF/A-1b file, directly: content streams with
// whole strings per text run (PdfPageContent), every font embedded as an
// hb-subset subset (PdfFontEmbedder: CID TrueType or CID Type 0C, Identity-H)
// with its widths and a ToUnicode map so the text comes back, an sRGB
// output intent, and the document information
// dictionary matched by XMP metadata that claims pdfaid:part 1,
// conformance B. No transparency, no encryption, one revision.
//
// Qt's QPdfWriter writes every glyph with its own positioning operator and
// reshapes every string while painting; for a 10,000-item record that costs
// seconds. This writer costs a small fraction of that, which is what lets
// `countersign-cli export --pdf` beat a spreadsheet's PDF export tenfold.
class PdfDocumentWriter {
public:
    struct Info {
        QString title;
        QString author;
        QString subject;
        QString keywords;
        QString creator;
        QString producer;
        QDateTime created; // printed with its UTC offset in timeZone
        QTimeZone timeZone = QTimeZone::utc();
    };

    explicit PdfDocumentWriter(ReportFontSet& fonts);

    // Prepares the file for a seal (PdfSealer): an empty form whose default
    // resources hold the font poppler 22.12 looks for before it signs
    // ("popplerfontN" named Helvetica). Without it poppler embeds a whole
    // system font, hundreds of kilobytes that differ per machine; with it,
    // the form reuses the regular face already embedded, under that name.
    // Measured (docs/PERFORMANCE.md, "The seal's size"): +483 KB without,
    // +7.5 KB with, for a 47 KB report.
    void setSealable(bool sealable) { m_sealable = sealable; }

    // The whole file. False when the meter reports cancel (one step per page)
    // or a font cannot be embedded (then error() says which).
    // finish is called while page bodies are being compressed on other
    // threads: it fills the pages' overlays and returns the document's
    // information. Overlays may use only glyphs the bodies' layout already met.
    bool write(QList<ReportPage>& pages, const std::function<Info()>& finish, ReportProgressMeter& meter,
               QByteArray& out);
    // Why the last write() failed when it was not cancelled; empty otherwise.
    QString error() const { return m_error; }

private:
    QByteArray xmp(const Info& info) const;

    ReportFontSet& m_fonts;
    QString m_error;
    bool m_sealable = false;
};

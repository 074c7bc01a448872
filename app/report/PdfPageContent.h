#pragma once

#include "report/PdfFontEmbedder.h"
#include "report/ReportFontSet.h"
#include "report/ReportPage.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <string>

// A page layer's content stream: fills, then pictures (image XObjects named
// /Im<n>, n from the writer's numbering by QImage::cacheKey), then rules and signatures as one
// path per colour and width, then text as whole strings per run (one Tj, or
// a TJ with the shaper's adjustments). A shaped line's runs sit in a marked
// span whose ActualText is the line's text in reading order. Safe to call
// from several threads at once: it only reads the fonts' caches.
class PdfPageContent {
public:
    // images: each picture's resource number by its QImage::cacheKey().
    PdfPageContent(ReportFontSet& fonts, const QList<const PdfFontResource*>& byFace,
                   const QHash<qint64, int>& images);

    std::string operators(const ReportLayer& layer, double pageHeight) const;
    // The same, deflated for /FlateDecode with one zlib stream per thread.
    QByteArray compressed(const ReportLayer& layer, double pageHeight) const;

private:
    void appendGraphics(std::string& c, const ReportLayer& layer, double height) const;
    void appendText(std::string& c, const ReportLayer& layer, double height) const;

    ReportFontSet& m_fonts; // advances are read from the caches, warmed before the threads start
    const QList<const PdfFontResource*>& m_byFace;
    const QHash<qint64, int>& m_images;
};

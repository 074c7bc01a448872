#pragma once

// What poppler's tools say about a PDF file, for comparing two writers'
// output beside their times: its size and pages (pdfinfo), how its fonts are
// embedded (pdffonts) and the text a reader copies out of it (pdftotext).

#include <QString>

struct PdfFileFacts {
    qint64 bytes = -1;
    int pages = 0;
    QString version; // "PDF version" of pdfinfo
    int fonts = 0;
    int embedded = 0; // "emb" yes
    // "sub" yes: the name carries a subset tag ("ABCDEF+"). pdffonts reads only
    // the tag, so a subset without one (QPdfWriter writes those) shows "no".
    int subsets = 0;
    int toUnicode = 0;  // "uni" yes: text can be copied and searched
    QString fontTypes;  // the distinct types, comma-separated ("CID TrueType, Type 3")
    QString fontsTable; // pdffonts' own output
    QString text;       // pdftotext, whitespace collapsed to single spaces

    static PdfFileFacts of(const QString& path);
    // "4 fonts, all embedded, 4 subsets, 4 with ToUnicode (CID TrueType)"
    QString fontSummary() const;
    // Whether two files give back the same text; else where they first differ.
    static QString compareText(const PdfFileFacts& a, const PdfFileFacts& b);
};

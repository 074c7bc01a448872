#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QRgb>
#include <QSizeF>

#include <string>
#include <vector>

// One laid-out page of a report as a display list, in points (1/72 inch) from
// the top-left corner of the paper, y growing down. The layout pass fills it
// once; the PDF writer and the QPainter painter both read it, so the paper,
// the preview and the exported file show the same lines at the same places.

// Glyphs of one font at one size on one baseline: a range of the owner's
// glyph pool (a page's or a line's). Glyph ids are those of the face's font
// (ReportFontSet::face(face)); x offsets are from the origin, in points. Each
// glyph id stands for the characters recorded with the face, so the PDF's
// text comes back when it is copied or searched.
struct ReportGlyphRun {
    int face = 0;
    float size = 0; // points
    QPointF origin; // the baseline start
    QRgb color = 0xff000000;
    int first = 0; // into the pool
    int count = 0;
    int firstOffset = -1; // into the pool's y offsets (marks placed above a base), or -1: all on the baseline
    bool shaped = false;  // positions from a shaper: kerning, marks, right-to-left
    // A shaped line's glyphs do not say their text in reading order (reordered
    // runs, ligatures, vowel signs drawn before their consonant): its first run
    // carries the line's text, into the pool's text, for the runs of the line.
    int actualText = -1; // into the pool's text, or -1
    int actualLength = 0;
    int actualRuns = 0; // runs the text stands for, this one included
};

// Glyph ids, x offsets and y offsets that runs index into; the text of shaped lines.
struct ReportGlyphPool {
    std::vector<quint32> glyphs;
    std::vector<float> x;
    std::vector<float> yOffsets;
    std::u16string text;
};

// A solid fill (table header and group row shading). Never translucent: PDF/A-1 forbids it.
struct ReportFill {
    QRectF rect;
    QRgb color = 0xffffffff;
};

// A straight rule or a drawn signature stroke: a polyline with round caps and joins.
struct ReportStroke {
    QList<QPointF> points;
    float width = 0.5f;
    QRgb color = 0xff000000;
};

// A picture (an image attachment's thumbnail) scaled into rect. Opaque 8-bit
// RGB only (ReportThumbnail makes them): PDF/A-1 forbids soft masks, so
// transparency is flattened onto white before it gets here.
struct ReportImage {
    QRectF rect;
    QImage image; // QImage::Format_RGB888; implicitly shared: drawn twice, written once
};

// What is drawn on a page: fills first, then pictures, rules and signatures, then text.
struct ReportLayer {
    QList<ReportFill> fills;
    QList<ReportImage> images;
    QList<ReportStroke> strokes;
    QList<ReportGlyphRun> runs;
    ReportGlyphPool pool;
    bool isEmpty() const {
        return fills.isEmpty() && images.isEmpty() && strokes.isEmpty() && runs.isEmpty();
    }
};

struct ReportPage {
    QSizeF size; // the paper, in points
    ReportLayer body;
    // What is known only once every page is laid out: "Page N of M", the
    // content digest, the sign-off state on page one. The PDF writer
    // compresses bodies while the digest is still being computed.
    ReportLayer overlay;
    int units = 0; // layout steps (rows) on this page, for progress while painting
};

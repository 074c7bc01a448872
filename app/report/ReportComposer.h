#pragma once

#include "core/Checklist.h"
#include "report/ReportFontSet.h"
#include "report/ReportOptions.h"
#include "report/ReportPage.h"
#include "report/ReportProgressMeter.h"
#include "report/ReportTextLayout.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QSizeF>

#include <QHash>

#include <functional>
#include <future>
#include <vector>

// The layout pass: turns a record, its audit trail and the options into
// pages of positioned glyphs, fills and strokes. Paginates itself: tables
// repeat their header on every page they run over, a row moves whole to the
// next page unless it alone is taller than a page, headings keep with what
// follows, and every page gets its footer ("Page N of M") once the number of
// pages is known.
class ReportComposer {
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    struct Geometry {
        QSizeF paper;      // points
        QMarginsF margins; // points
    };

    // digest: the record's content digest, computed beside the layout (see ReportRenderer).
    ReportComposer(const Record& record, const QList<AuditEntry>& auditTrail, const ReportOptions& options,
                   ReportFontSet& fonts, std::shared_future<QString> digest);
    ~ReportComposer();

    // Steps of the layout pass: a progress bar's total is twice this (layout, then painting).
    int units() const { return unitsFor(m_record, m_audit, m_options); }
    static int unitsFor(const Record& record, const QList<AuditEntry>& auditTrail,
                        const ReportOptions& options);
    // The record's content digest; waits for it.
    const QString& digest() const;
    // Lays out the pages' bodies. False when the meter reports that the caller cancelled.
    bool compose(const Geometry& geometry, ReportProgressMeter& meter, QList<ReportPage>& pages);
    // Adds the overlays: footers with "Page N of M" and the digest, the sign-off sentence on page one.
    void finish(QList<ReportPage>& pages);

private:
    struct Cell {
        ReportTextBlock text;
        Qt::Alignment align = Qt::AlignLeft;
        const SignatureEntry* signature = nullptr; // drawn in the cell: strokes or the typed name
        bool signatureLine = false;                // the line a signature stands on
        float minHeight = 0;
        void clear();
    };
    struct Column {
        QString title;
        float width = 0;
        Qt::Alignment align = Qt::AlignLeft;
    };
    using Row = std::vector<Cell>;
    enum class RowStyle { Normal, Total, Muted };
    // Lines of a short text that repeats (a status word, a name): laid out once.
    struct LineKey {
        QString text;
        int role = 0;
        float size = 0;
        float width = 0;
        QRgb color = 0;
        bool operator==(const LineKey& o) const {
            return role == o.role && size == o.size && width == o.width && color == o.color && text == o.text;
        }
        friend size_t qHash(const LineKey& k, size_t seed = 0) {
            return qHashMulti(seed, k.text, k.role, k.size, k.width, k.color);
        }
    };
    const ReportTextBlock& repeated(const QString& text, ReportFontSet::Role role, float size, float width,
                                    QRgb color);
    // The row the hot paths fill: its cells keep their memory from row to row.
    Row& scratchRow(int cells);

    // Pages and flow
    void newPage();
    float contentBottom() const { return m_bottom; }
    void ensureSpace(float height);
    void place(const ReportTextBlock& block, int line, float x, float baseline);
    void rule(float x1, float y, float x2, float width, QRgb color);
    void fill(const QRectF& rect, QRgb color);
    float paragraph(const QList<ReportSpan>& spans, float size, QRgb color, float indent = 0,
                    float firstIndent = 0);
    void heading(const QString& text, float size, float spaceBefore);
    void addFooters(QList<ReportPage>& pages);
    void addRunningHeader();

    // Tables
    void beginTable(const QList<Column>& columns);
    void endTable();
    void drawTableHeader();
    float rowHeight(const Row& cells) const;
    void addRow(const Row& cells, RowStyle style = RowStyle::Normal);
    void addGroupRow(const QString& text);
    void drawCells(const Row& cells, float top, float height);
    void splitRow(const Row& cells);
    void drawSignature(const SignatureEntry* signature, const QRectF& box);
    // A cell of the current table, its text wrapped to the column.
    Cell textCell(int column, const QString& text, float size, QRgb color,
                  ReportFontSet::Role role = ReportFontSet::Regular);
    Cell spanCell(int column, const QList<ReportSpan>& spans, float size, QRgb color);

    // Content
    void composeTitleBlock();
    void composeSummary();
    void composeSection(const ChecklistSection& section);
    void composeChecklist(const ChecklistSection& section);
    void composeProcedure(const ChecklistSection& section);
    void composeSignOff(const ChecklistSection& section);
    void composeAuditTrail();
    void composeIntegrity();
    bool step(int units = 1);

    // Text helpers
    QString time(const QDateTime& utc, bool seconds, bool withOffset) const;
    int offsetAt(const QDateTime& utc) const;
    QString offsetText(const QDateTime& utc) const;
    // The one UTC offset shared by all these times, or an empty string when they differ.
    QString commonOffset(const QList<QDateTime>& times) const;
    QString statusWord(ItemStatus status) const;
    QRgb statusColor(ItemStatus status) const;
    SignatureState stateOf(const SignatureEntry& signature) const;
    QString auditWhat(const AuditEntry& entry) const;
    QString auditChange(const AuditEntry& entry) const;

    const Record& m_record;
    const QList<AuditEntry>& m_audit;
    const ReportOptions& m_options;
    ReportFontSet& m_fonts;
    ReportTextLayout m_text;
    mutable std::shared_future<QString> m_digestFuture;
    mutable QString m_digest;
    QDateTime m_generatedAt;
    mutable QHash<qint64, int> m_offsets; // UTC offset by quarter hour: time zone look-ups are slow

    Geometry m_geometry;
    QList<ReportPage>* m_pages = nullptr;
    ReportProgressMeter* m_meter = nullptr;
    float m_left = 0;
    float m_right = 0;
    float m_top = 0;
    float m_bottom = 0;
    float m_y = 0;
    int m_pageUnits = 0;

    QHash<LineKey, ReportTextBlock> m_repeated;
    Row m_scratch;
    struct SignOffSentence {
        int page = -1;
        float y = 0;
        int signedRoles = 0;
        int roles = 0;
    } m_signOffSentence;
    QList<Column> m_columns;
    QList<float> m_columnX;
    bool m_inTable = false;
};

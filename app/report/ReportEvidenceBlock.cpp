#include "report/ReportEvidenceBlock.h"

#include "core/PdfEvidence.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

namespace {
constexpr float kEvidenceSize = 7.f;
constexpr float kRunIndent = 12.f;
constexpr float kGroupSpace = 3.f; // between one signature's lines and the next's
} // namespace

void ReportEvidenceBlock::compose() {
    if (!m_context.options.evidence)
        return;
    ReportFlow& flow = m_context.flow;
    const float lh = ReportTextLayout::lineHeight(kEvidenceSize);
    flow.skip(8);
    flow.ensureSpace(6 * lh);
    // The commands between backticks print in the monospaced face, without them.
    flow.paragraph(
        ReportMarkup::commandSpans(tr("Machine-readable evidence: `countersign-cli verify --pdf` checks it, "
                                      "from this document alone or against the database (`--db`).")),
        kMeta, kMuted);
    flow.skip(3);

    // As many characters as fit the text width, a multiple of four (whole base64 groups).
    const float advance =
        m_context.text().width(QStringLiteral("0000000000"), ReportFontSet::Mono, kEvidenceSize) / 10;
    const int width = std::max(16, int((flow.width() - kRunIndent) / advance) / 4 * 4);
    const QList<PdfEvidence::Line> lines = m_context.options.evidence->lines();
    QList<QStringList> runs;
    for (const PdfEvidence::Line& printed : lines) {
        QStringList chunks;
        for (qsizetype at = 0; at < printed.base64.size(); at += width)
            chunks << printed.base64.mid(at, width);
        runs << chunks;
    }
    // A reader takes a run's lines by their width (PdfEvidence::read), so no
    // page furniture may fall between a label and its run's first line, nor
    // between a run's last, shorter line and the next label. keep[i]: the
    // lines from label i on that must share its page.
    QList<int> keep(lines.size() + 1, 0);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const qsizetype chunks = runs.at(i).size();
        keep[i] = chunks == 0 ? 1 : chunks == 1 ? 2 + keep.at(i + 1) : 2;
    }
    int signature = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PdfEvidence::Line& printed = lines.at(i);
        // A little air between one signature's lines and the next's.
        if (printed.signature != signature) {
            signature = printed.signature;
            flow.skip(kGroupSpace);
        }
        // (With room for one group's space: a next signature's lines start below it.)
        flow.ensureSpace(lh * float(keep.at(i)) + kGroupSpace);
        line(printed.label, 0, kInk);
        const QStringList& chunks = runs.at(i);
        for (qsizetype c = 0; c < chunks.size(); ++c) {
            if (c > 0 && c == chunks.size() - 1)
                flow.ensureSpace(lh * float(1 + keep.at(i + 1)) + kGroupSpace);
            line(chunks.at(c), kRunIndent, kMuted);
        }
    }
}

void ReportEvidenceBlock::line(const QString& text, float indent, QRgb color) {
    m_context.flow.paragraph({{text, ReportFontSet::Mono}}, kEvidenceSize, color, indent);
}

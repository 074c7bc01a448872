#include "report/ReportEvidenceBlock.h"

#include "core/PdfEvidence.h"
#include "report/ReportStyle.h"

using namespace ReportStyle;

namespace {
constexpr float kEvidenceSize = 7.f;
constexpr float kRunIndent = 12.f;
} // namespace

void ReportEvidenceBlock::compose() {
    if (!m_context.options.evidence)
        return;
    ReportFlow& flow = m_context.flow;
    const float lh = ReportTextLayout::lineHeight(kEvidenceSize);
    flow.skip(8);
    flow.ensureSpace(6 * lh);
    flow.paragraph({{tr("Machine-readable evidence: `countersign-cli verify --pdf` checks it, from this "
                        "document alone or against the database (`--db`)."),
                     ReportFontSet::Regular}},
                   kMeta, kMuted);
    flow.skip(3);

    // As many characters as fit the text width, a multiple of four (whole base64 groups).
    const float advance =
        m_context.text().width(QStringLiteral("0000000000"), ReportFontSet::Mono, kEvidenceSize) / 10;
    const int width = std::max(16, int((flow.width() - kRunIndent) / advance) / 4 * 4);
    int signature = 0;
    for (const PdfEvidence::Line& printed : m_context.options.evidence->lines()) {
        // A little air between one signature's lines and the next's.
        if (printed.signature != signature) {
            signature = printed.signature;
            flow.skip(3);
        }
        QStringList chunks;
        for (qsizetype at = 0; at < printed.base64.size(); at += width)
            chunks << printed.base64.mid(at, width);
        // A reader takes a run's lines by their width (PdfEvidence::read): a
        // label stays with its first line, and a run's last, shorter line
        // with the line after it, so no page furniture falls between them.
        flow.ensureSpace(lh * (chunks.size() == 1 ? 3 : chunks.isEmpty() ? 1 : 2));
        line(printed.label, 0, kInk);
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            if (i > 0 && i == chunks.size() - 1)
                flow.ensureSpace(2 * lh);
            line(chunks.at(i), kRunIndent, kMuted);
        }
    }
}

void ReportEvidenceBlock::line(const QString& text, float indent, QRgb color) {
    m_context.flow.paragraph({{text, ReportFontSet::Mono}}, kEvidenceSize, color, indent);
}

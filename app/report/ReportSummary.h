#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// Page one's summary: progress per section and overall, the sign-off in one
// sentence, and every Failed and N/A item with its note. The sentence says
// whether the signatures still hold, which the digest tells only once it is
// computed: its place is kept in the layout and the sentence is written into
// the page's overlay by writeSignOffSentence().
class ReportSummary {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportSummary(const ReportContext& context)
        : m_context(context) {}

    void compose();
    // Lays out every glyph the sentence can use, before the PDF writer reads the fonts.
    void prepareSignOffSentence();
    void writeSignOffSentence(QList<ReportPage>& pages);

private:
    void composeProgress();
    void keepSignOffSentence();
    void composeFlaggedItems();

    const ReportContext& m_context;
    struct SignOffSentence {
        int page = -1;
        float y = 0;
        int signedRoles = 0;
        int roles = 0;
    } m_signOffSentence;
};

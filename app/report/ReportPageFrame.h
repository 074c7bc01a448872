#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// What frames every page: the running header at the top of the pages after
// the first (the record's title, version and environment; its id and
// state), and the footer on every page ("Page N of M" and the content
// digest), added as an overlay once the pages are counted.
class ReportPageFrame {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportPageFrame(const ReportContext& context)
        : m_context(context) {}

    void drawRunningHeader();
    // Lays out every glyph the footers can use, before the PDF writer reads the fonts.
    void prepareFooters();
    void addFooters(QList<ReportPage>& pages);

private:
    const ReportContext& m_context;
};

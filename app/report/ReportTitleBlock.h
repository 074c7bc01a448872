#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// The top of page one: the record's title and template, the fields that
// identify it (release, environment, id, state, when created and generated,
// by whom) in two columns, and its description.
class ReportTitleBlock {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportTitleBlock(const ReportContext& context)
        : m_context(context) {}

    void compose();

private:
    struct Field {
        QString label;
        QString value;
        QRgb color;
    };
    QList<Field> fields() const;
    void composeFields(const QList<Field>& fields);

    const ReportContext& m_context;
};

#pragma once

#include "core/Checklist.h"

#include <QLabel>

// A procedure section (the rollback procedure) as a numbered list of its steps.
class ProcedureList : public QLabel {
    Q_OBJECT
public:
    explicit ProcedureList(const ChecklistSection& section, QWidget* parent = nullptr);

    QStringList steps() const { return m_steps; }

private:
    QStringList m_steps;
};

#pragma once

#include "core/Checklist.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// What `import-template --dry-run` prints: the template as the reader
// understood it, before anything is stored. Each section with its kind; a
// table's columns with their roles; group headers, tasks and their details,
// procedure steps, sign-off roles; the default marks and notes.
class TemplatePreview {
    Q_DECLARE_TR_FUNCTIONS(TemplatePreview)
public:
    static QString text(const ChecklistTemplate& tmpl);
    static QJsonObject json(const ChecklistTemplate& tmpl);
};

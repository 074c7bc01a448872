#pragma once

#include "report/ReportContext.h"

#include <QCoreApplication>

// Appendix A on pages of its own: every audit event, oldest first, with its
// time, actor (with the computer account that acted beneath), what changed
// and the change from old to new.
class ReportAuditTrail {
    // The report's strings keep the one translation context they have always had.
    Q_DECLARE_TR_FUNCTIONS(ReportComposer)
public:
    explicit ReportAuditTrail(const ReportContext& context)
        : m_context(context) {}

    // Returns early when the caller cancels.
    void compose();

private:
    static QString what(const AuditEntry& entry);
    // "Pending → Done", marked "Undo: …" or "Redo: …" for the desktop's undo and redo.
    static QString change(const AuditEntry& entry);
    static QString valueChange(const AuditEntry& entry);

    const ReportContext& m_context;
};

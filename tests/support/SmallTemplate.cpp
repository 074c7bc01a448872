#include "SmallTemplate.h"

namespace TestSupport {

ChecklistItem checklistItem(const QString& text, ItemStatus status, const QString& notes) {
    ChecklistItem i;
    i.text = text;
    i.status = status;
    i.notes = notes;
    return i;
}

namespace {

ChecklistItem groupHeading(const QString& text) {
    ChecklistItem i;
    i.text = text;
    i.isGroupHeader = true;
    return i;
}

} // namespace

ChecklistTemplate smallTemplate(const QString& title) {
    ChecklistTemplate t;
    t.title = title;
    t.description = QStringLiteral("For tests.");
    ChecklistSection checks;
    checks.title = QStringLiteral("Checks");
    checks.kind = SectionKind::Checklist;
    checks.columns = {QStringLiteral("Item"), QStringLiteral("Owner"), QStringLiteral("Status"),
                      QStringLiteral("Notes")};
    checks.statusColumn = 2;
    checks.notesColumn = 3;
    checks.items = {
        groupHeading(QStringLiteral("First")), checklistItem(QStringLiteral("Alpha")),
        checklistItem(QStringLiteral("Beta"), ItemStatus::Done),
        checklistItem(QStringLiteral("Gamma"), ItemStatus::NotApplicable, QStringLiteral("not used"))};
    checks.items[1].extra = {QStringLiteral("Jörg")};
    checks.items[2].extra = {QString()};
    checks.items[3].extra = {QStringLiteral("山田")};
    ChecklistSection steps;
    steps.title = QStringLiteral("Rollback");
    steps.kind = SectionKind::Procedure;
    steps.description = QStringLiteral("If it breaks:");
    steps.items = {checklistItem(QStringLiteral("Stop")), checklistItem(QStringLiteral("Restore"))};
    ChecklistSection signoff;
    signoff.title = QStringLiteral("Sign-off");
    signoff.kind = SectionKind::SignOff;
    signoff.columns = {QStringLiteral("Role"), QStringLiteral("Name"), QStringLiteral("Signature"),
                       QStringLiteral("Date")};
    signoff.items = {checklistItem(QStringLiteral("QA Lead")),
                     checklistItem(QStringLiteral("Product Owner"))};
    t.sections = {checks, steps, signoff};
    return t;
}

} // namespace TestSupport

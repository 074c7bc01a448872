#pragma once

#include "core/Checklist.h"

#include <QString>

// A small template with every kind of section, for the store's suites
// (tst_store, tst_store_files): a checklist with a group heading, an extra
// column and non-ASCII cells, a procedure and a sign-off table.
namespace TestSupport {

// A checklist item with its status and note.
ChecklistItem checklistItem(const QString& text, ItemStatus status = ItemStatus::Pending,
                            const QString& notes = {});

ChecklistTemplate smallTemplate(const QString& title = QStringLiteral("Small Checklist"));

} // namespace TestSupport

#pragma once

#include "Checklist.h"

#include <QTableWidget>

// The sign-off section: Role | Name | Signature | Date, one row per role that
// signs. Read-only here; signing fills it in.
class SignOffTable : public QTableWidget {
    Q_OBJECT
public:
    SignOffTable(const Record& record, const ChecklistSection& section, QWidget* parent = nullptr);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillRow(int row, const ChecklistSection& section, const ChecklistItem& role, const Record& record);
};

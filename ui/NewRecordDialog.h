#pragma once

#include "core/Checklist.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewRecordDialog;
}

// File ▸ New Record: which template, and the record's title (required),
// release version and environment. OK stays disabled until there is a title.
class NewRecordDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewRecordDialog(const QList<TemplateSummary>& templates, QWidget* parent = nullptr);
    ~NewRecordDialog() override;

    qint64 templateId() const;
    RecordInfo info() const;

    // The combo's order: each title's newest version first, older versions after.
    static QList<TemplateSummary> sortedNewestFirst(QList<TemplateSummary> templates);

private:
    void updateOkButton();

    std::unique_ptr<Ui::NewRecordDialog> m_ui;
};

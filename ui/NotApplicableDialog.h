#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NotApplicableDialog;
}

// Asks why a whole section or group does not apply (Mark All Not
// Applicable…): one reason for all its items. OK stays disabled until one is
// written.
class NotApplicableDialog : public QDialog {
    Q_OBJECT
public:
    // title: the section's or the group's, in words; count: the items it marks.
    NotApplicableDialog(const QString& title, int count, QWidget* parent = nullptr);
    ~NotApplicableDialog() override;

    QString reason() const;
    void setReason(const QString& reason);

    // Runs the dialog through Prompts; nullopt when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& title, int count);

private:
    void updateOkButton();

    std::unique_ptr<Ui::NotApplicableDialog> m_ui;
};

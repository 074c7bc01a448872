#pragma once

#include "core/ItemStatus.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class NoteDialog;
}

// Asks why an item is N/A or Failed: the store refuses either without a note.
// OK stays disabled until a note is written.
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString& itemText, ItemStatus status, QWidget* parent = nullptr);
    ~NoteDialog() override;

    QString note() const;
    void setNote(const QString& note);

    // Runs the dialog through Prompts; nullopt when cancelled.
    static std::optional<QString> ask(QWidget* parent, const QString& itemText, ItemStatus status);

private:
    void updateOkButton();

    std::unique_ptr<Ui::NoteDialog> m_ui;
};

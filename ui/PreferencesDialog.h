#pragma once

#include "ui/UserSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Edit ▸ Preferences: the name recorded as "who" on every change, and the
// appearance (the desktop's own, light or dark).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // The name as typed; empty means "use the OS user name".
    QString name() const;
    void setName(const QString& name);

    UserSettings::Appearance appearance() const;
    void setAppearance(UserSettings::Appearance appearance);

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

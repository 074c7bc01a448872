#pragma once

#include "ui/UserSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}
class SealingPage;

// Edit ▸ Preferences: on the General page the name recorded as "who" on every
// change and the appearance (the desktop's own, light or dark); on the
// Sealing page the certificates exported PDFs are sealed with (SealingPage).
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

    SealingPage* sealingPage() const { return m_sealingPage; }
    // Opens on the Sealing page (File ▸ Export PDF's way there).
    void showSealingPage();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    SealingPage* m_sealingPage;
};

#include "ui/PreferencesDialog.h"

#include "core/AppIdentity.h"
#include "ui/SealingPage.h"
#include "ui_PreferencesDialog.h"

#include <algorithm>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_sealingPage(new SealingPage(this)) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Preferences"));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->generalTab), tr("&General"));
    m_ui->tabs->addTab(m_sealingPage, tr("&Sealing"));
    m_ui->nameLabel->setText(tr("Your &name:"));
    m_ui->nameEdit->setAccessibleName(tr("Your name"));
    m_ui->nameEdit->setPlaceholderText(AppIdentity::defaultActorName());
    m_ui->nameHint->setText(tr("Recorded as who made each change, in the grid and in the audit trail. "
                               "Left empty, your login name (%1) is used.")
                                .arg(AppIdentity::defaultActorName()));
    m_ui->nameHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->appearanceLabel->setText(tr("&Appearance:"));
    m_ui->appearanceCombo->setAccessibleName(tr("Appearance"));
    m_ui->appearanceCombo->setToolTip(tr("The desktop's own look, or Countersign's light or dark look"));
    m_ui->appearanceCombo->addItem(tr("System"), int(UserSettings::Appearance::System));
    m_ui->appearanceCombo->addItem(tr("Light"), int(UserSettings::Appearance::Light));
    m_ui->appearanceCombo->addItem(tr("Dark"), int(UserSettings::Appearance::Dark));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(width(), 640), sizeHint().height());
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::name() const {
    return m_ui->nameEdit->text().trimmed();
}

void PreferencesDialog::setName(const QString& name) {
    m_ui->nameEdit->setText(name);
}

UserSettings::Appearance PreferencesDialog::appearance() const {
    return UserSettings::Appearance(m_ui->appearanceCombo->currentData().toInt());
}

void PreferencesDialog::setAppearance(UserSettings::Appearance appearance) {
    m_ui->appearanceCombo->setCurrentIndex(m_ui->appearanceCombo->findData(int(appearance)));
}

void PreferencesDialog::showSealingPage() {
    m_ui->tabs->setCurrentWidget(m_sealingPage);
}

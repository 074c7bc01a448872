#include "PreferencesDialog.h"

#include "AppIdentity.h"
#include "ui_PreferencesDialog.h"

#include <algorithm>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Preferences"));
    m_ui->nameLabel->setText(tr("Your &name:"));
    m_ui->nameEdit->setAccessibleName(tr("Your name"));
    m_ui->nameEdit->setPlaceholderText(AppIdentity::defaultActorName());
    m_ui->nameHint->setText(tr("Recorded as who made each change, in the grid and in the audit trail. "
                               "Left empty, your login name (%1) is used.")
                                .arg(AppIdentity::defaultActorName()));
    m_ui->nameHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(width(), 480), sizeHint().height());
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::name() const {
    return m_ui->nameEdit->text().trimmed();
}

void PreferencesDialog::setName(const QString& name) {
    m_ui->nameEdit->setText(name);
}

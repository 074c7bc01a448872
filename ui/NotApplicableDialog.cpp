#include "ui/NotApplicableDialog.h"

#include "ui/base/Prompts.h"
#include "ui_NotApplicableDialog.h"

#include <QPushButton>

#include <algorithm>

NotApplicableDialog::NotApplicableDialog(const QString& title, int count, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NotApplicableDialog>()) {
    m_ui->setupUi(this);
    setWindowTitle(tr("Mark All Not Applicable"));
    m_ui->promptLabel->setTextFormat(Qt::PlainText); // the section's words as written, never HTML
    m_ui->promptLabel->setText(
        tr("Why does “%1” not apply to this release? Items to mark N/A: %2.").arg(title).arg(count));
    m_ui->hintLabel->setText(tr("The reason is stored once with the mark and in the audit trail for every "
                                "item; an item without a note gets it as its note. Edit ▸ Undo takes it all "
                                "back."));
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->reasonEdit->setPlaceholderText(tr("The reason, for example: hotfix, no staging environment"));
    m_ui->reasonEdit->setAccessibleName(tr("Reason"));
    m_ui->reasonEdit->setToolTip(
        tr("Required: a section or group is marked not applicable only with a reason"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Mark All N/A"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(width(), 480), sizeHint().height());
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &NotApplicableDialog::updateOkButton);
    updateOkButton();
}

NotApplicableDialog::~NotApplicableDialog() = default;

QString NotApplicableDialog::reason() const {
    return m_ui->reasonEdit->text().trimmed();
}

void NotApplicableDialog::setReason(const QString& reason) {
    m_ui->reasonEdit->setText(reason);
}

void NotApplicableDialog::updateOkButton() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

std::optional<QString> NotApplicableDialog::ask(QWidget* parent, const QString& title, int count) {
    NotApplicableDialog dialog(title, count, parent);
    if (Prompts::exec(dialog) != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

#include "ui/NoteDialog.h"

#include "ui/base/Prompts.h"
#include "ui_NoteDialog.h"

#include <QPushButton>

#include <algorithm>

NoteDialog::NoteDialog(const QString& itemText, ItemStatus status, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NoteDialog>()) {
    m_ui->setupUi(this);
    const bool failed = status == ItemStatus::Failed;
    setWindowTitle(failed ? tr("Mark as Failed") : tr("Mark as N/A"));
    m_ui->promptLabel->setTextFormat(Qt::PlainText); // the item's words as written, never HTML
    m_ui->promptLabel->setText(failed ? tr("What failed in “%1”?").arg(itemText)
                                      : tr("Why does “%1” not apply to this release?").arg(itemText));
    m_ui->hintLabel->setText(tr("The note is stored with the item and in the audit trail."));
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->noteEdit->setPlaceholderText(failed
                                           ? tr("What went wrong, and what happens next")
                                           : tr("The reason, for example: no schema change in this release"));
    m_ui->noteEdit->setAccessibleName(tr("Note"));
    m_ui->noteEdit->setToolTip(tr("Required: N/A and Failed are stored only with a reason"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(failed ? tr("Mark Failed") : tr("Mark N/A"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(width(), 480), sizeHint().height());
    connect(m_ui->noteEdit, &QLineEdit::textChanged, this, &NoteDialog::updateOkButton);
    updateOkButton();
}

NoteDialog::~NoteDialog() = default;

QString NoteDialog::note() const {
    return m_ui->noteEdit->text().trimmed();
}

void NoteDialog::setNote(const QString& note) {
    m_ui->noteEdit->setText(note);
}

void NoteDialog::updateOkButton() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty());
}

std::optional<QString> NoteDialog::ask(QWidget* parent, const QString& itemText, ItemStatus status) {
    NoteDialog dialog(itemText, status, parent);
    if (Prompts::exec(dialog) != QDialog::Accepted || dialog.note().isEmpty())
        return std::nullopt;
    return dialog.note();
}

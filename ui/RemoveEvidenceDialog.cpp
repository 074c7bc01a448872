#include "ui/RemoveEvidenceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RemoveEvidenceDialog::RemoveEvidenceDialog(const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Remove Evidence"));
    auto* explanation = new QLabel(
        tr("Say why “%1” no longer counts as evidence. The file stays in the database and in the "
           "audit trail, marked removed with your name and this reason; the PDF lists it as removed.")
            .arg(fileName),
        this);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("removeReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for removing"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the log of the wrong build"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_remove = buttons->addButton(tr("Re&move"), QDialogButtonBox::AcceptRole);
    m_remove->setObjectName(QStringLiteral("removeConfirmButton"));
    m_remove->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_remove->setEnabled(!reason().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(460, 240);
    m_reason->setFocus();
}

QString RemoveEvidenceDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

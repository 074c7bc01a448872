#include "ui/signing/DeclineReasonDialog.h"

#include "core/SignOffService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DeclineReasonDialog::DeclineReasonDialog(const QString& role, const QString& recordTitle, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Decline to Sign as %1").arg(role));
    auto* explanation = new QLabel(
        tr("Say what must change before you sign “%1” as %2. Your refusal is signed with your key, and the "
           "record, its audit trail and its PDF show it with this reason. The record stays open, and %2 can "
           "sign once it has changed.")
            .arg(recordTitle, role),
        this);
    explanation->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("declineReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for declining"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the rollback was not rehearsed on staging"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_decline = buttons->addButton(tr("&Decline"), QDialogButtonBox::AcceptRole);
    m_decline->setObjectName(QStringLiteral("declineConfirmButton"));
    m_decline->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        const qsizetype length = reason().size();
        m_decline->setEnabled(length > 0 && length <= SignOffService::kMaxReasonLength);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    resize(480, 260);
    m_reason->setFocus();
}

QString DeclineReasonDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

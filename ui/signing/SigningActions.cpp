#include "ui/signing/SigningActions.h"

#include "core/ChecklistStore.h"
#include "core/SignOffService.h"
#include "ui/base/Prompts.h"
#include "ui/signing/ReopenDialog.h"
#include "ui/signing/SignatureDialog.h"
#include "ui/signing/SigningTime.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QThread>
#include <QWidget>

Q_LOGGING_CATEGORY(lcSigning, "countersign.signing", QtInfoMsg)

namespace {
QStringList unsignedRoles(const Record& record) {
    QStringList roles;
    if (const ChecklistSection* signOff = record.signOffSection()) {
        for (const ChecklistItem& row : signOff->items) {
            if (!row.isGroupHeader && !record.roleComplete(row.text))
                roles << row.text;
        }
    }
    return roles;
}
} // namespace

SigningActions::SigningActions(ChecklistStore* store, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_dialogParent(dialogParent)
    , m_signAction(new QAction(tr("&Sign…"), this))
    , m_reopenAction(new QAction(tr("&Reopen for Changes…"), this))
    , m_verifyAction(new QAction(tr("&Verify Integrity"), this)) {
    m_signAction->setObjectName(QStringLiteral("actionSign"));
    m_signAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_signAction, &QAction::triggered, this, [this] { sign(roleToSign()); });

    m_reopenAction->setObjectName(QStringLiteral("actionReopen"));
    m_reopenAction->setStatusTip(
        tr("Revoke every signature and return the record to In progress, with a reason"));
    connect(m_reopenAction, &QAction::triggered, this, &SigningActions::reopen);

    m_verifyAction->setObjectName(QStringLiteral("actionVerifyIntegrity"));
    m_verifyAction->setStatusTip(
        tr("Check the audit trail and every signature of the record against what was signed"));
    connect(m_verifyAction, &QAction::triggered, this, &SigningActions::verifyAndReport);

    m_verifyLater.setSingleShot(true);
    m_verifyLater.setInterval(0);
    connect(&m_verifyLater, &QTimer::timeout, this, &SigningActions::checkWhenPainted);
    if (m_dialogParent) {
        m_window = m_dialogParent->window();
        m_window->installEventFilter(this);
    }
    updateActions();
}

SigningActions::~SigningActions() {
    for (const QPointer<QThread>& worker : std::as_const(m_workers)) {
        if (worker)
            worker->wait();
    }
}

bool SigningActions::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint) {
        m_paintedSinceSet = true;
        if (m_checkAfterPaint) {
            m_checkAfterPaint = false;
            // Queued: runs once this paint has been handled and the frame is out.
            QMetaObject::invokeMethod(this, &SigningActions::startBackgroundCheck, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

void SigningActions::checkWhenPainted() {
    if (!m_record)
        return;
    // Opening a record, or starting the program, must not wait for the check:
    // the record is painted first. A hidden window paints nothing, so it checks now.
    if (m_window && m_window->isVisible() && !m_paintedSinceSet) {
        m_checkAfterPaint = true;
        return;
    }
    startBackgroundCheck();
}

void SigningActions::startBackgroundCheck() {
    if (!m_record)
        return;
    const quint64 generation = ++m_generation;
    const qint64 recordId = m_record->id;
    const ChecklistStore::Connection connection = m_store->connection();
    Q_EMIT verificationStarted(recordId);
    // The chain of the whole database is hashed on a connection of the
    // worker's own, so the window stays responsive however long it is.
    QThread* worker = QThread::create([this, generation, recordId, connection] {
        ChecklistStore own;
        const Status opened = own.openSecondConnection(connection);
        std::optional<Verifier::Report> report;
        if (opened)
            report = Verifier::verify(own, recordId);
        own.close();
        QMetaObject::invokeMethod(
            this,
            [this, generation, recordId, report] {
                if (report) {
                    finishBackgroundCheck(generation, recordId, *report);
                } else if (generation == m_generation && m_record && m_record->id == recordId) {
                    // No second connection (a server that takes one login at a time,
                    // say): check on the window's own connection instead.
                    qCWarning(lcSigning) << "background integrity check could not connect; checking here";
                    verify();
                }
            },
            Qt::QueuedConnection);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    worker->start(QThread::LowPriority);
}

void SigningActions::finishBackgroundCheck(quint64 generation, qint64 recordId,
                                           const Verifier::Report& report) {
    // A newer check is on its way, or another record is open: this report is stale.
    if (generation != m_generation || !m_record || m_record->id != recordId)
        return;
    qCDebug(lcSigning) << "verified record" << recordId << "in the background:" << report.auditRowsChecked
                       << "audit rows," << report.findings.size() << "findings";
    Q_EMIT verified(report);
}

void SigningActions::setRecord(const Record& record) {
    if (m_record && m_record->id != record.id)
        m_selectedRole.clear();
    m_record = record;
    updateActions();
    // After the page is shown: opening a record should not wait for the check.
    m_paintedSinceSet = false;
    m_checkAfterPaint = false;
    ++m_generation; // a check still running is about the record as it was
    m_verifyLater.start();
}

void SigningActions::clearRecord() {
    m_record.reset();
    m_selectedRole.clear();
    m_verifyLater.stop();
    m_checkAfterPaint = false;
    ++m_generation;
    updateActions();
}

void SigningActions::setSelectedRole(const QString& role) {
    m_selectedRole = role;
    updateActions();
}

QString SigningActions::roleToSign() const {
    if (!m_record || m_record->state == RecordState::Sealed)
        return {};
    const QStringList roles = unsignedRoles(*m_record);
    if (roles.contains(m_selectedRole))
        return m_selectedRole;
    SignOffService service(*m_store);
    for (const QString& role : roles) {
        if (service.canSign(*m_record, role))
            return role;
    }
    return roles.value(0);
}

void SigningActions::updateActions() {
    const QString role = roleToSign();
    m_signAction->setEnabled(!role.isEmpty());
    m_signAction->setText(role.isEmpty() ? tr("&Sign…") : tr("&Sign as %1…").arg(role));
    if (!m_record)
        m_signAction->setStatusTip(tr("Open a record to sign it"));
    else if (m_record->state == RecordState::Sealed)
        m_signAction->setStatusTip(tr("Every role has signed this record"));
    else
        m_signAction->setStatusTip(
            tr("Sign the record as %1 with your login, password and signature").arg(role));
    m_reopenAction->setEnabled(m_record && m_record->state != RecordState::InProgress);
    m_verifyAction->setEnabled(m_record.has_value());
}

bool SigningActions::sign(const QString& role) {
    if (!m_record || role.isEmpty())
        return false;
    const qint64 recordId = m_record->id;
    SignOffService service(*m_store);
    SignatureDialog dialog(*m_store, service, recordId, role, m_dialogParent);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return false;
    if (const std::optional<SignatureEntry> declined = dialog.declined()) {
        qCInfo(lcSigning) << "record" << recordId << "declined as" << declined->role << "by"
                          << declined->login;
        Q_EMIT statusMessage(tr("Declined as %1 by %2 at %3: %4")
                                 .arg(declined->role, declined->printedName,
                                      SigningTime::localText(declined->signedAt), declined->reason));
        return false;
    }
    if (!dialog.signature())
        return false;
    const SignatureEntry signature = *dialog.signature();
    qCInfo(lcSigning) << "record" << recordId << "signed as" << signature.role << "by" << signature.login;
    Q_EMIT statusMessage(
        tr("Signed as %1 by %2 at %3")
            .arg(signature.role, signature.printedName, SigningTime::localText(signature.signedAt)));
    return true;
}

bool SigningActions::reopen() {
    if (!m_record || m_record->state == RecordState::InProgress)
        return false;
    const qint64 recordId = m_record->id;
    SignOffService service(*m_store);
    ReopenDialog dialog(*m_store, service, recordId, m_dialogParent);
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return false;
    qCInfo(lcSigning) << "record" << recordId << "reopened";
    Q_EMIT statusMessage(tr("Reopened: every signature is revoked, and the record can be changed again"));
    return true;
}

std::optional<Verifier::Report> SigningActions::verify() {
    m_verifyLater.stop();
    m_checkAfterPaint = false;
    ++m_generation; // this report supersedes any check still running
    if (!m_record)
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    Verifier::Report report = Verifier::verify(*m_store, m_record->id);
    qCDebug(lcSigning) << "verified record" << m_record->id << report.auditRowsChecked << "audit rows,"
                       << report.findings.size() << "findings in" << timer.elapsed() << "ms";
    Q_EMIT verified(report);
    return report;
}

void SigningActions::verifyAndReport() {
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<Verifier::Report> report = verify();
    QGuiApplication::restoreOverrideCursor();
    if (!report)
        return;
    const QString title = tr("Verify Integrity");
    if (report->intact()) {
        // Each count says whose events it counts: the trail shown in the window is the record's alone.
        const int otherRecords =
            report->auditRowsChecked - report->recordRowsChecked - report->databaseRowsChecked;
        QString trail = tr("Its audit trail is unbroken: the %1 events of this record's trail, and the %2 "
                           "events of the database's own (signers and the like) checked with them.")
                            .arg(report->recordRowsChecked)
                            .arg(report->databaseRowsChecked);
        if (otherRecords > 0)
            trail +=
                u' ' + tr("So are the %1 events of other records, which this database still chains "
                          "together with this one's (written before each record had a chain of its own).")
                           .arg(otherRecords);
        QString signatures;
        if (report->signaturesChecked == 0)
            signatures = tr("The record has no signatures yet.");
        else if (report->signaturesChecked == 1)
            signatures = tr("Its one signature holds for its signer's key and matches what was signed.");
        else
            signatures =
                tr("Each of its %1 signatures holds for its signer's key and matches what was signed.")
                    .arg(report->signaturesChecked);
        Prompts::information(m_dialogParent, title,
                             tr("“%1” is intact.").arg(m_record->info.title) + QStringLiteral("\n\n") +
                                 trail + u' ' + signatures);
        Q_EMIT statusMessage(tr("Integrity verified: intact"));
        return;
    }
    QStringList lines;
    for (const Verifier::Finding& finding : report->findings)
        lines << QStringLiteral("• ") + finding.message;
    Prompts::warning(
        m_dialogParent, title,
        tr("The integrity check of “%1” failed. It found:").arg(m_record->info.title) +
            QStringLiteral("\n\n") + lines.join(u'\n') +
            tr("\n\nSomething changed this database outside Countersign. Keep the file as it is and "
               "tell whoever administers it; do not sign or reopen the record until then."));
    Q_EMIT statusMessage(tr("Integrity check failed: the record's badge lists what was found"));
}

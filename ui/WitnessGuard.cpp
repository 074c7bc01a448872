#include "ui/WitnessGuard.h"

#include "core/ChecklistStore.h"
#include "core/Witness.h"
#include "ui/DatabaseActions.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"
#include "ui/signing/IntegrityBadge.h"
#include "ui/signing/SigningTime.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

WitnessGuard::WitnessGuard(ChecklistStore* store, IntegrityBadge* badge, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_badge(badge)
    , m_window(window)
    , m_witness(std::make_unique<Witness>()) {
    // Each change this window makes moves the ledger on: remember the new
    // head, once a burst of changes is over. Every memory is a QSettings
    // write under its lock file; one per tick put disk writes on the ticking
    // path, and a program killed inside that lock can leave an empty lock
    // file that stalls the next start for Qt's 30 s.
    m_rememberLater.setSingleShot(true);
    m_rememberLater.setInterval(kRememberDelayMs);
    connect(&m_rememberLater, &QTimer::timeout, this, &WitnessGuard::rememberNow);
    const auto later = [this] {
        m_rememberLater.start();
    };
    connect(store, &ChecklistStore::recordCreated, this, later);
    connect(store, &ChecklistStore::itemChanged, this, later);
    connect(store, &ChecklistStore::recordStateChanged, this, later);
    connect(store, &ChecklistStore::signersChanged, this, later);
    connect(store, &ChecklistStore::templatesChanged, this, later);
}

WitnessGuard::~WitnessGuard() {
    // The window closes (its store outlives it): what it did last is remembered.
    if (m_rememberLater.isActive())
        rememberNow();
}

QString WitnessGuard::warningTitle() {
    return tr("This Database Is Older Than the One You Saw");
}

void WitnessGuard::check() {
    m_finding.reset();
    if (!m_store->isOpen()) {
        m_badge->setWitnessFinding(std::nullopt);
        return;
    }
    Result<std::optional<Verifier::Finding>> checked = m_witness->check(*m_store);
    if (!checked) {
        // Not a finding: the database could not be read, which its own views report.
        qCWarning(lcUi) << "could not compare the database with what this machine remembers:"
                        << checked.error();
        m_badge->setWitnessFinding(std::nullopt);
        return;
    }
    m_finding = checked.value();
    m_badge->setWitnessFinding(m_finding);
    if (!m_finding) {
        rememberNow();
        return;
    }
    qCWarning(lcUi) << "witness:" << m_finding->message;
    if (warn()) {
        m_finding.reset();
        m_badge->setWitnessFinding(std::nullopt);
        Q_EMIT statusMessage(tr("Accepted %1 as it is now; the acceptance is in its audit trail")
                                 .arg(DatabaseActions::shortName(m_store->location())));
        return;
    }
    Q_EMIT closeRequested();
}

void WitnessGuard::rememberNow() {
    m_rememberLater.stop();
    // A warning stands until the database is accepted: never remember over it.
    if (m_finding || !m_store->isOpen())
        return;
    if (Status remembered = m_witness->remember(*m_store); !remembered) {
        qCWarning(lcUi) << remembered.error();
        return;
    }
    m_trusted = m_store->location();
}

QString WitnessGuard::explanation() const {
    const QString name = DatabaseActions::shortName(m_store->location());
    const Result<QString> id = m_store->databaseId();
    const std::optional<Witness::Memory> seen = id ? m_witness->memoryOf(id.value()) : std::nullopt;
    QString text;
    if (seen && m_finding->auditRowId == seen->head.id) {
        text = tr("“%1” is older than, or different from, the database this computer saw on %2.")
                   .arg(name, SigningTime::localText(seen->seenAt)) +
               QStringLiteral("\n\n") +
               tr("This computer remembers audit row %1 (hash %2…) of it, and the database no longer holds "
                  "that row as it was: someone put an older copy (a backup) in its place, or rewrote its "
                  "history.")
                   .arg(seen->head.id)
                   .arg(seen->head.hash.left(8));
    } else {
        text = tr("“%1” is not the database this computer saw in its place.").arg(name) +
               QStringLiteral("\n\n") + Prompts::asSentence(m_finding->message) + u'.';
    }
    text += QStringLiteral("\n\n") +
            tr("If you or your administrator restored a backup on purpose, accept this database: your name "
               "and reason go into its audit trail. Otherwise close it, keep the file as it is, and tell "
               "whoever administers it.");
    return text;
}

bool WitnessGuard::warn() {
    for (;;) {
        QMessageBox box(QMessageBox::Warning, warningTitle(), QString(), QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("witnessWarning"));
        const QString text = explanation();
        const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
        box.setTextFormat(Qt::PlainText);
        box.setText(text.left(split));
        QString details = text.mid(split + 2).toHtmlEscaped();
        details.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
        box.setInformativeText(QStringLiteral("<p>%1</p>").arg(details));
        QPushButton* close = box.addButton(tr("&Close the Database"), QMessageBox::RejectRole);
        close->setObjectName(QStringLiteral("witnessCloseButton"));
        QPushButton* accept = box.addButton(tr("&Accept This Database…"), QMessageBox::AcceptRole);
        accept->setObjectName(QStringLiteral("witnessAcceptButton"));
        // The safe choice is the one Enter and Escape take.
        box.setDefaultButton(close);
        box.setEscapeButton(close);
        Prompts::exec(box);
        if (box.clickedButton() != accept)
            return false;
        if (acceptWithReason())
            return true;
    }
}

bool WitnessGuard::acceptWithReason() {
    QInputDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("witnessReasonDialog"));
    dialog.setWindowTitle(tr("Accept This Database"));
    dialog.setLabelText(tr("Why do you accept “%1” as it is now? Your name and this reason go into its audit "
                           "trail.")
                            .arg(DatabaseActions::shortName(m_store->location())));
    // A long database name would make the one-line question wider than the screen: it wraps, at
    // about the sign-off dialogs' width (the input dialog's layout sets its own size from its parts).
    if (auto* question = dialog.findChild<QLabel*>()) {
        question->setWordWrap(true);
        question->setMinimumWidth(480);
    }
    dialog.setOkButtonText(tr("Accept"));
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return false;
    const QString reason = dialog.textValue().trimmed();
    if (reason.isEmpty()) {
        Prompts::warning(m_window, tr("Accept This Database"),
                         tr("Say why you accept the database: the reason is kept in its audit trail."));
        return false;
    }
    if (Status accepted = m_witness->accept(*m_store, reason, UserSettings::actorName()); !accepted) {
        Prompts::critical(
            m_window, tr("Accept This Database"),
            tr("The database was not accepted.\n\n%1").arg(Prompts::asSentence(accepted.error())));
        return false;
    }
    m_trusted = m_store->location();
    return true;
}

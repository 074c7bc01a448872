#pragma once

#include "core/Checklist.h"
#include "core/Verifier.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class ChecklistStore;
class QAction;
class QThread;
class QWidget;

// What a person does to the sign-off of the open record, as actions the
// window puts in its Record menu and the sign-off panel shows as buttons:
//   Sign…             the selected role, or the next role to sign; opens SignatureDialog
//   Reopen…           a signed or sealed record; opens ReopenDialog (revokes every signature)
//   Verify Integrity  runs the Verifier on the record and says what it found
// Dialogs run through Prompts::exec, so tests drive them with a hook.
//
//   auto* signing = new SigningActions(store, window, this);
//   signing->setRecord(record);                       // after every (re)load
//   recordMenu->addAction(signing->signAction());
//   connect(signing, &SigningActions::verified, badge, &IntegrityBadge::setVerification);
class SigningActions : public QObject {
    Q_OBJECT
public:
    SigningActions(ChecklistStore* store, QWidget* dialogParent, QObject* parent = nullptr);
    // Waits for a check still running in the background.
    ~SigningActions() override;

    QAction* signAction() const { return m_signAction; }
    QAction* reopenAction() const { return m_reopenAction; }
    QAction* verifyAction() const { return m_verifyAction; }

    // The record the actions work on, as just loaded; schedules an integrity
    // check, which runs in a worker thread on its own connection once the
    // window has painted the record (verified() tells its report).
    void setRecord(const Record& record);
    void clearRecord();
    // The role picked in the sign-off table ("" for none).
    void setSelectedRole(const QString& role);
    // The role Sign… signs: the selected one when it is unsigned, else the
    // first unsigned role that may sign now, else the first unsigned role.
    QString roleToSign() const;

    // Opens the signature dialog for a role; true once the signature is stored.
    bool sign(const QString& role);
    // Opens the reopen dialog; true once the record is reopened.
    bool reopen();
    // Runs the Verifier on the record now and tells verified(); no dialog.
    std::optional<Verifier::Report> verify();
    // Verify Integrity: verify() and a message saying what was found.
    void verifyAndReport();

Q_SIGNALS:
    void verified(const Verifier::Report& report);
    // Emitted with the id of a record whose background check just started.
    void verificationStarted(qint64 recordId);
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateActions();
    // Runs the scheduled check now, or after the window's next paint when it is showing.
    void checkWhenPainted();
    void startBackgroundCheck();
    void finishBackgroundCheck(quint64 generation, qint64 recordId, const Verifier::Report& report);

    ChecklistStore* m_store;
    QWidget* m_dialogParent;
    std::optional<Record> m_record;
    QString m_selectedRole;
    QTimer m_verifyLater;       // coalesces the checks of several reloads into one
    QPointer<QWidget> m_window; // whose paint events tell that the record is on screen
    bool m_paintedSinceSet = false;
    bool m_checkAfterPaint = false;
    // Counts the checks asked for: a report on an older state of the record is dropped.
    quint64 m_generation = 0;
    QList<QPointer<QThread>> m_workers;
    QAction* m_signAction;
    QAction* m_reopenAction;
    QAction* m_verifyAction;
};

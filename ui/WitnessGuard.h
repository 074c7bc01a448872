#pragma once

#include "core/Verifier.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class ChecklistStore;
class IntegrityBadge;
class QWidget;
class Witness;

// The window's side of core/Witness: when a database is opened it compares
// it with what this machine remembers of it; a database that no longer holds
// the newest audit row this machine saw gets a modal warning (close it, or
// accept it with a reason, audited) and the integrity badge says so. While
// nothing is wrong it remembers the database again after each burst of
// changes this window makes (400 ms after the last, and when the window
// closes), so the memory follows the work done here. A window killed within
// those 400 ms leaves the memory one burst behind: an older head, never a
// false alarm.
class WitnessGuard : public QObject {
    Q_OBJECT
public:
    WitnessGuard(ChecklistStore* store, IntegrityBadge* badge, QWidget* window);
    ~WitnessGuard() override;

    // Compares the open database with the memory; on a finding, warns.
    void check();
    const std::optional<Verifier::Finding>& finding() const { return m_finding; }
    // The last database that passed the check (or was accepted): where
    // "Close the database" returns to. Empty when there is none.
    QString lastTrustedLocation() const { return m_trusted; }

    // The warning's title, for tests that look for it.
    static QString warningTitle();

Q_SIGNALS:
    // The person chose to close the database the warning is about.
    void closeRequested();
    void statusMessage(const QString& message);

private:
    void rememberNow();
    // Shows the warning; true when the person accepted the database.
    bool warn();
    bool acceptWithReason();
    QString explanation() const;

    ChecklistStore* m_store;
    IntegrityBadge* m_badge;
    QWidget* m_window;
    std::unique_ptr<Witness> m_witness;
    std::optional<Verifier::Finding> m_finding;
    // Changes come in bursts (ticking down a section): one memory per burst.
    static constexpr int kRememberDelayMs = 400;
    QTimer m_rememberLater;
    QString m_trusted;
};

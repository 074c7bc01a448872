#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "core/Verifier.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class ChecklistStore;
class QSettings;

// What this machine remembers of each database it has opened, like SSH's
// known_hosts: the newest audit ledger row it saw and where it saw the
// database. Someone who can write the database file or the server's tables
// can replace it with an older backup or rewrite its history and re-hash
// every chain; what they cannot rewrite is this memory, kept in the user's
// own settings (the file the desktop's Preferences write, which the CLI
// reads too). check() reports a database that no longer holds the row this
// machine saw, or a place that now holds another database.
//
// A PostgreSQL hot standby that lags behind (it lacks the remembered row and
// holds no newer one) is no alarm, and does not replace what was remembered;
// a rewritten row there is reported like anywhere. A file elsewhere holding an older copy (a backup verified
// where it lies) is not reported, and does not replace what was remembered; at the remembered path (copied or
// moved over) it is. Moving on from a database restored on purpose is an explicit, audited step: accept().
//
//   Witness witness;                       // the user's Countersign settings
//   if (auto finding = witness.check(store); finding && *finding) warn(**finding);
//   else witness.remember(store);
class Witness {
    Q_DECLARE_TR_FUNCTIONS(Witness)
public:
    // Pipelines create throwaway databases: past this many, the least
    // recently seen are forgotten.
    static constexpr int kMaxDatabases = 200;
    // The audit action accept() records.
    static inline const QString kAcceptedAction = QStringLiteral("witness_forgotten");

    struct Memory {
        QString databaseId;
        QString location;  // a file's canonical path, a server URL without password
        qint64 device = 0; // a file's device and inode, for the record (`witness show`)
        qint64 inode = 0;
        LedgerHead head;
        QDateTime seenAt; // UTC
        // The signer registry's root fingerprint as seen ("" before the registry):
        // another root later is reported as SSH reports a changed host key.
        QString root;
    };

    // The user's Countersign settings (QSettings() after AppIdentity::apply()).
    Witness();
    // A settings file of the caller's: tests.
    explicit Witness(std::unique_ptr<QSettings> settings);
    ~Witness();

    // What this machine remembers of the database with this id.
    std::optional<Memory> memoryOf(const QString& databaseId) const;
    // A finding of kind "witness" when the open database is not the one this
    // machine remembers; nullopt when it is (or nothing is remembered). An
    // error when the database could not be read.
    Result<std::optional<Verifier::Finding>> check(const ChecklistStore& store) const;
    // Remembers the database as it is now: its id, where it is and its newest
    // ledger row. Forgets any other database remembered at the same place.
    // Call only after check() found nothing. An older copy elsewhere (a
    // backup opened where it lies) is not remembered over the newer database.
    Status remember(const ChecklistStore& store);
    // Accepts the database as it is now: records an audited event saying what
    // was remembered and why it is accepted, then remembers it.
    Status accept(ChecklistStore& store, const QString& reason, const QString& actor);

    // Whether the database still holds the ledger row a memory names, with the
    // value remembered (true for a memory of an empty ledger).
    static Result<bool> stillHolds(const ChecklistStore& store, const Memory& memory);

    // Where a location is seen, as remembered: a file's canonical path, a server URL without password.
    static QString storableLocation(const QString& location);

private:
    Result<Memory> observe(const ChecklistStore& store) const;
    std::optional<Memory> memoryAt(const QString& location) const;
    // Remembers it, whatever was remembered before.
    Status write(const Memory& memory);
    void writeEntry(const Memory& memory);
    void forgetEntry(const QString& databaseId);
    void keepBounded();
    static QString describe(const Memory& memory);

    std::unique_ptr<QSettings> m_settings;
};

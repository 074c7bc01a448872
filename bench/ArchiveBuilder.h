#pragma once

// The ten-year archive (issue 19): the database a team that signs off a few
// releases every working day for ten years has, built through the engine's
// own write paths so that `countersign-cli verify` calls it intact: records
// made from a 50-item template with four sign-off roles, their items checked
// (most Done, some N/A or Failed with notes, some notes edited again), a
// registry of one administrator and 100 signers certified by the
// administrator's key, signatures made with the signers' own keys over each
// record's content digest in role order (sealed where every role signed),
// and now and then an attachment. The writes of a few dozen records go in
// one ChecklistStore::BulkWrite.
//
// Reused between runs: beside the database (or for a server, in DIR) a stamp
// names the generator's version and the store's schema; a database whose
// stamp matches is not built again.

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

class ChecklistStore;

class ArchiveBuilder {
public:
    // Bumped whenever what the generator writes changes: an archive with an
    // older stamp is built again.
    static constexpr int kGeneratorVersion = 2;
    static constexpr int kDefaultRecords = 20000;
    static constexpr int kSigners = 100;
    static constexpr int kItemsPerRecord = 50;

    struct Options {
        QString dir;
        int records = kDefaultRecords;
        QString serverUrl; // postgresql://…: build there instead of DIR/archive-N.sqlite
    };

    // Builds (or reuses) the archive and prints "archive ready: …".
    static int run(const Options& options);

    // The archive's file, or the server's stamp, for N records in dir.
    static QString databasePath(const QString& dir, int records);
    static QString stampPath(const QString& dir, int records, bool onServer);
    // What the stamp holds for this generator and schema (and server URL).
    static QByteArray stampText(const QString& serverUrl);

    // Fills an open, empty store with `records` records; progress goes to print.
    explicit ArchiveBuilder(ChecklistStore& store);
    ~ArchiveBuilder();
    Status build(int records);

private:
    Status registerSigners();
    Status buildRecord(int number, int records, qint64 templateId);
    Status checkItems(const QList<qint64>& items, int number, bool complete);
    Status attachEvidence(qint64 recordId, const QList<qint64>& items, int number);
    Status signRecord(qint64 recordId, int number, int signatures);
    // The record's creation time: spread over ten years of working days.
    QDateTime startOf(int number, int records) const;
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

    ChecklistStore& m_store;
    QDateTime m_now;
    QDateTime m_firstDay;
    // The signers' keys, each unlocked once (SignOffService::unlock).
    struct Signers;
    std::unique_ptr<Signers> m_signers;
};

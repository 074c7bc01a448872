#pragma once

#include "ProcessRun.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What the tst_cli_* suites share: the built countersign-cli run end to end
// with QProcess on one test's database in a QTemporaryDir, with HOME and the
// XDG folders pointing into that directory so the user's real database and
// settings are never read or written; the seed's signers; and reading the
// CLI's JSON back. A suite derives from QObject and from this, and calls
// startTest() from init() and finishTest() from cleanup().
class CliTestFixture {
protected:
    using Run = TestSupport::ProcessRun;

    static inline const QString kBuiltInTitle = QStringLiteral("Production Deployment Checklist");
    static inline const QString kSmokeTitle = QStringLiteral("Smoke Test Checklist");
    static inline const QString kTestUser = QStringLiteral("cli-test-user");

    // The seed's sign-off table, in the order its roles sign.
    static inline const QStringList kSeedRoles{QStringLiteral("Deployment Manager"),
                                               QStringLiteral("QA Lead"), QStringLiteral("Development Lead"),
                                               QStringLiteral("Product Owner")};

    // One signer per seed role: login, printed name, password.
    struct TestSigner {
        QString login;
        QString name;
        QString role;
        QString password;
        QByteArray stdinLine() const { return password.toUtf8() + '\n'; }
    };
    static inline const QList<TestSigner> kSigners{
        {QStringLiteral("dm"), QStringLiteral("Dana Manager"), QStringLiteral("Deployment Manager"),
         QStringLiteral("dm-secret-pass")},
        {QStringLiteral("qa"), QStringLiteral("Quinn Assurance"), QStringLiteral("QA Lead"),
         QStringLiteral("qa-secret-pass")},
        {QStringLiteral("dev"), QStringLiteral("Devi Lead"), QStringLiteral("Development Lead"),
         QStringLiteral("dev-secret-pass")},
        {QStringLiteral("po"), QStringLiteral("Pat Owner"), QStringLiteral("Product Owner"),
         QStringLiteral("po-secret-pass")},
    };

    // UtcTime::text: the stored and signed form, milliseconds included.
    static inline const QRegularExpression kIsoUtc{
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$")};
    static inline const QRegularExpression kSha256Hex{QStringLiteral("^[0-9a-f]{64}$")};

    static QByteArray sha256(const QByteArray& bytes);
    // Counts the checklist items of the seed by hand: table rows of sections that
    // have a status column, without the header, separator and bold group rows.
    static int countSeedItems();
    // Whether the countersign-cli the suites run has been built.
    static bool cliIsBuilt();

    // From init(): a new temporary home and, in it, a name for the test's
    // database (a file here, a fresh database on the server in the _pg run).
    // False when the temporary directory could not be made.
    bool startTest();
    // From cleanup(): removes the test's temporary home.
    void finishTest();

    // What cli() runs the program with: the test's home, the C.UTF-8 locale.
    QProcessEnvironment environment() const;
    Run cli(const QStringList& arguments, const QByteArray& input = {}) const;
    // With --db pointing at the test's database.
    Run db(const QStringList& arguments, const QByteArray& input = {}) const;
    // Creates the test's database as the app does on first start: only the built-in template.
    void createDatabase() const;
    qint64 newRecord(const QString& title = QStringLiteral("Release 2.4.0"));
    QJsonObject showJson(qint64 recordId) const;
    // An item of the record as `show --json` reports it; the group tells the twins apart.
    QJsonObject item(qint64 recordId, const QString& text, const QString& group = {}) const;
    QJsonObject recordEntry(qint64 recordId) const;
    // `export RECORD --pdf` into the test's home under name: its path, or ""
    // with a warning saying why when the export failed.
    QString exportPdf(qint64 recordId, const QString& name) const;

    // The test database's administrator (the signer registry): created by
    // ensureAdministrator(), which addSigner() calls first.
    static inline const QString kAdminLogin = QStringLiteral("admin");
    static inline const QString kAdminName = QStringLiteral("Ada Administrator");
    static inline const QString kAdminPassword = QStringLiteral("Granite-4-harbour-Quill?");
    static QByteArray adminLine() { return kAdminPassword.toUtf8() + '\n'; }
    // `admin init` on the test's database unless it has a registry already; its root fingerprint.
    QString ensureAdministrator() const;
    // Signing. An administrator (kAdminLogin) certifies each signer.
    void addSigner(const TestSigner& signer, const QString& roles = {}) const;
    Run sign(qint64 recordId, const TestSigner& signer, const QString& meaning = QStringLiteral("Approved"),
             const QStringList& extra = {}) const;
    Run signAs(qint64 recordId, const QString& role, const QString& login, const QByteArray& input,
               const QStringList& extra = {}) const;
    // Registers the first `roles` of kSigners and signs the record as each, in
    // order, the first with the strokes file when one is given (the others
    // type theirs). False, with a warning saying why, at the first refusal.
    bool signRoles(qint64 recordId, int roles, const QString& firstStrokes = {});
    // Marks every checklist item of a record Done through the store (the flow test uses `set`).
    void tickAll(qint64 recordId) const;
    QList<qint64> checklistItemIds(qint64 recordId) const;
    // show --json's "signatures": every signature ever made on the record.
    QJsonArray signatures(qint64 recordId) const;
    QJsonObject signerEntry(const QString& login) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

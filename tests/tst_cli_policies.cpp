// countersign-cli, end to end: sign-off policies (issue 20, part 4). A
// template's front matter gives QA Lead two independent signers; import,
// export, show (text and JSON) and sign all follow it. The built binary on a
// database of its own (CliTestFixture); tst_cli_policies_pg on the server.

#include "CliTestFixture.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace {
const QByteArray kPolicy("---\nsignoff:\n  \"QA Lead\":\n    signers: 2\n    independent: true\n---\n\n");
const QString kQaLead = QStringLiteral("QA Lead");
} // namespace

class TestCliPolicies : public QObject, protected CliTestFixture {
    Q_OBJECT

    // The seed with the policy in front, imported as its next version: the one `new` takes.
    QString importPolicyTemplate() {
        createDatabase();
        const Run exported = db({QStringLiteral("export-template"), kBuiltInTitle,
                                 QStringLiteral("--markdown"), QStringLiteral("-")});
        if (exported.exitCode != 0)
            return {};
        const QString path = m_dir->filePath(QStringLiteral("policy.md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(kPolicy + exported.out) < 0)
            return {};
        file.close();
        return path;
    }
    QJsonObject qaLeadEntry(qint64 id) const {
        for (const QJsonValue& role : showJson(id).value(QStringLiteral("signoffs")).toArray()) {
            if (role.toObject().value(QStringLiteral("role")).toString() == kQaLead)
                return role.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY2(cliIsBuilt(), COUNTERSIGN_CLI_PATH);
    }
    void init() { QVERIFY(startTest()); }
    void cleanup() { finishTest(); }

    void importShowsAndExportsThePolicy() {
        const QString path = importPolicyTemplate();
        QVERIFY(!path.isEmpty());
        const Run preview = db({QStringLiteral("import-template"), path, QStringLiteral("--dry-run")});
        QCOMPARE(preview.exitCode, 0);
        QVERIFY2(preview.out.contains("policy: 2 signers, independent"), preview.out.constData());
        const Run previewJson = db(
            {QStringLiteral("import-template"), path, QStringLiteral("--dry-run"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue& section : previewJson.json().object().value(u"sections").toArray()) {
            for (const QJsonValue& policy : section.toObject().value(u"policies").toArray()) {
                if (policy.toObject().value(u"role").toString() != kQaLead)
                    continue;
                found = true;
                QCOMPARE(policy.toObject().value(u"signers_required").toInt(), 2);
                QCOMPARE(policy.toObject().value(u"independent").toBool(), true);
            }
        }
        QVERIFY2(found, previewJson.out.constData());

        const Run imported = db({QStringLiteral("import-template"), path});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        // Written back with the same front matter: the template round-trips.
        const Run exported = db({QStringLiteral("export-template"), imported.lastLine(),
                                 QStringLiteral("--markdown"), QStringLiteral("-")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(exported.out.startsWith(kPolicy), exported.out.constData());

        // Bad front matter names its line; nothing is stored.
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::ReadWrite));
        QByteArray text = bad.readAll();
        text.replace("signers: 2", "signers: 0");
        bad.resize(0);
        bad.write(text);
        bad.close();
        const Run refused = db({QStringLiteral("import-template"), path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(
                     u"line 4: the role 'QA Lead' needs a whole number of signers, 1 or more, "
                     u"not '0'"),
                 refused.err.constData());
    }

    void twoIndependentQaLeads() {
        const QString path = importPolicyTemplate();
        QVERIFY(!path.isEmpty());
        QCOMPARE(db({QStringLiteral("import-template"), path}).exitCode, 0);
        const qint64 id = newRecord();
        QVERIFY(id > 0);
        const QString record = QString::number(id);
        for (const TestSigner& signer : kSigners)
            addSigner(signer);
        const TestSigner rita{QStringLiteral("rita"), QStringLiteral("Rita Second"), kQaLead,
                              QStringLiteral("harbour-lantern-77")};
        const TestSigner sam{QStringLiteral("sam"), QStringLiteral("Sam Third"), kQaLead,
                             QStringLiteral("copper-meadow-42")};
        addSigner(rita);
        addSigner(sam);

        // Quinn ticks twelve items with `set --by`, a pipeline the rest.
        const QList<qint64> items = checklistItemIds(id);
        for (int i = 0; i < items.size(); ++i) {
            const Run set = db({QStringLiteral("set"), record, QString::number(items.at(i)),
                                QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--by"),
                                i < 12 ? QStringLiteral("Quinn Assurance") : QStringLiteral("ci")});
            QVERIFY2(set.exitCode == 0, set.err.constData());
        }
        QCOMPARE(sign(id, kSigners.at(0)).exitCode, 0);

        const Run quinn = sign(id, kSigners.at(1));
        QCOMPARE(quinn.exitCode, 1);
        QVERIFY2(quinn.errText().contains(
                     u"Quinn Assurance changed 12 items of this record; QA Lead must be signed "
                     u"by someone independent, who changed none of its items."),
                 quinn.err.constData());

        QCOMPARE(sign(id, rita).exitCode, 0);
        QJsonObject qa = qaLeadEntry(id);
        QCOMPARE(qa.value(u"signers_required").toInt(), 2);
        QCOMPARE(qa.value(u"independent").toBool(), true);
        QCOMPARE(qa.value(u"signed_count").toInt(), 1);
        QCOMPARE(qa.value(u"signed").toBool(), false);
        QCOMPARE(qa.value(u"signers").toArray().size(), 1);
        const Run shown = db({QStringLiteral("show"), record});
        QVERIFY2(shown.out.contains("1 of 2 (2 signers, independent): Rita Second"), shown.out.constData());

        const Run twice = sign(id, rita);
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.errText().contains(
                     QStringLiteral("already signed record %1 as QA Lead: the role needs 2 different signers")
                         .arg(id)),
                 twice.err.constData());

        QCOMPARE(sign(id, sam).exitCode, 0);
        qa = qaLeadEntry(id);
        QCOMPARE(qa.value(u"signed").toBool(), true);
        QCOMPARE(qa.value(u"signers").toArray().at(1).toObject().value(u"login").toString(), sam.login);
        QCOMPARE(sign(id, kSigners.at(2)).exitCode, 0);
        QCOMPARE(showJson(id).value(u"state").toString(), QStringLiteral("signed"));
        QCOMPARE(sign(id, kSigners.at(3)).exitCode, 0);
        QCOMPARE(showJson(id).value(u"state").toString(), QStringLiteral("sealed"));
        const Run verify = db({QStringLiteral("verify"), record});
        QVERIFY2(verify.exitCode == 0, verify.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPolicies)
#include "tst_cli_policies.moc"

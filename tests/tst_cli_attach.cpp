// countersign-cli, end to end: evidence attachments (app/cli/AttachmentCommands.cpp): attach,
// attachments, detach, extract, attachment-limit; show and show --json listing them under their items;
// export --bundle (app/cli/RecordBundle.cpp); verify naming a changed chunk; and the memory a 100 MB
// attachment takes in the real process, measured as the kernel counts it.

#include "CliTestFixture.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

class TestCliAttach : public QObject, protected CliTestFixture {
    Q_OBJECT

    static inline const QString kItem = QStringLiteral("All acceptance tests pass");

    QString writeFile(const QString& name, const QByteArray& bytes) const {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QByteArray randomBytes(qint64 size, quint32 seed) {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(seed);
        generator.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
        return bytes;
    }
    static QString hexSha256(const QByteArray& bytes) { return QString::fromLatin1(sha256(bytes).toHex()); }
    static QByteArray readAll(const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // `attach` of a file; the new attachment's id from `attachments --json`.
    qint64 attach(qint64 recordId, const QString& path, const QStringList& extra = {}) {
        const Run run =
            db(QStringList{QStringLiteral("attach"), QString::number(recordId), kItem, path} + extra);
        if (run.exitCode != 0) {
            qWarning("attach failed: %s", qPrintable(run.errText()));
            return 0;
        }
        const QJsonArray listed = attachments(recordId);
        return listed.isEmpty() ? 0 : listed.last().toObject().value(QStringLiteral("id")).toInteger();
    }
    QJsonArray attachments(qint64 recordId) const {
        return db({QStringLiteral("attachments"), QString::number(recordId), QStringLiteral("--json")})
            .json()
            .array();
    }
    // The peak resident memory (KiB) of one run of the CLI, as wait4() reports
    // it for that process alone, through tests/drivers/rss_probe (a process
    // that execs carries its spawner's resident size into its own peak, and
    // this suite holds 100 MB); -1 when the run failed.
    long peakKiB(const QStringList& arguments) const {
        TestSupport::ProcessOptions options;
        options.environment = environment();
        options.workingDirectory = m_dir->path();
        const Run run = TestSupport::runProcess(
            QStringLiteral(COUNTERSIGN_RSS_PROBE),
            QStringList{QStringLiteral(COUNTERSIGN_CLI_PATH), QStringLiteral("--db"), m_db} + arguments,
            options);
        if (run.exitCode != 0) {
            qWarning("%s", qPrintable(run.errText()));
            return -1;
        }
        return run.lastLine().toLong();
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

    void attachListShowExtract() {
        const qint64 record = newRecord();
        const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 77, 1);
        const QString path = writeFile(QStringLiteral("smoke-run.log"), bytes);
        const Run attached = db({QStringLiteral("attach"), QString::number(record),
                                 QStringLiteral("all ACCEPTANCE tests pass"), path, QStringLiteral("--by"),
                                 QStringLiteral("alice")});
        QCOMPARE(attached.exitCode, 0);
        QVERIFY2(attached.outText().contains(u"smoke-run.log") &&
                     attached.outText().contains(hexSha256(bytes)),
                 qPrintable(attached.outText()));

        const QJsonArray listed = attachments(record);
        QCOMPARE(listed.size(), 1);
        const QJsonObject entry = listed.first().toObject();
        QCOMPARE(entry.value(u"name").toString(), QStringLiteral("smoke-run.log"));
        QCOMPARE(entry.value(u"size").toInteger(), bytes.size());
        QCOMPARE(entry.value(u"sha256").toString(), hexSha256(bytes));
        QCOMPARE(entry.value(u"added_by").toString(), QStringLiteral("alice"));
        QCOMPARE(entry.value(u"item").toString(), kItem);
        QCOMPARE(entry.value(u"removed").toBool(), false);
        QVERIFY(kIsoUtc.match(entry.value(u"added_at").toString()).hasMatch());
        const qint64 id = entry.value(u"id").toInteger();

        // show --json has it under its item; show names it under the section.
        const QJsonArray onItem = item(record, kItem).value(u"attachments").toArray();
        QCOMPARE(onItem.size(), 1);
        QCOMPARE(onItem.first().toObject().value(u"id").toInteger(), id);
        const Run shown = db({QStringLiteral("show"), QString::number(record)});
        QVERIFY2(shown.outText().contains(QStringLiteral("attachment %1: smoke-run.log").arg(id)),
                 qPrintable(shown.outText()));

        const QString out = m_dir->filePath(QStringLiteral("out.log"));
        QCOMPARE(db({QStringLiteral("extract"), QString::number(record), QString::number(id), out}).exitCode,
                 0);
        QCOMPARE(readAll(out), bytes);
        const Run toStdout = db(
            {QStringLiteral("extract"), QString::number(record), QString::number(id), QStringLiteral("-")});
        QCOMPARE(toStdout.exitCode, 0);
        QVERIFY(toStdout.out == bytes);
        // Another record's attachment is not this one's.
        const qint64 other = newRecord(QStringLiteral("Other"));
        QCOMPARE(db({QStringLiteral("extract"), QString::number(other), QString::number(id), out}).exitCode,
                 1);
        QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
    }

    void standardInputNeedsAName() {
        const qint64 record = newRecord();
        const QStringList args{QStringLiteral("attach"), QString::number(record), kItem, QStringLiteral("-")};
        const Run nameless = db(args, "piped");
        QCOMPARE(nameless.exitCode, 1);
        QVERIFY2(nameless.errText().contains(u"--name"), qPrintable(nameless.errText()));
        QCOMPARE(db(args + QStringList{QStringLiteral("--name"), QStringLiteral("pipe.txt")}, "piped bytes")
                     .exitCode,
                 0);
        const QJsonObject entry = attachments(record).first().toObject();
        QCOMPARE(entry.value(u"name").toString(), QStringLiteral("pipe.txt"));
        QCOMPARE(entry.value(u"sha256").toString(), hexSha256("piped bytes"));
        QCOMPARE(entry.value(u"media_type").toString(), QStringLiteral("text/plain"));
    }

    void limitRefusesAndWritesNothing() {
        const qint64 record = newRecord();
        const Run shown = db({QStringLiteral("attachment-limit")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.outText().contains(u"52428800 bytes"), qPrintable(shown.outText()));
        QCOMPARE(db({QStringLiteral("attachment-limit"), QStringLiteral("1k"), QStringLiteral("--by"),
                     QStringLiteral("admin")})
                     .exitCode,
                 0);
        QCOMPARE(db({QStringLiteral("attachment-limit"), QStringLiteral("lots")}).exitCode, 1);
        const QString path = writeFile(QStringLiteral("big.bin"), QByteArray(1025, 'x'));
        const Run refused = db({QStringLiteral("attach"), QString::number(record), kItem, path});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"big.bin") && refused.errText().contains(u"1025 bytes") &&
                     refused.errText().contains(u"1024 bytes") &&
                     refused.errText().contains(u"attachment-limit"),
                 qPrintable(refused.errText()));
        QVERIFY(attachments(record).isEmpty());
        QCOMPARE(TestSupport::rawValue(m_db, QStringLiteral("SELECT COUNT(*) FROM attachment_chunks")), 0);
    }

    void detachKeepsBytesAndIsAudited() {
        const qint64 record = newRecord();
        const QByteArray bytes("evidence");
        const qint64 id = attach(record, writeFile(QStringLiteral("e.txt"), bytes));
        QVERIFY(id > 0);
        const QStringList args{QStringLiteral("detach"), QString::number(record), QString::number(id)};
        QCOMPARE(db(args).exitCode, 2); // --reason is required
        QCOMPARE(db(args + QStringList{QStringLiteral("--reason"), QStringLiteral("wrong run"),
                                       QStringLiteral("--by"), QStringLiteral("bob")})
                     .exitCode,
                 0);
        const QJsonObject entry = attachments(record).first().toObject();
        QCOMPARE(entry.value(u"removed").toBool(), true);
        QCOMPARE(entry.value(u"removed_by").toString(), QStringLiteral("bob"));
        QCOMPARE(entry.value(u"removed_reason").toString(), QStringLiteral("wrong run"));
        const QString out = m_dir->filePath(QStringLiteral("back.txt"));
        QCOMPARE(db({QStringLiteral("extract"), QString::number(record), QString::number(id), out}).exitCode,
                 0);
        QCOMPARE(readAll(out), bytes);
        const Run audit = db({QStringLiteral("audit"), QString::number(record)});
        QVERIFY2(audit.outText().contains(u"Attachment removed") &&
                     audit.outText().contains(u"File attached"),
                 qPrintable(audit.outText()));
        QCOMPARE(db({QStringLiteral("verify")}).exitCode, 0);
    }

    void sealedRecordRefuses() {
        const qint64 record = newRecord();
        tickAll(record);
        QVERIFY(signRoles(record, kSeedRoles.size()));
        const Run refused = db({QStringLiteral("attach"), QString::number(record), kItem,
                                writeFile(QStringLiteral("late.txt"), "x")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"sealed"), qPrintable(refused.errText()));
        QVERIFY(attachments(record).isEmpty());
    }

    void changedChunkFailsVerify() {
        const qint64 record = newRecord();
        const qint64 id =
            attach(record, writeFile(QStringLiteral("run.bin"), randomBytes(1024 * 1024 + 9, 4)));
        QVERIFY(id > 0);
        QCOMPARE(
            TestSupport::rawExec(m_db, TestSupport::dropTrigger(QStringLiteral("attachment_chunks_no_update"),
                                                                QStringLiteral("attachment_chunks"))),
            QString());
        QCOMPARE(
            TestSupport::rawExec(m_db, TestSupport::onPostgres()
                                           ? QStringLiteral("UPDATE attachment_chunks SET bytes = overlay("
                                                            "bytes placing '\\xdeadbeef'::bytea from 1)")
                                           : QStringLiteral("UPDATE attachment_chunks SET bytes = "
                                                            "randomblob(length(bytes))")),
            QString());
        const Run verify = db({QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 3);
        const QString all = verify.outText() + verify.errText();
        QVERIFY2(all.contains(QStringLiteral("record %1").arg(record)) &&
                     all.contains(QStringLiteral("attachment %1 \"run.bin\"").arg(id)),
                 qPrintable(all));
        const QString out = m_dir->filePath(QStringLiteral("never.bin"));
        const Run extract =
            db({QStringLiteral("extract"), QString::number(record), QString::number(id), out});
        QCOMPARE(extract.exitCode, 1);
        QVERIFY2(extract.errText().contains(u"run.bin"), qPrintable(extract.errText()));
        QVERIFY(!QFile::exists(out)); // kept only when every byte matched
    }

    void bundleHoldsReportRecordEvidenceAndManifest() {
        const qint64 record = newRecord();
        const QByteArray kept("kept evidence");
        const QByteArray dropped("dropped evidence");
        const qint64 keptId = attach(record, writeFile(QStringLiteral("kept.txt"), kept));
        const qint64 droppedId = attach(record, writeFile(QStringLiteral("dropped.txt"), dropped));
        QVERIFY(keptId > 0 && droppedId > 0);
        QCOMPARE(db({QStringLiteral("detach"), QString::number(record), QString::number(droppedId),
                     QStringLiteral("--reason"), QStringLiteral("superseded")})
                     .exitCode,
                 0);
        // A folder that holds something is refused; an empty one is used.
        const QString busy = m_dir->filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy + QStringLiteral("/x")));
        const Run refused =
            db({QStringLiteral("export"), QString::number(record), QStringLiteral("--bundle"), busy});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"not empty"), qPrintable(refused.errText()));
        const QString bundle = m_dir->filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkpath(bundle));
        const Run exported =
            db({QStringLiteral("export"), QString::number(record), QStringLiteral("--bundle"), bundle});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.errText()));

        const QJsonObject manifest =
            QJsonDocument::fromJson(readAll(bundle + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(manifest.value(u"format").toString(), QStringLiteral("countersign-bundle/1"));
        QCOMPARE(manifest.value(u"record").toInteger(), record);
        QStringList paths;
        for (const QJsonValue& value : manifest.value(u"files").toArray()) {
            const QJsonObject file = value.toObject();
            const QString path = file.value(u"path").toString();
            paths << path;
            const QByteArray bytes = readAll(bundle + u'/' + path);
            QCOMPARE(file.value(u"size").toInteger(), bytes.size());
            QCOMPARE(file.value(u"sha256").toString(), hexSha256(bytes));
        }
        const QString pdf = QStringLiteral("record-%1.pdf").arg(record);
        const QString json = QStringLiteral("record-%1.json").arg(record);
        const QString keptPath = QStringLiteral("evidence/%1-kept.txt").arg(keptId);
        const QString droppedPath = QStringLiteral("evidence/removed/%1-dropped.txt").arg(droppedId);
        QCOMPARE(paths, (QStringList{pdf, json, keptPath, droppedPath}));
        QVERIFY(readAll(bundle + u'/' + pdf).startsWith("%PDF-"));
        QCOMPARE(readAll(bundle + u'/' + keptPath), kept);
        QCOMPARE(readAll(bundle + u'/' + droppedPath), dropped);
        const QJsonObject recordJson = QJsonDocument::fromJson(readAll(bundle + u'/' + json)).object();
        QCOMPARE(recordJson.value(u"id").toInteger(), record);
        // Nothing else was left beside it.
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral(".bundle*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    // The bytes go through in 1 MiB chunks, one statement each: a 100 MB file
    // costs the process about what a 1 KB file does, plus a chunk in flight
    // and the page cache SQLite fills (2000 KiB by default), never the file.
    void largeFileTakesLittleMemory() {
#ifdef COUNTERSIGN_SANITIZED
        QSKIP("sanitizer build: AddressSanitizer keeps freed chunks in its quarantine (up to 256 MiB), so "
              "peak memory says nothing of the program's; the plain build runs this test");
#endif
        const qint64 record = newRecord();
        QCOMPARE(db({QStringLiteral("attachment-limit"), QStringLiteral("200M")}).exitCode, 0);
        const QString small = writeFile(QStringLiteral("small.bin"), randomBytes(1024, 2));
        const QByteArray large = randomBytes(100 * 1000 * 1000, 3);
        const QString largePath = writeFile(QStringLiteral("large.bin"), large);
        const QStringList args{QStringLiteral("attach"), QString::number(record), kItem};
        const long smallKiB = peakKiB(args + QStringList{small});
        const long largeKiB = peakKiB(args + QStringList{largePath});
        QVERIFY(smallKiB > 0 && largeKiB > 0);
        qInfo("peak RSS: 1 KB file %ld KiB, 100 MB file %ld KiB, difference %ld KiB", smallKiB, largeKiB,
              largeKiB - smallKiB);
        const long allowedKiB = TestSupport::onPostgres() ? kAllowedOnServerKiB : kAllowedKiB;
        QVERIFY2(largeKiB - smallKiB <= allowedKiB,
                 qPrintable(QStringLiteral("%1 KiB more for 100 MB").arg(largeKiB - smallKiB)));
        // And back out, the same way.
        const qint64 id = attachments(record).last().toObject().value(u"id").toInteger();
        const QString out = m_dir->filePath(QStringLiteral("large.out"));
        const long extractKiB =
            peakKiB({QStringLiteral("extract"), QString::number(record), QString::number(id), out});
        qInfo("peak RSS extracting 100 MB: %ld KiB", extractKiB);
        QVERIFY(extractKiB > 0);
        QVERIFY2(extractKiB - smallKiB <= allowedKiB, qPrintable(QString::number(extractKiB - smallKiB)));
        QVERIFY(readAll(out) == large);
    }

private:
    // About three chunks: the one read from the file, the one bound to the
    // statement, and SQLite's page cache (at most 2000 KiB by default) as it
    // fills; 1 MiB more for the allocator's rounding. (Measured: about 3 MiB.)
    static constexpr long kAllowedKiB = 4 * 1024 + 1024;
    // On a server the chunks go through libpq as binary values
    // (core/store/ChunkStatements): the chunk, libpq's output buffer and the
    // result it reads back, with the same slack.
    static constexpr long kAllowedOnServerKiB = 6 * 1024;
};

QTEST_GUILESS_MAIN(TestCliAttach)
#include "tst_cli_attach.moc"

#include "ArchiveBuilder.h"

#include "BenchSupport.h"
#include "core/ChecklistStore.h"
#include "core/Registry.h"
#include "core/SignOffService.h"
#include "io/BuiltInTemplate.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <vector>

using Bench::print;

namespace {

// In signing order; each signer holds one of them.
const QStringList kRoles = {QStringLiteral("QA Lead"), QStringLiteral("Security Officer"),
                            QStringLiteral("Release Manager"), QStringLiteral("Product Owner")};
const QString kAdministrator = QStringLiteral("ada");
// Every account's password in the archive: it is test data, and a benchmark
// must be able to sign in as anyone.
const QString kPassword = QStringLiteral("Archive-7-meadow-Harbor!");
// One BulkWrite: about 2,750 audit rows and 75 signatures.
constexpr int kRecordsPerBulk = 25;
constexpr int kSectionCount = 5;
constexpr int kEditSeconds = 20;

QString signerLogin(int n) {
    return QStringLiteral("signer%1").arg(n, 3, 10, QLatin1Char('0'));
}

// Signer n (1-based) holds role (n - 1) % 4.
int signerFor(int role, int recordNumber) {
    const int perRole = ArchiveBuilder::kSigners / int(kRoles.size());
    return (recordNumber * 7 + role * 3) % perRole * int(kRoles.size()) + role + 1;
}

// A fixed mix of two numbers: the same archive on every run.
quint32 mix(int a, int b) {
    quint32 h = quint32(a) * 2654435761u ^ quint32(b) * 2246822519u;
    h ^= h >> 15;
    h *= 2246822519u;
    h ^= h >> 13;
    return h;
}

ChecklistTemplate archiveTemplate() {
    ChecklistTemplate t;
    t.title = QStringLiteral("Release sign-off (archive)");
    t.description = QStringLiteral("The checklist every release of the ten-year archive went through.");
    const QStringList areas = {QStringLiteral("Build and artefacts"), QStringLiteral("Database migration"),
                               QStringLiteral("Deployment"), QStringLiteral("Monitoring"),
                               QStringLiteral("Rollback readiness")};
    const int perSection = ArchiveBuilder::kItemsPerRecord / kSectionCount;
    for (int s = 0; s < kSectionCount; ++s) {
        ChecklistSection section;
        section.title = areas.at(s);
        section.kind = SectionKind::Checklist;
        section.columns = {QStringLiteral("Item"), QStringLiteral("Status"), QStringLiteral("Notes")};
        section.statusColumn = 1;
        section.notesColumn = 2;
        for (int i = 1; i <= perSection; ++i) {
            ChecklistItem item;
            item.text = QStringLiteral("%1: check %2 of %3").arg(areas.at(s)).arg(i).arg(perSection);
            section.items.append(item);
        }
        t.sections.append(section);
    }
    t.sections.append(Bench::signOffSection(kRoles));
    return t;
}

bool stampMatches(const QString& path, const QByteArray& expected) {
    QFile stamp(path);
    return stamp.open(QIODevice::ReadOnly) && stamp.readAll() == expected;
}

Status writeStamp(const QString& path, const QByteArray& text) {
    QFile stamp(path);
    if (!stamp.open(QIODevice::WriteOnly | QIODevice::Truncate) || stamp.write(text) != text.size())
        return Error(QStringLiteral("cannot write %1: %2").arg(path, stamp.errorString()));
    return {};
}

void removeDatabase(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

struct ArchiveBuilder::Signers {
    std::vector<SignOffService::UnlockedKey> keys; // signer n at n - 1
};

ArchiveBuilder::ArchiveBuilder(ChecklistStore& store)
    : m_store(store)
    , m_signers(std::make_unique<Signers>()) {}

ArchiveBuilder::~ArchiveBuilder() = default;

QString ArchiveBuilder::databasePath(const QString& dir, int records) {
    return QStringLiteral("%1/archive-%2.sqlite").arg(dir).arg(records);
}

QString ArchiveBuilder::stampPath(const QString& dir, int records, bool onServer) {
    return onServer ? QStringLiteral("%1/archive-%2.pg.stamp").arg(dir).arg(records)
                    : databasePath(dir, records) + QStringLiteral(".stamp");
}

QByteArray ArchiveBuilder::stampText(const QString& serverUrl) {
    QByteArray text = QStringLiteral("generator %1\nschema %2\n")
                          .arg(kGeneratorVersion)
                          .arg(ChecklistStore::schemaVersion())
                          .toUtf8();
    if (!serverUrl.isEmpty())
        text += QStringLiteral("server %1\n").arg(serverUrl).toUtf8();
    return text;
}

int ArchiveBuilder::run(const Options& options) {
    // Cheap key derivations, as the test suites use: 100 signers and 100
    // unlocks at the real cost would take minutes. The sealed keys record
    // their own cost, so the archive opens and signs anywhere.
    if (!qEnvironmentVariableIsSet("COUNTERSIGN_TEST_KDF"))
        qputenv("COUNTERSIGN_TEST_KDF", "min");
    const bool onServer = !options.serverUrl.isEmpty();
    QDir().mkpath(options.dir);
    const QString stamp = stampPath(options.dir, options.records, onServer);
    const QString target = onServer ? options.serverUrl : databasePath(options.dir, options.records);
    const QByteArray expected = stampText(options.serverUrl);
    if ((onServer || QFileInfo::exists(target)) && stampMatches(stamp, expected)) {
        print(QStringLiteral("archive ready: %1 (reused)").arg(onServer ? stamp : target));
        return 0;
    }
    QFile::remove(stamp);
    QElapsedTimer timer;
    timer.start();
    // Built on tmpfs when there is one (as make-data does), then copied.
    QTemporaryDir shm(QStringLiteral("/dev/shm/countersign-archive-XXXXXX"));
    QTemporaryDir fallback;
    const QString scratch =
        (shm.isValid() ? shm.path() : fallback.path()) + QStringLiteral("/archive.sqlite");
    {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (Status opened = store.open(onServer ? target : scratch); !opened) {
            print(QStringLiteral("store_benchmark: cannot open %1: %2").arg(target, opened.error()));
            return 1;
        }
        const Result<QList<RecordSummary>> existing = store.records();
        if (!existing || !existing->isEmpty()) {
            print(QStringLiteral("store_benchmark: %1 is not an empty database: %2")
                      .arg(store.shownLocation(),
                           existing ? QStringLiteral("it has records") : existing.error()));
            return 1;
        }
        ArchiveBuilder builder(store);
        if (Status built = builder.build(options.records); !built) {
            print(QStringLiteral("store_benchmark: building the archive failed: %1").arg(built.error()));
            return 1;
        }
    }
    if (!onServer) {
        removeDatabase(target);
        if (!QFile::copy(scratch, target)) {
            print(QStringLiteral("store_benchmark: cannot copy %1 to %2").arg(scratch, target));
            return 1;
        }
    }
    if (Status stamped = writeStamp(stamp, expected); !stamped) {
        print(QStringLiteral("store_benchmark: %1").arg(stamped.error()));
        return 1;
    }
    print(QStringLiteral("archive ready: %1 (built in %2 s)")
              .arg(onServer ? stamp : target)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

Status ArchiveBuilder::build(int records) {
    m_firstDay = QDateTime(QDate(2016, 1, 4), QTime(7, 0), Qt::UTC);
    m_now = m_firstDay;
    m_store.setClock([this] { return m_now; });
    QElapsedTimer timer;
    timer.start();
    if (Status registered = registerSigners(); !registered)
        return registered;
    print(QStringLiteral("  %1 signers registered and unlocked, %2 s")
              .arg(kSigners)
              .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    const Result<qint64> templateId = m_store.addTemplate(archiveTemplate());
    if (!templateId)
        return templateId.failure();
    const int reportEvery = std::max(1, records / 10);
    for (int first = 1; first <= records; first += kRecordsPerBulk) {
        ChecklistStore::BulkWrite bulk(m_store);
        if (Status began = bulk.began(); !began)
            return began;
        const int last = std::min(records, first + kRecordsPerBulk - 1);
        for (int number = first; number <= last; ++number) {
            if (Status built = buildRecord(number, records, *templateId); !built)
                return Error(QStringLiteral("record %1: %2").arg(number).arg(built.error()));
        }
        if (Status committed = bulk.commit(); !committed)
            return committed;
        if (last / reportEvery != (first - 1) / reportEvery || last == records)
            print(QStringLiteral("  %1 of %2 records, %3 s")
                      .arg(last)
                      .arg(records)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    }
    return {};
}

// The administrator and the signers as `countersign-cli admin init` and
// `signer add` make them: each signer certified by the administrator's key.
Status ArchiveBuilder::registerSigners() {
    Registry registry(m_store);
    const SecretBytes password = SecretBytes::fromText(kPassword);
    if (Result<Registry::Root> root =
            registry.initRoot(kAdministrator, QStringLiteral("Ada Administrator"), password, kAdministrator);
        !root)
        return root.failure();
    SignOffService service(m_store);
    for (int n = 1; n <= kSigners; ++n) {
        advance(60);
        // A certification wipes the administrator's password it was given.
        Registry::Credentials admin{kAdministrator, SecretBytes::fromText(kPassword)};
        const QString role = kRoles.at((n - 1) % kRoles.size());
        const Result<qint64> added =
            service.registerSigner(signerLogin(n), QStringLiteral("Signer Number %1").arg(n), {role},
                                   password, kAdministrator, &admin);
        if (!added)
            return Error(QStringLiteral("signer %1: %2").arg(signerLogin(n), added.error()));
        Result<SignOffService::UnlockedKey> key = service.unlock(signerLogin(n), password);
        if (!key)
            return key.failure();
        m_signers->keys.push_back(std::move(key).value());
    }
    return {};
}

QDateTime ArchiveBuilder::startOf(int number, int records) const {
    // Ten years of working days, the records spread evenly over them (day d
    // starts with record ⌈d·N/days⌉ + 1), each day's first at 08:00.
    constexpr qint64 kWorkingDays = 10 * 261;
    const qint64 n = number - 1;
    const qint64 dayIndex = n * kWorkingDays / records;
    const qint64 firstOfDay = (dayIndex * records + kWorkingDays - 1) / kWorkingDays;
    const qint64 perDay = (records + kWorkingDays - 1) / kWorkingDays;
    const QDate day = m_firstDay.date().addDays(dayIndex / 5 * 7 + dayIndex % 5);
    return QDateTime(day, QTime(8, 0), Qt::UTC).addSecs((n - firstOfDay) * (9 * 3600 / perDay));
}

Status ArchiveBuilder::buildRecord(int number, int records, qint64 templateId) {
    const QDateTime start = startOf(number, records);
    if (start > m_now)
        m_now = start;
    // Most records signed by every role (sealed), some by the first roles
    // only, some checked and waiting, some still being checked.
    const int kind = number % 20;
    const int signatures = kind < 13 ? 4 : kind < 16 ? 2 : kind < 18 ? 1 : 0;
    const bool complete = kind < 19;
    const QDate day = m_now.date();
    RecordInfo info;
    info.title = QStringLiteral("Release %1").arg(number);
    info.releaseVersion = QStringLiteral("%1.%2.%3")
                              .arg(day.year() % 100)
                              .arg(day.month(), 2, 10, QLatin1Char('0'))
                              .arg(number);
    info.environment = number % 3 == 0 ? QStringLiteral("Staging") : QStringLiteral("Production");
    const Result<qint64> recordId = m_store.createRecord(templateId, info, signerLogin(signerFor(0, number)));
    if (!recordId)
        return recordId.failure();
    const Result<Record> record = m_store.loadRecord(*recordId);
    if (!record)
        return record.failure();
    QList<qint64> items;
    for (const ChecklistSection& section : record->sections) {
        if (section.kind == SectionKind::Checklist) {
            for (const ChecklistItem& item : section.items)
                items.append(item.id);
        }
    }
    if (Status checked = checkItems(items, number, complete); !checked)
        return checked;
    if (number % 50 == 0) {
        if (Status attached = attachEvidence(*recordId, items, number); !attached)
            return attached;
    }
    return signRecord(*recordId, number, signatures);
}

Status ArchiveBuilder::checkItems(const QList<qint64>& items, int number, bool complete) {
    const QString checker = signerLogin(signerFor(0, number));
    const auto edit = [&](qint64 itemId, ItemStatus status, const QString& notes) -> Status {
        advance(kEditSeconds);
        Result<ChecklistItem> updated = m_store.updateItem(itemId, {status, notes}, checker);
        if (!updated)
            return updated.failure();
        return {};
    };
    for (int i = 0; i < items.size(); ++i) {
        const quint32 h = mix(number, i) % 100;
        if (!complete && h >= 60)
            continue; // still pending
        const qint64 id = items.at(i);
        const int ticket = int(mix(i, number) % 9000) + 1000;
        Status done;
        if (h < 4) {
            done = edit(id, ItemStatus::NotApplicable,
                        QStringLiteral("Not part of release %1: nothing of this is deployed.").arg(number));
        } else if (h < 8) {
            done = edit(id, ItemStatus::Failed,
                        QStringLiteral("Health check timed out after 30 s; ticket OPS-%1.").arg(ticket));
            if (done && complete)
                done = edit(id, ItemStatus::Done,
                            QStringLiteral("Fixed by redeploying; ticket OPS-%1 closed.").arg(ticket));
        } else {
            const QString note = QStringLiteral("Verified on build %1.%2").arg(number).arg(i + 1);
            done = edit(id, ItemStatus::Done, note);
            // Some notes are edited twice afterwards.
            if (done && h < 14)
                done = edit(id, ItemStatus::Done, note + QStringLiteral(", re-checked after the hotfix"));
            if (done && h < 14)
                done = edit(id, ItemStatus::Done, note + QStringLiteral(", re-checked twice"));
        }
        if (!done)
            return done;
    }
    return {};
}

// One or two small files on the record's first items; every third record
// with evidence shares the same smoke-test summary (stored once).
Status ArchiveBuilder::attachEvidence(qint64 recordId, const QList<qint64>& items, int number) {
    const QString by = signerLogin(signerFor(0, number));
    QByteArray report;
    for (int line = 0; report.size() < 2048 + int(mix(number, 1) % 4096); ++line)
        report +=
            QStringLiteral("%1 release %2 check %3: ok\n").arg(line, 5).arg(number).arg(line % 50).toUtf8();
    QBuffer first(&report);
    first.open(QIODevice::ReadOnly);
    advance(30);
    if (Result<AttachmentEntry> attached = m_store.attach(
            recordId, items.value(0), first, QStringLiteral("test-report-%1.txt").arg(number), by);
        !attached)
        return attached.failure();
    if (number % 150 != 0)
        return {};
    QByteArray summary;
    for (int line = 0; line < 100; ++line)
        summary += QStringLiteral("smoke test %1 of 100: passed\n").arg(line + 1).toUtf8();
    QBuffer second(&summary);
    second.open(QIODevice::ReadOnly);
    advance(30);
    if (Result<AttachmentEntry> attached =
            m_store.attach(recordId, items.value(1), second, QStringLiteral("smoke-test-summary.txt"), by);
        !attached)
        return attached.failure();
    return {};
}

Status ArchiveBuilder::signRecord(qint64 recordId, int number, int signatures) {
    SignOffService service(m_store);
    for (int role = 0; role < signatures; ++role) {
        advance(180);
        const int signer = signerFor(role, number);
        SignOffService::SignRequest request;
        request.recordId = recordId;
        request.role = kRoles.at(role);
        request.login = signerLogin(signer);
        request.meaning = QStringLiteral("Approved");
        request.typed = true;
        if (Result<SignatureEntry> signed_ = service.sign(request, m_signers->keys.at(signer - 1)); !signed_)
            return Error(
                QStringLiteral("%1 signing as %2: %3").arg(request.login, request.role, signed_.error()));
    }
    return {};
}

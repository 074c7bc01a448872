#include "core/Witness.h"

#include "core/ChecklistStore.h"
#include "core/RegistryStatement.h"
#include "core/SettingsKeys.h"
#include "core/UtcTime.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// One group per database id under SettingsKeys::kWitness; these keys in it.
const QString kLocation = QStringLiteral("location");
const QString kDevice = QStringLiteral("device");
const QString kInode = QStringLiteral("inode");
const QString kRow = QStringLiteral("ledgerRow");
const QString kHash = QStringLiteral("ledgerHash");
const QString kSeenAt = QStringLiteral("seenAt");
const QString kRoot = QStringLiteral("registryRoot");
// Which entry was written last: a counter, so that two entries written in
// the same millisecond still have an order to forget them by.
const QString kOrder = QStringLiteral("order");
const QString kLastOrder = QStringLiteral("lastOrder");

QString group() {
    return SettingsKeys::kWitness.toString();
}

QString shortHash(const QString& hash) {
    return hash.left(8) + QStringLiteral("…");
}

QString day(const QDateTime& at) {
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

Witness::Witness()
    : m_settings(std::make_unique<QSettings>()) {}

Witness::Witness(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings)) {}

Witness::~Witness() = default;

QString Witness::storableLocation(const QString& location) {
    if (ChecklistStore::isServerLocation(location))
        return QUrl(location).toString(QUrl::RemovePassword);
    const QFileInfo info(location);
    const QString path = info.canonicalFilePath();
    return path.isEmpty() ? info.absoluteFilePath() : path;
}

std::optional<Witness::Memory> Witness::memoryOf(const QString& databaseId) const {
    m_settings->beginGroup(group());
    const bool known = m_settings->childGroups().contains(databaseId);
    Memory memory;
    if (known) {
        m_settings->beginGroup(databaseId);
        memory.databaseId = databaseId;
        memory.location = m_settings->value(kLocation).toString();
        memory.device = m_settings->value(kDevice).toLongLong();
        memory.inode = m_settings->value(kInode).toLongLong();
        memory.head.id = m_settings->value(kRow).toLongLong();
        memory.head.hash = m_settings->value(kHash).toString();
        memory.seenAt = UtcTime::parse(m_settings->value(kSeenAt).toString());
        memory.root = m_settings->value(kRoot).toString();
        m_settings->endGroup();
    }
    m_settings->endGroup();
    return known ? std::optional<Memory>(memory) : std::nullopt;
}

std::optional<Witness::Memory> Witness::memoryAt(const QString& location) const {
    m_settings->beginGroup(group());
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    // Matched by path or URL, not by inode: a deleted file's inode is given to
    // the next new file, which is no sign of anything.
    for (const QString& id : ids) {
        if (m_settings->value(group() + u'/' + id + u'/' + kLocation).toString() == location)
            return memoryOf(id);
    }
    return std::nullopt;
}

Result<Witness::Memory> Witness::observe(const ChecklistStore& store) const {
    Result<QString> id = store.databaseId();
    if (!id)
        return Error(id.error());
    Result<LedgerHead> head = store.ledgerHead();
    if (!head)
        return Error(head.error());
    Memory memory;
    memory.databaseId = id.value();
    memory.location = storableLocation(store.location());
    memory.head = head.value();
    memory.seenAt = QDateTime::currentDateTimeUtc();
    Result<QList<StoredStatement>> registry = store.registryStatements();
    if (!registry)
        return Error(registry.error());
    if (!registry->isEmpty()) {
        const std::optional<RegistryStatement> root = RegistryStatement::parse(registry->first().bytes);
        memory.root = root ? RegistryStatement::fingerprint(root->subjectKey) : QStringLiteral("unreadable");
    }
#ifdef Q_OS_UNIX
    if (!ChecklistStore::isServerLocation(store.location())) {
        struct stat status {};
        if (::stat(QFile::encodeName(memory.location).constData(), &status) == 0) {
            memory.device = qint64(status.st_dev);
            memory.inode = qint64(status.st_ino);
        }
    }
#endif
    return memory;
}

Result<std::optional<Verifier::Finding>> Witness::check(const ChecklistStore& store) const {
    Result<Memory> now = observe(store);
    if (!now)
        return Error(now.error());
    Verifier::Finding finding;
    finding.kind = QStringLiteral("witness");
    if (const std::optional<Memory> seen = memoryOf(now->databaseId);
        seen && !seen->root.isEmpty() && seen->root != now->root) {
        finding.kind = QStringLiteral("root");
        finding.message =
            tr("the signer registry's root of this database is %1, but this machine saw the root %2 "
               "on %3: the administrators were replaced (as when an SSH host key changes). Do not "
               "trust its signatures until an administrator explains the change.")
                .arg(now->root.isEmpty() ? tr("missing") : now->root, seen->root, day(seen->seenAt));
        return std::optional<Verifier::Finding>(finding);
    }
    if (const std::optional<Memory> seen = memoryOf(now->databaseId); seen && seen->head.id > 0) {
        finding.auditRowId = seen->head.id;
        Result<std::optional<QString>> value = store.ledgerValueAt(seen->head.id);
        if (!value)
            return Error(value.error());
        // A file elsewhere with an older copy of the database is a copy (a
        // backup), not the database rolled back at its place: not reported.
        const bool copyElsewhere =
            !ChecklistStore::isServerLocation(now->location) && seen->location != now->location;
        // A server's hot standby may not have replayed the remembered row yet:
        // it holds less, nothing else. (A rewritten row there is still reported;
        // an insider cannot turn the primary users write to into a standby.)
        bool standbyBehind = false;
        if (!value->has_value() && now->head.id < seen->head.id) {
            Result<bool> standby = store.isStandby();
            if (!standby)
                return Error(standby.error());
            standbyBehind = standby.value();
        }
        if ((!value->has_value() || **value != seen->head.hash) && !copyElsewhere && !standbyBehind) {
            const QString why = value->has_value()
                                    ? tr("that row now holds another hash, so the history was rewritten")
                                    : tr("that row is gone: an older copy was put in its place or its "
                                         "history was rewritten");
            finding.message = tr("this database is older than, or different from, the one this machine saw "
                                 "on %1 (audit row %2, hash %3): %4")
                                  .arg(day(seen->seenAt))
                                  .arg(seen->head.id)
                                  .arg(shortHash(seen->head.hash), why);
            return std::optional<Verifier::Finding>(finding);
        }
    }
    // Even a database this machine knows, intact, is reported where another one was seen.
    const std::optional<Memory> there = memoryAt(now->location);
    if (!there || there->databaseId == now->databaseId)
        return std::optional<Verifier::Finding>();
    finding.auditRowId = 0;
    finding.message = tr("%1 held the database %2 when this machine saw it on %3; it now holds the database "
                         "%4: the database's id was changed, or another database was put in its place")
                          .arg(there->location, there->databaseId, day(there->seenAt), now->databaseId);
    return std::optional<Verifier::Finding>(finding);
}

Status Witness::remember(const ChecklistStore& store) {
    Result<Memory> now = observe(store);
    if (!now)
        return Error(now.error());
    // An older copy (a backup opened where it lies) does not replace what
    // this machine saw of the newer database.
    if (const std::optional<Memory> seen = memoryOf(now->databaseId)) {
        const Result<bool> holds = stillHolds(store, *seen);
        if (!holds)
            return holds.failure();
        if (!holds.value())
            return {};
    }
    return write(now.value());
}

Result<bool> Witness::stillHolds(const ChecklistStore& store, const Memory& memory) {
    if (memory.head.id <= 0)
        return true;
    const Result<std::optional<QString>> value = store.ledgerValueAt(memory.head.id);
    if (!value)
        return value.failure();
    return value->has_value() && **value == memory.head.hash;
}

Status Witness::write(const Memory& now) {
    // This place holds this database now: what was remembered at it is over.
    while (const std::optional<Memory> there = memoryAt(now.location)) {
        if (there->databaseId == now.databaseId)
            break;
        forgetEntry(there->databaseId);
    }
    writeEntry(now);
    keepBounded();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error(
            tr("cannot write what this machine remembers of the database to %1").arg(m_settings->fileName()));
    return {};
}

Status Witness::accept(ChecklistStore& store, const QString& reason, const QString& actor) {
    Result<Memory> now = observe(store);
    if (!now)
        return Error(now.error());
    std::optional<Memory> seen = memoryOf(now->databaseId);
    if (!seen)
        seen = memoryAt(now->location);
    // Stored in the audit trail: the same words whatever language the program speaks.
    QString detail = seen ? QStringLiteral("this machine remembered: %1").arg(describe(*seen))
                          : QStringLiteral("this machine remembered nothing of this database");
    detail += QStringLiteral("; now: %1").arg(describe(now.value()));
    if (!reason.trimmed().isEmpty())
        detail += QStringLiteral("; reason: %1").arg(reason.trimmed());
    if (Status recorded = store.recordEvent(0, kAcceptedAction, detail, actor); !recorded)
        return recorded;
    // The acceptance is the newest row now: remember the database with it.
    Result<Memory> accepted = observe(store);
    if (!accepted)
        return Error(accepted.error());
    return write(accepted.value());
}

QString Witness::describe(const Memory& memory) {
    return QStringLiteral("database %1 at %2, audit row %3 (hash %4), seen %5")
        .arg(memory.databaseId, memory.location)
        .arg(memory.head.id)
        .arg(memory.head.hash.isEmpty() ? QStringLiteral("-") : shortHash(memory.head.hash),
             UtcTime::text(memory.seenAt));
}

void Witness::writeEntry(const Memory& memory) {
    const qint64 order = m_settings->value(group() + u'/' + kLastOrder).toLongLong() + 1;
    m_settings->setValue(group() + u'/' + kLastOrder, order);
    m_settings->beginGroup(group() + u'/' + memory.databaseId);
    m_settings->setValue(kLocation, memory.location);
    m_settings->setValue(kDevice, memory.device);
    m_settings->setValue(kInode, memory.inode);
    m_settings->setValue(kRow, memory.head.id);
    m_settings->setValue(kHash, memory.head.hash);
    m_settings->setValue(kSeenAt, UtcTime::text(memory.seenAt));
    m_settings->setValue(kRoot, memory.root);
    m_settings->setValue(kOrder, order);
    m_settings->endGroup();
}

void Witness::forgetEntry(const QString& databaseId) {
    m_settings->remove(group() + u'/' + databaseId);
}

void Witness::keepBounded() {
    m_settings->beginGroup(group());
    QStringList ids = m_settings->childGroups();
    if (ids.size() <= kMaxDatabases) {
        m_settings->endGroup();
        return;
    }
    QList<std::pair<qint64, QString>> byOrder;
    for (const QString& id : std::as_const(ids))
        byOrder.append({m_settings->value(id + u'/' + kOrder).toLongLong(), id});
    m_settings->endGroup();
    std::sort(byOrder.begin(), byOrder.end());
    for (qsizetype i = 0; i < byOrder.size() - kMaxDatabases; ++i)
        forgetEntry(byOrder.at(i).second);
}

#include "cli/RecordBundle.h"

#include "core/ChecklistStore.h"
#include "core/Sha256.h"
#include "core/UtcTime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

Status writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return Error(
            RecordBundle::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

QString RecordBundle::fileName(const AttachmentEntry& entry) {
    static const QRegularExpression unsafe(QStringLiteral("[\\x00-\\x1f\\x7f/\\\\:*?\"<>|]"));
    QString name = entry.name;
    name.replace(unsafe, QStringLiteral("_"));
    return QStringLiteral("%1-%2").arg(entry.id).arg(name);
}

Status RecordBundle::write(const ChecklistStore& store, const Record& record, const QString& dir,
                           const QByteArray& pdf, const QByteArray& json) {
    const QString shown = QDir::toNativeSeparators(dir);
    const QFileInfo target(dir);
    if (target.exists()) {
        if (!target.isDir())
            return Error(tr("%1 exists and is not a folder. Give the name of a new folder for the bundle.")
                             .arg(shown));
        if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error(tr("%1 exists and is not empty. Give the name of a new or empty folder for the "
                            "bundle; nothing was written.")
                             .arg(shown));
    }
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return Error(tr("the folder %1 does not exist: create it first, or give another place for the bundle")
                         .arg(QDir::toNativeSeparators(parent)));
    // Built under a temporary name beside the target (the same file system), then renamed.
    QTemporaryDir building(parent + QStringLiteral("/.") + target.fileName() + QStringLiteral("-XXXXXX"));
    if (!building.isValid())
        return Error(
            tr("cannot write in %1: %2").arg(QDir::toNativeSeparators(parent), building.errorString()));
    const QDir root(building.path());

    QJsonArray files;
    const auto listFile = [&files](const QString& path, qint64 size, const QString& hash,
                                   const QString& kind) {
        QJsonObject file{{QStringLiteral("path"), path},
                         {QStringLiteral("size"), size},
                         {QStringLiteral("sha256"), hash},
                         {QStringLiteral("kind"), kind}};
        files.append(file);
        return file;
    };
    const QString base = QStringLiteral("record-%1").arg(record.id);
    for (const auto& [suffix, bytes, kind] :
         {std::tuple{QStringLiteral(".pdf"), &pdf, QStringLiteral("report")},
          std::tuple{QStringLiteral(".json"), &json, QStringLiteral("record")}}) {
        if (Status written = writeFile(root.filePath(base + suffix), *bytes); !written)
            return written;
        listFile(base + suffix, bytes->size(), Sha256::hex(*bytes), kind);
    }

    const Result<QList<ChecklistStore::ItemAttachment>> attached = store.attachments(record.id);
    if (!attached)
        return attached.failure();
    for (const ChecklistStore::ItemAttachment& a : attached.value()) {
        const bool removed = a.entry.isRemoved();
        const QString folder = removed ? QStringLiteral("evidence/removed") : QStringLiteral("evidence");
        const QString path = folder + u'/' + fileName(a.entry);
        if (!root.mkpath(folder))
            return Error(tr("cannot create %1").arg(QDir::toNativeSeparators(root.filePath(folder))));
        QFile file(root.filePath(path));
        if (!file.open(QIODevice::WriteOnly))
            return Error(
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        // Streamed and checked against its SHA-256 as it is written.
        if (Status extracted = store.extractAttachment(a.entry.id, file); !extracted)
            return Error(tr("cannot bundle the record's evidence: %1. Nothing was written to %2.")
                             .arg(extracted.error(), shown));
        if (!file.flush())
            return Error(
                tr("cannot write %1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        QJsonObject listed =
            listFile(path, a.entry.size, a.entry.sha256,
                     removed ? QStringLiteral("removed-evidence") : QStringLiteral("evidence"));
        listed.insert(QStringLiteral("attachment_id"), a.entry.id);
        listed.insert(QStringLiteral("item_id"), a.itemId);
        const ChecklistItem* item = record.findItem(a.itemId);
        listed.insert(QStringLiteral("item"), item ? item->text : QString());
        files.replace(files.size() - 1, listed);
    }

    const QJsonObject manifest{
        {QStringLiteral("format"), QString::fromLatin1(kFormat)},
        {QStringLiteral("record"), record.id},
        {QStringLiteral("title"), record.info.title},
        {QStringLiteral("created_at"), UtcTime::text(store.now())},
        {QStringLiteral("files"), files},
    };
    if (Status written = writeFile(root.filePath(QStringLiteral("manifest.json")),
                                   QJsonDocument(manifest).toJson(QJsonDocument::Indented));
        !written)
        return written;
    if (target.exists() && !QDir(parent).rmdir(target.fileName()))
        return Error(tr("cannot replace the empty folder %1").arg(shown));
    if (!QDir(parent).rename(QFileInfo(building.path()).fileName(), target.fileName()))
        return Error(tr("cannot move the bundle to %1").arg(shown));
    building.setAutoRemove(false);
    return {};
}

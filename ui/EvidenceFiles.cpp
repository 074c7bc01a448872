#include "ui/EvidenceFiles.h"

#include "core/ChecklistStore.h"
#include "ui/RemoveEvidenceDialog.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QUrl>

namespace {
// Small files are attached before a progress dialog would even appear.
constexpr int kProgressDelayMs = 400;
constexpr qint64 kProgressSteps = 1000;

EvidenceFiles::ProgressHook& progressHook() {
    static EvidenceFiles::ProgressHook hook;
    return hook;
}

// A file read through a progress dialog. The store reads it twice: to hash
// it (before its write transaction: the dialog shows this pass, and Cancel
// ends it as a read error, so nothing is attached) and to store it (inside
// the transaction: no events are handled then, so nothing else reaches the
// store until it commits).
class ProgressFile : public QIODevice {
public:
    ProgressFile(const QString& path, QProgressDialog& progress)
        : m_file(path)
        , m_progress(progress) {}

    bool openFile() {
        if (!m_file.open(QIODevice::ReadOnly))
            return false;
        return QIODevice::open(QIODevice::ReadOnly);
    }
    QString fileError() const { return m_file.errorString(); }
    bool cancelled() const { return m_cancelled; }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_file.size(); }
    bool seek(qint64 pos) override {
        // Back to the start after a whole pass: the store now writes what it hashed.
        if (pos == 0 && m_file.pos() > 0)
            m_storing = true;
        return QIODevice::seek(pos) && m_file.seek(pos);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (!m_storing) {
            const qint64 total = qMax<qint64>(1, m_file.size());
            m_progress.setValue(int(m_file.pos() * kProgressSteps / total)); // handles Cancel (modal)
            if (progressHook())
                progressHook()(m_progress);
            if (m_progress.wasCanceled()) {
                m_cancelled = true;
                setErrorString(QCoreApplication::translate("EvidenceFiles", "cancelled"));
                return -1;
            }
        }
        return m_file.read(data, maxSize);
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QFile m_file;
    QProgressDialog& m_progress;
    bool m_storing = false;
    bool m_cancelled = false;
};

QString sizeText(qint64 bytes) {
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}
} // namespace

EvidenceFiles::EvidenceFiles(ChecklistStore* store, std::function<QString()> actor, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_actor(std::move(actor))
    , m_window(window) {}

EvidenceFiles::~EvidenceFiles() = default;

void EvidenceFiles::setProgressHook(ProgressHook hook) {
    progressHook() = std::move(hook);
}

int EvidenceFiles::chooseAndAttach(qint64 recordId, qint64 itemId, const QString& itemText, QWidget* parent) {
    const QString path = Prompts::openFileName(parentOr(parent), tr("Attach Evidence to “%1”").arg(itemText),
                                               UserSettings::fileFolder(), tr("All files (*)"));
    if (path.isEmpty())
        return 0;
    UserSettings::rememberFileFolder(path);
    return attach(recordId, itemId, itemText, {path}, parent);
}

int EvidenceFiles::attach(qint64 recordId, qint64 itemId, const QString& itemText, const QStringList& paths,
                          QWidget* parent) {
    const QString title = tr("Attach Evidence");
    int attached = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        const QString shown = QDir::toNativeSeparators(path);
        if (info.isDir()) {
            Prompts::warning(parentOr(parent), title,
                             tr("%1 is a folder. Attach the files in it one by one, or pack the folder into "
                                "an archive (a .zip file) and attach that.")
                                 .arg(shown));
            return attached;
        }
        QProgressDialog progress(tr("Reading “%1” (%2)…").arg(info.fileName(), sizeText(info.size())),
                                 tr("Cancel"), 0, int(kProgressSteps), parentOr(parent));
        progress.setObjectName(QStringLiteral("attachProgress"));
        progress.setWindowTitle(title);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(kProgressDelayMs);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        ProgressFile file(path, progress);
        if (!file.openFile()) {
            Prompts::critical(
                parentOr(parent), title,
                tr("%1 could not be read, so nothing was attached.\n\n%2\n\nCheck that the file "
                   "exists and that you may read it, then attach it again.")
                    .arg(shown, Prompts::asSentence(file.fileError())));
            return attached;
        }
        const Result<AttachmentEntry> entry =
            m_store->attach(recordId, itemId, file, info.fileName(), m_actor ? m_actor() : QString());
        progress.hide();
        if (file.cancelled()) {
            Q_EMIT statusMessage(tr("Attaching %1 cancelled; nothing was attached").arg(info.fileName()));
            return attached;
        }
        if (!entry) {
            qCInfo(lcUi) << "attaching" << path << "to item" << itemId << "failed:" << entry.error();
            Prompts::critical(parentOr(parent), title,
                              tr("%1 was not attached to “%2”.\n\n%3")
                                  .arg(info.fileName(), itemText, Prompts::asSentence(entry.error())));
            return attached;
        }
        ++attached;
        qCInfo(lcUi) << "attached" << path << "to item" << itemId << "sha256" << entry->sha256;
        Q_EMIT statusMessage(
            tr("Attached %1 (%2) to “%3”").arg(entry->name, sizeText(entry->size), itemText));
    }
    return attached;
}

QString EvidenceFiles::writeCopy(qint64 attachmentId, const QString& path) const {
    // QSaveFile: a copy cut short by an error never stands where the user looks for it.
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    if (const Status extracted = m_store->extractAttachment(attachmentId, out); !extracted) {
        out.cancelWriting();
        return extracted.error();
    }
    return out.commit() ? QString() : out.errorString();
}

bool EvidenceFiles::open(const AttachmentEntry& attachment, QWidget* parent) {
    const QString title = tr("Open Evidence");
    if (!m_openedFiles || !m_openedFiles->isValid())
        m_openedFiles = std::make_unique<QTemporaryDir>();
    // A folder per attachment: two files of one name open side by side.
    const QString folder = m_openedFiles->filePath(QString::number(attachment.id));
    QString error;
    if (!QDir().mkpath(folder)) {
        error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
    } else {
        const QString path = folder + u'/' + attachment.name;
        error = writeCopy(attachment.id, path);
        if (error.isEmpty()) {
            // Read-only: a change made in the viewer would not be the evidence any more.
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser);
            if (QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
                Q_EMIT statusMessage(tr("Opened %1 (a read-only copy)").arg(attachment.name));
                return true;
            }
            Prompts::warning(parentOr(parent), title,
                             tr("No program on this computer opens %1. Use Save a Copy… and open the copy "
                                "with a program of your choice.")
                                 .arg(attachment.name));
            return false;
        }
    }
    Prompts::critical(parentOr(parent), title,
                      tr("%1 could not be opened.\n\n%2\n\nIf the database reports damage, run Record ▸ "
                         "Verify Integrity.")
                          .arg(attachment.name, Prompts::asSentence(error)));
    return false;
}

bool EvidenceFiles::saveCopy(const AttachmentEntry& attachment, QWidget* parent) {
    const QString title = tr("Save a Copy");
    const QString path = Prompts::saveFileName(parentOr(parent), title,
                                               QDir(UserSettings::fileFolder()).filePath(attachment.name),
                                               tr("All files (*)"));
    if (path.isEmpty())
        return false;
    UserSettings::rememberFileFolder(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString error = writeCopy(attachment.id, path); !error.isEmpty()) {
        Prompts::critical(
            parentOr(parent), title,
            tr("%1 was not saved to %2.\n\n%3\n\nNothing was written. Choose another folder and "
               "save again.")
                .arg(attachment.name, shown, Prompts::asSentence(error)));
        return false;
    }
    Q_EMIT statusMessage(tr("Saved a copy of %1 to %2").arg(attachment.name, shown));
    return true;
}

bool EvidenceFiles::remove(qint64 recordId, const AttachmentEntry& attachment, QWidget* parent) {
    RemoveEvidenceDialog dialog(attachment.name, parentOr(parent));
    if (Prompts::exec(dialog) != QDialog::Accepted)
        return false;
    const Result<AttachmentEntry> removed =
        m_store->removeAttachment(recordId, attachment.id, dialog.reason(), m_actor ? m_actor() : QString());
    if (!removed) {
        Prompts::critical(
            parentOr(parent), tr("Remove Evidence"),
            tr("%1 was not removed.\n\n%2").arg(attachment.name, Prompts::asSentence(removed.error())));
        return false;
    }
    Q_EMIT statusMessage(tr("Removed %1; the audit trail keeps it with your reason").arg(attachment.name));
    return true;
}

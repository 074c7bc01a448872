#pragma once

#include "core/Checklist.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class ChecklistStore;
class QProgressDialog;
class QTemporaryDir;
class QWidget;

// What the desktop does with an item's evidence files, for the Item menu,
// the grid's drops and the evidence list alike:
// - attach files (the store reads each twice, to hash it and to store it;
//   a progress dialog with Cancel shows the first pass of a big file, and
//   the window keeps painting meanwhile);
// - open one (its bytes extracted, hash checked, into a temporary folder
//   of this session, then handed to the desktop's viewer);
// - save a copy where the user chooses;
// - remove one with a reason (audited; its bytes stay in the database).
// Attaching is not undone by Edit ▸ Undo: removing needs a reason, so it is
// Remove… in the evidence list. Errors say what failed and what to do.
class EvidenceFiles : public QObject {
    Q_OBJECT
public:
    // Called at every step the attach progress shows (tests cancel through it).
    using ProgressHook = std::function<void(QProgressDialog& progress)>;

    EvidenceFiles(ChecklistStore* store, std::function<QString()> actor, QWidget* window);
    ~EvidenceFiles() override;

    // Attaches each file to the item; stops at the first failure, which it
    // tells. Returns how many were attached.
    int attach(qint64 recordId, qint64 itemId, const QString& itemText, const QStringList& paths,
               QWidget* parent = nullptr);
    // Asks for files in a file dialog, then attaches them.
    int chooseAndAttach(qint64 recordId, qint64 itemId, const QString& itemText, QWidget* parent = nullptr);
    bool open(const AttachmentEntry& attachment, QWidget* parent = nullptr);
    bool saveCopy(const AttachmentEntry& attachment, QWidget* parent = nullptr);
    // Asks for the reason; false when cancelled or refused.
    bool remove(qint64 recordId, const AttachmentEntry& attachment, QWidget* parent = nullptr);

    static void setProgressHook(ProgressHook hook);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    QWidget* parentOr(QWidget* parent) const { return parent ? parent : m_window; }
    // Writes the attachment's bytes to `path` whole or not at all; why not, or empty.
    QString writeCopy(qint64 attachmentId, const QString& path) const;

    ChecklistStore* m_store;
    std::function<QString()> m_actor;
    QWidget* m_window;
    // Opened files live here until the window closes; the viewer may still read them.
    std::unique_ptr<QTemporaryDir> m_openedFiles;
};

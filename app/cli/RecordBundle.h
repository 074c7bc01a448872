#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ChecklistStore;

// `export RECORD --bundle DIR`: a record with its evidence, as one folder
// that can be handed on. A folder rather than a zip: Countersign takes no
// archive library (the clean-room build's dependencies stay as they are), and
// `zip -r` or `tar` makes one file of it. The folder holds
//   record-ID.pdf, record-ID.json (as export --json writes it),
//   evidence/ATTACHMENT-NAME for each standing attachment,
//   evidence/removed/ATTACHMENT-NAME for each removed one,
//   manifest.json: {format: "countersign-bundle/1", record, title,
//     created_at, files: [{path, size, sha256, kind (report | record |
//     evidence | removed-evidence)[, attachment_id, item_id, item]}]}.
// The folder is written beside DIR under a temporary name and renamed to DIR
// once complete, so a failure leaves no half bundle.
class RecordBundle {
    Q_DECLARE_TR_FUNCTIONS(RecordBundle)
public:
    static constexpr const char* kFormat = "countersign-bundle/1";

    // dir must not exist, or be an empty folder.
    static Status write(const ChecklistStore& store, const Record& record, const QString& dir,
                        const QByteArray& pdf, const QByteArray& json);
    // The name an attachment's file gets in the bundle: its id, then its name
    // with what no file system takes replaced by "_".
    static QString fileName(const AttachmentEntry& entry);
};

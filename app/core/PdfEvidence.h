#pragma once

#include "core/Checklist.h"
#include "core/EvidenceHead.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The evidence block a filed PDF prints (docs/CANONICAL-JSON.md,
// countersign-pdf-evidence/1): for each signature the exact signed bytes,
// the Ed25519 signature and the signer's key, and where the record's audit
// chain stood. `countersign-cli verify --pdf` checks a PDF from it alone.
//
// Written as lines: a label ("signature 1 payload:") and, for the three
// binary fields, a base64 run that the report wraps in lines of one width.
// read() takes the text back as pdftotext or poppler gives it: a run is
// joined from the lines of base64 between its label and the next one, and
// whatever else the page put there (footers, running headers) is left out.
class PdfEvidence {
    Q_DECLARE_TR_FUNCTIONS(PdfEvidence)
public:
    static inline const QString kFormat = QStringLiteral("countersign-pdf-evidence/1");

    struct Signature {
        QByteArray payload;   // SignaturePayload::bytes() as signed
        QByteArray ed25519;   // 64 bytes
        QByteArray publicKey; // 32 bytes; empty when the signer no longer exists
        bool revoked = false;
    };
    // One printed line: a label, then (for the binary fields) its base64 run.
    struct Line {
        QString label;
        QString base64;    // empty for a line without a run
        int signature = 0; // which signature's line (1-based); 0 for the block's own lines
    };

    qint64 recordId = 0;
    ChainHead head;
    QList<Signature> signatures; // in the record's order, revoked ones too

    // The evidence of a record as stored now; `trail` is its audit trail
    // (oldest first), `signers` every signer (for the keys).
    static PdfEvidence collect(const Record& record, const QList<AuditEntry>& trail,
                               const QList<Signer>& signers);

    QList<Line> lines() const;

    // The block read back from a document's text; fails when the text holds
    // no complete block or a field is not what the format says.
    static Result<PdfEvidence> read(const QString& text);
};

#pragma once

#include "core/PdfEvidence.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QPageSize>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <optional>

// Called as the report is laid out and painted: done of total steps. Return
// false to cancel; the call that was running then fails with "cancelled"
// and, for a file, leaves nothing behind.
using ReportProgress = std::function<bool(int done, int total)>;

struct ReportOptions {
    QString generatedBy; // who made the report (the actor), printed on page one
    // When the report was made; when invalid, clock() is asked (tests pass a fixed one).
    QDateTime generatedAt;
    std::function<QDateTime()> clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    // Times print in this zone with their UTC offset ("2026-03-14 09:30 +01:00").
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QPageSize pageSize = QPageSize(QPageSize::A4); // for PdfReport; a printer brings its own
    bool includeAuditTrail = true;
    // The machine-readable evidence block after the integrity section
    // (PdfEvidence::collect); none when not given.
    std::optional<PdfEvidence> evidence;
    // The PDF is to be sealed (PdfSealer): PdfDocumentWriter::setSealable.
    bool sealable = false;
    // Who seals it, printed in the integrity section, since the seal's own
    // field is invisible (a visible one would break PDF/A): the sealing
    // certificate's subject and issuer. Empty when the PDF is not sealed.
    QString sealSubject;
    QString sealIssuer;
    // The signer registry's root fingerprint (Registry::rootFingerprint),
    // printed so that an auditor can compare it with the one the
    // organisation published; empty when the database has no registry.
    QString registryRoot;
    // Pictures of the record's PNG and JPEG attachments by attachment id
    // (ReportThumbnail::forRecord), drawn in the Evidence appendix; an
    // attachment without one is listed without a picture.
    QHash<qint64, QImage> thumbnails;

    QDateTime generationTime() const { return generatedAt.isValid() ? generatedAt : clock(); }
};

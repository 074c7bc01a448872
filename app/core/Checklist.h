#pragma once

#include "core/ItemStatus.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>
#include <QStringList>

// Plain value types shared by the store, the Markdown reader/writer, the
// exporters, the models and the CLI. Templates and records use the same
// section and item shapes: a record is a copy of its template's structure.

enum class SectionKind {
    Checklist, // a table of items with a status column
    Procedure, // an ordered list of steps (the rollback procedure)
    SignOff,   // a table with Role and Signature columns: the roles that sign
    Text,      // only paragraphs
};

namespace SectionKindText {
QString key(SectionKind kind); // checklist|procedure|signoff|text
std::optional<SectionKind> fromKey(const QString& key);
} // namespace SectionKindText

// A whole section or group marked not applicable at once: by whom, when and
// why (the evidence issue). Unset (no reason) for a section marked item by item.
struct NotApplicableMark {
    QString by;
    QDateTime at; // UTC
    QString reason;
    bool isSet() const { return !reason.isEmpty(); }
};

// One file of evidence attached to an item (the evidence issue). Its bytes
// live in the store, addressed by sha256; a removed attachment keeps its row
// and its bytes, with who removed it, when and why.
struct AttachmentEntry {
    qint64 id = 0;
    QString name;
    qint64 size = 0;
    QString mediaType;
    QString sha256; // lower-case hex SHA-256 of the bytes
    QString addedBy;
    QDateTime addedAt; // UTC
    QString removedBy;
    QDateTime removedAt; // UTC; invalid while the attachment stands
    QString removedReason;
    bool isRemoved() const { return removedAt.isValid(); }
};

// How a template version wants one sign-off role signed (the evidence issue).
struct RolePolicy {
    int signersRequired = 1;  // distinct signers the role needs
    bool independent = false; // no one who changed an item of the record may sign for it
    bool operator==(const RolePolicy&) const = default;
};

namespace RolePolicyText {
// "1 signer", "2 signers, independent": the policy in words for a dialog or the CLI.
QString describe(const RolePolicy& policy);
} // namespace RolePolicyText

struct ChecklistItem {
    qint64 id = 0;
    // A group header row ("**Preparation**") spans the grid; it has no status.
    bool isGroupHeader = false;
    // For a checklist item: the item text as written (inline Markdown kept).
    // For a procedure step: the step text. For a sign-off row: the role.
    QString text;
    ItemStatus status = ItemStatus::Pending;
    QString notes;
    // Values of the section's extra columns, in SectionLayout::extraColumns() order.
    QStringList extra;
    // Markdown kept with a task-list item as written (an indented sub-list,
    // paragraph or fenced code block under it), without the item's indentation;
    // empty for a table row. For a task-list group ("### Group"): the
    // paragraphs under its heading.
    QString detail;
    // Who set the status, and when (shown as "Checked by" / "Checked at"):
    // they change only when the status does, never with the note.
    QString updatedBy;
    QDateTime updatedAt; // UTC; invalid when never checked
    // Who wrote the note, and when: they change only when the note does. Empty
    // and invalid when unknown (a note from the template, or older than schema 8).
    QString notesBy;
    QDateTime notesAt; // UTC
    int revision = 0;  // bumped on every change; guards against stale edits
    // A group header marked not applicable as a whole; unset otherwise.
    NotApplicableMark notApplicable;
    // Every attachment ever added, in the order added (removed ones included).
    QList<AttachmentEntry> attachments;

    // The newest of the two changes, status or note: who made it and when
    // (for "changed by … at …" when an edit meets someone else's).
    QString lastChangedBy() const;
    QDateTime lastChangedAt() const;
};

struct ChecklistSection {
    qint64 id = 0;
    QString title;
    SectionKind kind = SectionKind::Text;
    // Paragraphs that stand in the section, as written, separated by blank lines.
    QString description;
    // The table header cells as written ("Item", "Status", "Notes", "Owner"...).
    // Empty for procedure and text sections.
    QStringList columns;
    int statusColumn = -1; // index into columns; -1 when none
    int notesColumn = -1;  // index into columns; -1 when none
    // A checklist written as a GFM task list ("- [ ] item", "### Group")
    // rather than a table: it has no columns, and is written back as one.
    bool taskList = false;
    QList<ChecklistItem> items;
    // The section marked not applicable as a whole; unset otherwise.
    NotApplicableMark notApplicable;

    // Column indexes that are neither the item column (0), status nor notes.
    QList<int> extraColumns() const;
    // The group a given item belongs to (the nearest header row above it).
    QString groupOf(int itemIndex) const;
    int countableItems() const;
};

struct ChecklistTemplate {
    qint64 id = 0;
    QString title;
    int version = 0; // assigned by the store: 1, 2, ... per title
    QString description;
    QList<ChecklistSection> sections;
    QDateTime importedAt;
    // Sign-off policy by role name; a role not listed has the default RolePolicy.
    QMap<QString, RolePolicy> rolePolicies;

    int itemCount() const;
};

struct TemplateSummary {
    qint64 id = 0;
    QString title;
    int version = 0;
    int itemCount = 0;
    bool isNewest = false;
    QDateTime importedAt;
};

struct RecordInfo {
    QString title;
    QString releaseVersion;
    QString environment;
};

enum class RecordState { InProgress, Signed, Sealed };

namespace RecordStateText {
QString key(RecordState state); // in_progress|signed|sealed
RecordState fromKey(const QString& key);
QString label(RecordState state);
} // namespace RecordStateText

// Counts of countable items (group headers excluded) by status.
struct Progress {
    int total = 0;
    int done = 0;
    int notApplicable = 0;
    int failed = 0;
    int pending() const { return total - done - notApplicable - failed; }
    int resolved() const { return done + notApplicable; }
    Progress& operator+=(const Progress& other);
};

struct SectionProgress {
    QString title;
    Progress progress;
};

struct RecordSummary {
    qint64 id = 0;
    QString title;
    QString releaseVersion;
    QString environment;
    RecordState state = RecordState::InProgress;
    qint64 templateId = 0;
    QString templateTitle;
    int templateVersion = 0;
    QDateTime createdAt;
    Progress progress;
};

// A drawn signature as vector strokes, in pad coordinates (0..1000 across,
// 0..300 down), so it can be drawn at any size on screen and in the PDF.
using SignatureStroke = QList<QPointF>;
using SignatureStrokes = QList<SignatureStroke>;

enum class SignatureState {
    Valid,       // the record still has the content that was signed
    Invalidated, // the record changed after this signature
    Revoked,     // withdrawn when the record was reopened
};

namespace SignatureStateText {
QString key(SignatureState state); // valid|invalidated|revoked
QString label(SignatureState state);
} // namespace SignatureStateText

// One signature on one role of one record (21 CFR Part 11 manifestation:
// printed name, date and time, meaning).
struct SignatureEntry {
    qint64 id = 0;
    qint64 recordId = 0;
    QString role;
    int rolePosition = 0; // the role's row in the sign-off table
    qint64 signerId = 0;
    QString login;
    QString printedName;
    QString meaning;
    QDateTime signedAt;       // UTC
    QString digest;           // hex SHA-256 of the record's canonical content when signed
    QByteArray signedContent; // that canonical content, kept to show what changed since
    SignatureStrokes strokes;
    bool typed = false;   // a typed signature (printed name in a script font) instead of strokes
    QByteArray signature; // Ed25519 over payload (format 2) or SignaturePayload::bytes() (format 1)
    // Format 2 signatures keep the exact bytes signed (countersign-signature/2);
    // format 1 ones are rebuilt from the fields by SignaturePayload::bytes().
    int payloadFormat = 1;
    QByteArray payload;
    bool revoked = false;
    QDateTime revokedAt;
    QString revokedBy;
    QString revokedReason;
    // A refusal to sign ("I do not approve"), made like a signature (login,
    // password, the signer's key over a countersign-signature/2 payload whose
    // decision is "declined") with a reason, and kept in Record::declines,
    // never among the signatures: it stands for no role and seals nothing.
    bool declined = false;
    QString reason; // why it was declined; "" for a signature

    // Revoked, or whether the record's content digest now (ContentDigest) is
    // the one signed. The one rule for a signature's state; callers hash the
    // record once for all its signatures (a revoked one needs no digest).
    SignatureState stateAgainst(const QString& recordDigest) const;
};

struct Signer {
    qint64 id = 0;
    QString login;
    QString printedName;
    QStringList roles;
    bool active = true;
    QByteArray publicKey;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
    QDateTime createdAt;
};

struct Record {
    qint64 id = 0;
    qint64 templateId = 0;
    QString templateTitle;
    int templateVersion = 0;
    QString description;
    RecordInfo info;
    RecordState state = RecordState::InProgress;
    QDateTime createdAt;
    QString createdBy;
    QList<ChecklistSection> sections;
    QList<SignatureEntry> signatures; // every signature ever made, revoked ones included
    QList<SignatureEntry> declines;   // every refusal to sign, oldest first
    // The template version's sign-off policy by role name (loaded with the record).
    QMap<QString, RolePolicy> rolePolicies;
    // Loaded with the record for content/2 (ContentDigest): the database's
    // identity (countersign_identity; "" when it cannot be read) and the hex
    // SHA-256 of its template version as stored (ContentDigest::templateSha256).
    QString databaseId;
    QString templateSha256;

    Progress progress() const;
    QList<SectionProgress> sectionProgress() const;
    // Finds an item anywhere in the record; nullptr when absent.
    const ChecklistItem* findItem(qint64 itemId) const;
    // The sign-off section, or nullptr when the template has none.
    const ChecklistSection* signOffSection() const;
    // The first signature currently standing for a role (not revoked), or nullptr.
    const SignatureEntry* activeSignature(const QString& role) const;
    // Every signature standing for a role, oldest first: a role whose policy
    // asks for N signers has up to N.
    QList<const SignatureEntry*> activeSignatures(const QString& role) const;
    // Whether a role has as many standing signatures as its policy asks for.
    bool roleComplete(const QString& role) const;
    // The newest refusal to sign a role, or nullptr.
    const SignatureEntry* latestDecline(const QString& role) const;
    // The policy a role is signed under: the template's, or the default.
    RolePolicy policyFor(const QString& role) const { return rolePolicies.value(role); }
};

// "Pre-Deployment Verification 7/10 · Overall 21/32 · 1 failed"
QString progressSummary(const QList<SectionProgress>& sections, const Progress& overall);

struct AuditEntry {
    qint64 id = 0;
    qint64 recordId = 0; // 0 for events not tied to a record
    qint64 itemId = 0;   // 0 for record-level events
    QString itemText;
    QString action; // created, status, notes, signed, ...
    QString field;
    QString oldValue;
    QString newValue;
    QString actor;
    QDateTime at; // UTC
    QString hash; // hex SHA-256 chained to the previous row
    // Format 1 rows chain across the whole database; format 2 rows chain
    // within their record (recordSeq counts from 1) and carry who ran the
    // program and the edit's own id (docs/CANONICAL-JSON.md, audit/2).
    // AuditLog writes format 2; 1 is what rows written before it read back as.
    int format = 1;
    qint64 recordSeq = 0;
    QString osAccount;
    QString editId;
};

// Where a record's audit chain ended when something was signed: its newest
// row's sequence number (0 for a row written before per-record chains) and hash.
struct ChainHead {
    qint64 seq = 0;
    QString hash;

    bool operator==(const ChainHead&) const = default;
};

// The database-wide ledger's newest row: what each user's machine remembers.
struct LedgerHead {
    qint64 id = 0; // 0 for an empty audit trail
    QString hash;
};

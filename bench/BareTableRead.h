#pragma once

#include <QString>
#include <QStringList>

// The baseline of the whole-archive `verify` figure (issue 19's "bare read"):
// one forward-only QSqlQuery per table, SELECT * over it, every column of
// every row read into a QVariant, nothing else done.
namespace BareTableRead {

// The tables `countersign-cli verify` (no RECORD) reads, and who reads them:
//   audit_log             ChainVerifier, AuditReconciler, AttachmentCheck (auditChain())
//   countersign_identity  the identity check, content/2 (databaseId())
//   registry_statements   RegistryVerifier
//   administrators        RegistryVerifier::checkAdministrators
//   signers               signatures' signers, reconcileSigners
//   records, templates    records(), then loadRecord() of each
//   template_sections, template_items, template_role_policies
//                         loadTemplate() (reconciler, content/2's template hash and policies)
//   record_sections, record_items   loadRecord() (items, N/A marks)
//   signatures            loadRecord() (signatures and refusals)
//   attachments, attachment_chunks  AttachmentCheck (the bytes hashed again)
QStringList verifiedTables();

struct Totals {
    qint64 rows = 0;
    qint64 values = 0;
    QStringList missing; // tables the database does not have (an older schema)
    QString error;       // empty when every table was read
};

// Reads every table of verifiedTables() that the database has: a SQLite
// file, or a server address (postgresql://…) as the store takes it.
Totals readAll(const QString& location);

} // namespace BareTableRead

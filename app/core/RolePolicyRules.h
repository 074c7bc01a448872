#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

// The sign-off rules a role's policy (RolePolicy) adds, for SignOffService:
// who may be one of a role's signers. Its messages are SignOffService's.
namespace RolePolicyRules {

// One person signs a record once: not a role twice (a role that needs two
// signers needs two people), nor two roles.
Status signsOnce(const Record& record, qint64 signerId, const QString& printedName, const QString& role);

// For an independent role: the signer changed no item of the record, by the
// names its changes were recorded under (trail: the record's audit trail).
Status independent(const Record& record, const QString& role, const Signer& signer,
                   const QList<AuditEntry>& trail);

} // namespace RolePolicyRules

#pragma once

#include <QString>

// When two logins or printed names are the same person's: one rule for the
// signers' room (no two signers with one login or active printed name) and
// the sign-off rules (an independent signer is none of the names that
// changed the record's items).
namespace PersonName {

// A login or printed name as two are compared to tell whether they are the
// same: compatibility-normalised and case-folded, as Unicode's NFKC_Casefold
// does ("Zoë" typed composed or decomposed, "ＺＯË" and "zoë" are one), its
// runs of white space made one space and trimmed ("Paula  Owner" is "paula
// owner"). QString::toCaseFolded() folds one character to one, so upper case
// comes first for the folds that grow ("Strauß" is "STRAUSS"). Stored names
// keep the spelling they were given.
QString comparable(const QString& text);

} // namespace PersonName

#pragma once

#include "core/SignOffService.h"

#include <QString>

// The rule for a new signing password, checked as it is typed twice: long
// enough, then PasswordQuality's check (the dictionary, the signer's login and
// printed name), then the two fields the same. SignOffService refuses such a
// password too; this only says so earlier, with the same reason.
namespace PasswordRule {
constexpr int kMinLength = SignOffService::kMinPasswordLength;

struct Check {
    bool ok = false;
    QString message; // what to show under the fields; empty before anything is typed
};

// login and printedName are whose password it is (either may still be empty).
Check check(const QString& password, const QString& confirmation, const QString& login,
            const QString& printedName);
} // namespace PasswordRule

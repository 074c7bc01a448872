#pragma once

#include "core/SignOffService.h"

#include <QString>

// The rule for a new signing password, checked as it is typed twice.
// SignOffService refuses a shorter one too; this only says so earlier.
namespace PasswordRule {
constexpr int kMinLength = SignOffService::kMinPasswordLength;

struct Check {
    bool ok = false;
    QString message; // what to show under the fields; empty before anything is typed
};

Check check(const QString& password, const QString& confirmation);
} // namespace PasswordRule

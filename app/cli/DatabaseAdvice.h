#pragma once

#include <QCoreApplication>
#include <QString>

// Rewrites the SQLite driver's terse reasons that reach the store's errors
// ("database is locked", "database disk image is malformed") as what happened
// and what to do. Other messages pass through unchanged: the store's own are
// already written for people.
class DatabaseAdvice {
    Q_DECLARE_TR_FUNCTIONS(DatabaseAdvice)
public:
    static QString explain(const QString& message, const QString& location);
};

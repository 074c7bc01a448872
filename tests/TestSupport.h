#pragma once

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace TestSupport {

// Every test calls this from initTestCase(): unexpected Qt warnings fail the
// test, and QStandardPaths points at a throwaway location so no test ever
// touches the user's real database or settings.
inline void strictWarnings()
{
    QStandardPaths::setTestModeEnabled(true);
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

} // namespace TestSupport

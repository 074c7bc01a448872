#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace TestSupport {

// What a program the test ran left behind.
struct ProcessRun {
    // The program's exit code; -1 when it did not start, did not finish in
    // time, or crashed.
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // The last non-empty line of stdout: where `new` and `import-template` print the id.
    QString lastLine() const;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

struct ProcessOptions {
    // Written to standard input, which is then closed.
    QByteArray input;
    // Empty: the test's own environment.
    QProcessEnvironment environment;
    // Empty: the test's own working directory.
    QString workingDirectory;
    // Standard error into `out` as well, in the order the program wrote them.
    bool mergeChannels = false;
    int timeoutMs = 60000;
};

// Runs a program to its end. Whatever it wrote is kept even when it crashed
// or ran out of time, so that a failing test can show it.
ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const ProcessOptions& options = {});

} // namespace TestSupport

#include "ProcessRun.h"

#include <QProcess>

namespace TestSupport {

QString ProcessRun::lastLine() const {
    const QStringList lines = outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.constLast();
}

ProcessRun runProcess(const QString& program, const QStringList& arguments, const ProcessOptions& options) {
    QProcess process;
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    if (options.mergeChannels)
        process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForStarted(30000))
        return run;
    if (!options.input.isEmpty())
        process.write(options.input);
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(options.timeoutMs);
    if (finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    // Merged, standard error is in `out` already (and QProcess warns when asked for it).
    if (!options.mergeChannels)
        run.err = process.readAllStandardError();
    return run;
}

} // namespace TestSupport

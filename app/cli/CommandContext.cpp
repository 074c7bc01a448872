#include "cli/CommandContext.h"

#include "cli/Console.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QSettings>

CommandContext::CommandContext(const QCommandLineParser& parser, ChecklistStore* store, Console& console)
    : m_parser(parser)
    , m_store(store)
    , m_console(console) {}

QString CommandContext::argument(int index) const {
    return m_parser.positionalArguments().value(index);
}

bool CommandContext::isSet(const QString& option) const {
    return m_parser.isSet(option);
}

QString CommandContext::value(const QString& option) const {
    // Never a null string: the store binds a null QString as SQL NULL.
    const QString text = m_parser.value(option);
    return text.isNull() ? QStringLiteral("") : text;
}

int CommandContext::fail(const QString& message) const {
    // The engine's messages already say what happened and what to do, database errors included.
    QString text = message;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_console.errLine(QStringLiteral("countersign-cli: ") + text);
    return ExitUserError;
}

int CommandContext::failChange(const QString& message, const Error& error, const QString& showCommand) const {
    if (error.kind() != Error::Kind::OutcomeUnknown)
        return fail(message);
    fail(message + QLatin1Char(' ') +
         tr("Run `%1` to see whether it was applied.").arg(QStringLiteral("countersign-cli ") + showCommand));
    return ExitOutcomeUnknown;
}

QString CommandContext::actor() const {
    if (m_parser.isSet(QStringLiteral("by")))
        return m_parser.value(QStringLiteral("by")).trimmed();
    // The same settings file the GUI's Preferences write (AppIdentity::apply() names it).
    const QString preferred = QSettings().value(SettingsKeys::kIdentityName).toString().trimmed();
    return preferred.isEmpty() ? AppIdentity::defaultActorName() : preferred;
}

Result<Record> CommandContext::loadRecord(const QString& idText) const {
    Result<qint64> id = m_store->resolveRecord(idText);
    if (!id)
        return Error(id.error());
    return m_store->loadRecord(id.value());
}

Status CommandContext::writeOutput(const QString& target, const QByteArray& bytes) const {
    if (target == u"-") {
        if (!m_console.outBytes(bytes))
            return Error(tr("cannot write to the standard output"));
        return {};
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error(tr("cannot write %1: %2. Check the path and that the folder can be written.")
                         .arg(target, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error(tr("cannot write %1: %2. Nothing was written.").arg(target, why));
    }
    if (!file.commit())
        return Error(tr("cannot write %1: %2. Nothing was written.").arg(target, file.errorString()));
    return {};
}

#pragma once

#include "cli/ExitCode.h"
#include "core/Checklist.h"
#include "core/Result.h"
#include "core/Verifier.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class ChecklistStore;
class Console;
class QCommandLineParser;
class Witness;

// What a command handler gets: its parsed arguments, the open store and the
// console, with the few helpers every command shares (errors, who is acting,
// writing a file or stdout).
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
public:
    CommandContext(const QCommandLineParser& parser, ChecklistStore* store, Console& console);

    const QCommandLineParser& parser() const { return m_parser; }
    QString argument(int index) const;
    bool isSet(const QString& option) const;
    // The option's value; an empty (not null) string when it is not given.
    QString value(const QString& option) const;

    // False only for a command run without a database (Command::noDatabaseWith).
    bool hasStore() const { return m_store != nullptr; }
    ChecklistStore& store() const { return *m_store; }
    Console& console() const { return m_console; }

    // What this machine remembers of the database (core/Witness), and what
    // its check found when the database was opened: verify reports it.
    void setWitness(Witness* witness, std::optional<Verifier::Finding> finding) {
        m_witness = witness;
        m_witnessFinding = std::move(finding);
    }
    Witness& witness() const { return *m_witness; }
    const std::optional<Verifier::Finding>& witnessFinding() const { return m_witnessFinding; }

    // Prints "countersign-cli: MESSAGE" on stderr and returns ExitUserError.
    int fail(const QString& message) const;
    // A change that failed: as fail(), except that a change whose outcome is
    // unknown (the server stopped answering after it was sent) says how to
    // look (showCommand, a command line to run) and exits ExitOutcomeUnknown.
    int failChange(const QString& message, const Error& error, const QString& showCommand) const;

    // The name recorded as "who": --by, else the name set in the GUI's
    // Preferences, else the OS user.
    QString actor() const;

    // RECORD as given on the command line (an id), loaded.
    Result<Record> loadRecord(const QString& idText) const;

    // Writes bytes to FILE atomically (a failure leaves no half-written file),
    // or to stdout when target is "-".
    Status writeOutput(const QString& target, const QByteArray& bytes) const;

private:
    const QCommandLineParser& m_parser;
    ChecklistStore* m_store;
    Console& m_console;
    Witness* m_witness = nullptr;
    std::optional<Verifier::Finding> m_witnessFinding;
};

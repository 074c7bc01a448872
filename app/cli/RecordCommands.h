#pragma once

#include "cli/Command.h"
#include "core/Checklist.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

class CommandContext;
struct SealCertificate;

// new, records, show, export.
class RecordCommands {
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)
public:
    static QList<Command> commands();

private:
    static int newRecord(CommandContext& context);
    static int listRecords(CommandContext& context);
    static int showRecord(CommandContext& context);
    static int exportRecord(CommandContext& context);
    // The record's PDF report; prepared for sealing by sealer when one is given.
    static Result<QByteArray> pdfReport(CommandContext& context, const Record& record,
                                        const SealCertificate* sealer = nullptr);
};

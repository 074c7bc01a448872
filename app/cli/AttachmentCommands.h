#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class CommandContext;

// attach, attachments, detach, extract, attachment-limit: evidence files on
// a record's items (ChecklistStore's attachments).
class AttachmentCommands {
    Q_DECLARE_TR_FUNCTIONS(AttachmentCommands)
public:
    static QList<Command> commands();
    // "50M", "1.5G", "200k", "1000": bytes (K, M, G are 1024-based; KiB, MiB,
    // GiB, KB, MB and GB are read the same). nullopt when it is not a size.
    static std::optional<qint64> parseSize(const QString& text);

private:
    static int attach(CommandContext& context);
    static int list(CommandContext& context);
    static int detach(CommandContext& context);
    static int extract(CommandContext& context);
    static int limit(CommandContext& context);
};

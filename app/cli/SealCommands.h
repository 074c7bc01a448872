#pragma once

#include "cli/Command.h"
#include "core/Checklist.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

class CommandContext;
struct SealCertificate;

// The organisation's seal (a PDF signature from an NSS database): the
// seal-certs command, export --pdf's --seal, and the seals verify --pdf reports.
class SealCommands {
    Q_DECLARE_TR_FUNCTIONS(SealCommands)
public:
    static inline const QString seal = QStringLiteral("seal");
    static inline const QString nssDir = QStringLiteral("nss-dir");

    static QList<Command> commands();
    static QCommandLineOption sealOption();
    static QCommandLineOption nssDirOption();

    // export RECORD --pdf FILE --seal NICKNAME: verifies the record, checks
    // the certificate, has render make the report (which prints who seals
    // it), then seals it into FILE. Returns the exit code.
    using Render = std::function<Result<QByteArray>(const SealCertificate& sealer)>;
    static int exportSealed(CommandContext& context, const Record& record, const QString& target,
                            const Render& render);

    // The seals in a PDF for verify --pdf: each one's lines (text) or objects
    // (JSON), and whether every seal is intact. A PDF without seals is intact.
    struct Findings {
        QString text;
        QJsonArray json;
        bool intact = true;
        bool readable = true;
    };
    static Findings checkSeals(CommandContext& context, const QString& path);

private:
    static int listCertificates(CommandContext& context);
    static QString nssDirectory(const CommandContext& context);
};

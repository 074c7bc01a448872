// The cold start to the window being mapped on an X display (issue 19):
// `countersign` beside bench/bare_table and DB Browser for SQLite, each timed
// by bench/map_watch from exec to its first window mapped. gui_benchmark's
// cold-start-mapped.
#include "GuiArchiveFigures.h"
#include "GuiBenchSupport.h"

#include "BenchSupport.h"
#include "core/AppIdentity.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "ui/MainWindow.h"
#include "ui/RecordListModel.h"
#include "ui/RecordListPanel.h"
#include "ui/RecordListProxy.h"
#include "ui/RecordView.h"
#include "ui/SectionGrid.h"
#include "ui/UserSettings.h"
#include "ui/signing/IntegrityBadge.h"
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QTreeView>
#include <algorithm>

using namespace Bench;
using namespace GuiBench;

namespace {

// `map_watch PROGRAM ARGS...`: milliseconds from exec to the program's first
// window mapped, or -1 with *error set.
double mappedMs(const QString& watch, const QStringList& command, QString* error) {
    QProcess p;
    p.start(watch, command);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype at = out.indexOf("mapped-ms:");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || at < 0) {
        *error =
            QStringLiteral("map_watch %1 failed: %2")
                .arg(command.join(u' '), QString::fromLocal8Bit(out + p.readAllStandardError()).trimmed());
        return -1;
    }
    return out.mid(at + 10).trimmed().split('\n').value(0).toDouble();
}

int coldStartMapped(const QString& watch, const QString& app, const QString& bareTable, const QString& db,
                    const QString& peer, int runs) {
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        print(QStringLiteral("cold-start-mapped needs an X server: start Xvfb and set DISPLAY"));
        return 1;
    }
    qint64 record = 0;
    {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (Status opened = store.open(db, ChecklistStore::OpenMode::ExistingOnly); !opened) {
            print(opened.error());
            return 1;
        }
        // The record the window opens at start; the newest when none is remembered yet.
        record = UserSettings::lastRecordId(store.location());
        if (record == 0 || !store.recordSummary(record))
            record = newestRecord(db);
        remember(db, record);
    }
    struct Contender {
        QString name;
        QStringList command;
        QList<double> ms;
    };
    QList<Contender> contenders{
        {QStringLiteral("countersign"), {app, QStringLiteral("--db"), db}, {}},
        {QStringLiteral("bare_table"), {bareTable, db, QString::number(record)}, {}},
    };
    if (!peer.isEmpty())
        contenders.append({QFileInfo(peer).fileName(), {peer, db}, {}});
    QString error;
    for (int r = 0; r <= runs; ++r) { // the first round warms the page cache and font caches
        for (Contender& c : contenders) {
            const double ms = mappedMs(watch, c.command, &error);
            if (ms < 0) {
                print(error);
                return 1;
            }
            if (r > 0)
                c.ms << ms;
        }
    }
    QStringList each;
    for (const Contender& c : contenders)
        each << QStringLiteral("%1 %2").arg(c.name, [&] {
            QStringList values;
            for (const double v : c.ms)
                values << QString::number(v, 'f', 0);
            return values.join(u' ');
        }());
    print(QStringLiteral("exec to first window mapped (ms), record %1 of %2: %3")
              .arg(record)
              .arg(db, each.join(QStringLiteral("; "))));
    const double countersign = medianOf(contenders.at(0).ms);
    bool all = report({QStringLiteral("Cold start to window mapped, %1, median of %2")
                           .arg(QFileInfo(db).fileName())
                           .arg(runs),
                       countersign, QStringLiteral("ms"), QStringLiteral("bare_table (QSqlQueryModel)"),
                       medianOf(contenders.at(1).ms), Goal::RatioAtMost, 1.5});
    if (contenders.size() > 2) {
        // "Countersign <= 0.5x its time": the peer takes at least twice as long.
        all &= report({QStringLiteral("Cold start to window mapped against a peer, %1, median of %2")
                           .arg(QFileInfo(db).fileName())
                           .arg(runs),
                       countersign, QStringLiteral("ms"),
                       QStringLiteral("DB Browser for SQLite (%1)").arg(contenders.at(2).name),
                       medianOf(contenders.at(2).ms), Goal::RatioAtMost, 0.5});
    }
    return all ? 0 : 3;
}

} // namespace

namespace GuiBench {
int runColdStartMapped(const QString& watch, const QString& app, const QString& bareTable, const QString& db,
                       const QString& peer, int runs) {
    return coldStartMapped(watch, app, bareTable, db, peer, runs);
}
} // namespace GuiBench

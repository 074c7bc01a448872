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

namespace GuiBench {

bool PaintCounter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint)
        ++paints;
    return QObject::eventFilter(watched, event);
}

// Runs the event loop until some widget has painted; false after 60 s.
bool waitForPaint(PaintCounter& counter) {
    const int before = counter.paints;
    QElapsedTimer guard;
    guard.start();
    while (counter.paints == before) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (guard.elapsed() > 60000)
            return false;
    }
    QCoreApplication::processEvents(); // what the same frame still had queued
    return true;
}

// Runs the event loop until the window's integrity badge shows its check's
// verdict (the check runs in a worker thread after the first paint).
// True once it has; false after `limitMs`.
bool waitForIntegrityCheck(MainWindow& window, int limitMs) {
    const auto* badge = window.findChild<IntegrityBadge*>();
    QElapsedTimer guard;
    guard.start();
    while (badge && !badge->isVerified() && guard.elapsed() < limitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return badge && badge->isVerified();
}

// Starts `program` and waits for its `first-paint-ms: N` line. Returns the
// wall-clock milliseconds from the start to that line; *reported gets N.
double firstPaint(const QString& program, const QStringList& arguments, double* reported, QString* error) {
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    QByteArray out;
    while (!out.contains("first-paint-ms:") || !out.endsWith('\n')) {
        if (!p.waitForReadyRead(30000)) {
            *error = QStringLiteral("%1 printed no first-paint-ms line: %2")
                         .arg(program, QString::fromLocal8Bit(out + p.readAllStandardError()));
            p.kill();
            p.waitForFinished();
            return -1;
        }
        out += p.readAllStandardOutput();
    }
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    const qsizetype at = out.indexOf("first-paint-ms:");
    *reported = out.mid(at + 15).trimmed().split('\n').value(0).toDouble();
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
    }
    return wall;
}

// The newest record of DB, as a person who signs off releases every day
// finds the window; 0 when none can be read.
qint64 newestRecord(const QString& db) {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (!store.open(db, ChecklistStore::OpenMode::ExistingOnly))
        return 0;
    const QList<qint64> ids = store.recordIds().value_or({});
    return ids.isEmpty() ? 0 : ids.last();
}

// The settings remember one database's last record (UserSettings): set it
// before each start, so that the window opens on that record whichever
// database started last.
void remember(const QString& db, qint64 recordId) {
    // Keyed as the window keys it: a file by its absolute path, a server by its address.
    UserSettings::setLastRecord(ChecklistStore::isServerLocation(db) ? db : QFileInfo(db).absoluteFilePath(),
                                recordId);
}

// True when the window opened a record at start (the remembered one).
bool hasRecordOpen(MainWindow& window) {
    const auto* view = window.findChild<RecordView*>();
    return view && view->hasRecord();
}

double percentile(QList<double> values, double share) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(share * double(values.size() - 1) + 0.5));
    return values.at(at);
}

double worstOf(const QList<double>& values) {
    return values.isEmpty() ? -1 : *std::max_element(values.cbegin(), values.cend());
}

} // namespace GuiBench

#pragma once

// What the desktop's benchmark programs share: waiting for a paint and for
// the window's integrity check, timing a program to its first paint, and the
// record a window opens at start.

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class MainWindow;

namespace GuiBench {

// Counts paint events of every widget, to wait for "painted".
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

// Runs the event loop until some widget has painted; false after 60 s.
bool waitForPaint(PaintCounter& counter);
// Runs the event loop until the window's integrity badge shows its check's
// verdict (the check runs in a worker thread after the first paint).
// True once it has; false after `limitMs`.
bool waitForIntegrityCheck(MainWindow& window, int limitMs = 30000);
// Starts `program` and waits for its `first-paint-ms: N` line. Returns the
// wall-clock milliseconds from the start to that line; *reported gets N.
double firstPaint(const QString& program, const QStringList& arguments, double* reported, QString* error);

// The newest record of DB, as a person who signs off releases every day
// finds the window; 0 when none can be read.
qint64 newestRecord(const QString& db);
// The settings remember one database's last record (UserSettings): set it
// before each start, so that the window opens on that record whichever
// database started last.
void remember(const QString& db, qint64 recordId);
// True when the window opened a record at start (the remembered one).
bool hasRecordOpen(MainWindow& window);
double percentile(QList<double> values, double share);
double worstOf(const QList<double>& values);

} // namespace GuiBench

// The cold-start baseline: the least a Qt Widgets program does before a
// window is on screen. A QMainWindow of Countersign's size prints
// `first-paint-ms: N` (milliseconds since the process started, from
// /proc/self/stat, so the dynamic loading of Qt counts) when it has painted
// for the first time, and quits: the same contract and the same clock as
// `countersign --quit-after-first-paint`.
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since the process started (field 22 of /proc/self/stat against
// CLOCK_BOOTTIME); since main() where /proc cannot be read.
qint64 sinceStartMs(const QElapsedTimer& sinceMain) {
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return sinceMain.elapsed();
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')'); // the command name may hold spaces
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (close < 0 || fields.size() <= 19 || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return sinceMain.elapsed();
    const qint64 startTicks = fields.at(19).toLongLong(); // field 22, counted from field 3
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000 - startTicks * 1000 / ticksPerSecond;
}

class FirstPaintWatcher : public QObject {
public:
    explicit FirstPaintWatcher(const QElapsedTimer& clock)
        : m_clock(clock) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Reported once this paint has finished: the window is on screen.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first-paint-ms: %lld\n", static_cast<long long>(sinceStartMs(m_clock)));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& m_clock;
    bool m_seen = false;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto* label = new QLabel(QStringLiteral("A bare Qt Widgets window"), &window);
    window.setCentralWidget(label);
    FirstPaintWatcher watcher(clock);
    window.installEventFilter(&watcher);
    window.resize(1280, 860);
    window.show();
    return app.exec();
}

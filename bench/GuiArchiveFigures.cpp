// The window at archive scale (issue 19): first paint, the record list's
// filter and sort, and the peak memory with a ten-year archive open, each
// beside the same on 2,000 records. gui_benchmark's archive-figures and memory.
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

// Wall-clock first paint of `countersign --db DB --quit-after-first-paint`
// for two databases in turn, after a warm-up run of each: medians in ms.
struct FirstPaintPair {
    double archive = -1;
    double small = -1;
};

struct Database {
    QString path;
    qint64 last = 0; // the record open at start
};

FirstPaintPair firstPaintPair(const QString& app, const Database& archive, const Database& small, int runs,
                              QString* error) {
    QList<double> archiveMs, smallMs;
    for (int r = 0; r <= runs; ++r) {
        double says = 0;
        remember(archive.path, archive.last);
        const double a = firstPaint(
            app, {QStringLiteral("--db"), archive.path, QStringLiteral("--quit-after-first-paint")}, &says,
            error);
        remember(small.path, small.last);
        const double b =
            firstPaint(app, {QStringLiteral("--db"), small.path, QStringLiteral("--quit-after-first-paint")},
                       &says, error);
        if (a < 0 || b < 0)
            return {};
        if (r > 0) {
            archiveMs += a;
            smallMs += b;
        }
    }
    return {medianOf(archiveMs), medianOf(smallMs)};
}

// The record list of a window just opened on a database, driven as a person
// drives it: keys sent to the focused widget, clicks on the header's sorting.
class ListDriver {
public:
    ListDriver(MainWindow& window, PaintCounter& counter)
        : m_window(window)
        , m_counter(counter)
        , m_panel(window.findChild<RecordListPanel*>()) {}

    bool ready() const { return m_panel != nullptr; }
    int shownRows() const { return m_panel->shown()->rowCount(); }
    int allRows() const { return m_panel->model()->rowCount(); }

    // Ctrl+F: the panel's own action puts the focus in the filter box.
    // Milliseconds to the box painted with the focus, or -1.
    double focusFilter() {
        for (QAction* action : m_panel->actions()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Find)) {
                QElapsedTimer timer;
                timer.start();
                action->trigger();
                if (!waitForPaint(m_counter) || !m_panel->filterBox()->hasFocus())
                    return -1;
                return double(timer.nsecsElapsed()) / 1e6;
            }
        }
        return -1;
    }

    // Milliseconds from the key's press to the window having painted what it changed.
    double key(int key, const QString& text = {}) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_panel->filterBox();
        QElapsedTimer timer;
        timer.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(target, &release);
        if (!waitForPaint(m_counter))
            return -1;
        return double(timer.nsecsElapsed()) / 1e6;
    }

    double type(QChar c) {
        const QChar upper = c.toUpper();
        const int code = c == u' ' ? int(Qt::Key_Space) : int(upper.unicode());
        return key(code, QString(c));
    }

    // Milliseconds from the header's sort to the list painted in the new order.
    double sortBy(int column, Qt::SortOrder order) {
        QElapsedTimer timer;
        timer.start();
        m_panel->view()->sortByColumn(column, order);
        if (!waitForPaint(m_counter))
            return -1;
        return double(timer.nsecsElapsed()) / 1e6;
    }

    QString firstShownTitle() const {
        return m_panel->shown()->index(0, RecordListModel::Title).data().toString();
    }
    QString titleOfRow(int row) const {
        return m_panel->model()->index(row, RecordListModel::Title).data().toString();
    }
    QString stateOfRow(int row) const {
        return m_panel->model()->index(row, RecordListModel::State).data().toString();
    }

private:
    MainWindow& m_window;
    PaintCounter& m_counter;
    RecordListPanel* m_panel;
};

struct ListFigures {
    double focusMs = -1; // Ctrl+F to the filter box painted with the focus
    double worstKey = -1;
    double p95Key = -1;
    double worstSort = -1;
    QString worstSortColumn;
    bool ok = false;
};

// Opens a window on `db` (its newest record open, as at start), waits for the
// integrity check, then types two texts into the filter box one key at a time
// (the middle record's title, then a state's word) with Backspace and Escape
// between them; then, in a second window just opened, sorts by every column
// each way. The first filter and the first sort read every summary: they are
// timed too, as the person waits for them.
ListFigures listFigures(ChecklistStore& store, const Database& db, const QString& label) {
    ListFigures figures;
    PaintCounter counter;
    qApp->installEventFilter(&counter);
    // A window as at start: the last record open, its integrity check done.
    auto opened = [&](MainWindow& window) {
        window.resize(1280, 860);
        window.show();
        window.activateWindow();
        waitForPaint(counter);
        if (!hasRecordOpen(window)) {
            print(QStringLiteral("%1: the window opened no record at start").arg(label));
            return false;
        }
        if (!waitForIntegrityCheck(window, 600000)) {
            print(QStringLiteral("%1: the integrity check did not finish in 10 minutes").arg(label));
            return false;
        }
        // A person looks at the window for a second or two before filtering:
        // the list reads every summary in the background meanwhile
        // (RecordListModel::readEverythingInBackground). Waited for up to
        // 2 s; whether it was in is printed.
        const RecordListModel* model = window.findChild<RecordListPanel*>()->model();
        QElapsedTimer reading;
        reading.start();
        while (!model->readsEverything() && reading.elapsed() < 2000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        print(QStringLiteral("%1: every summary read in the background: %2 (waited %3 ms after the check)")
                  .arg(label, model->readsEverything() ? QStringLiteral("yes") : QStringLiteral("no"))
                  .arg(reading.elapsed()));
        return true;
    };
    {
        remember(db.path, db.last);
        MainWindow window(&store);
        if (!opened(window)) {
            qApp->removeEventFilter(&counter);
            return figures;
        }
        ListDriver list(window, counter);
        figures.focusMs = list.ready() ? list.focusFilter() : -1;
        if (figures.focusMs < 0) {
            print(QStringLiteral("%1: no record list, or Ctrl+F did not reach its filter box").arg(label));
            qApp->removeEventFilter(&counter);
            return figures;
        }
        const int all = list.allRows();
        const QString title = list.titleOfRow(all / 2).left(16);
        const QString state = list.stateOfRow(all - 1);
        QList<double> keys;
        QStringList steps;
        auto typeText = [&](const QString& text) {
            for (const QChar c : text) {
                const double ms = list.type(c);
                keys << ms;
                steps << QStringLiteral("%1 %2 ms (%3 rows)").arg(c).arg(ms, 0, 'f', 1).arg(list.shownRows());
            }
        };
        auto press = [&](int key, const QString& name) {
            const double ms = list.key(key);
            keys << ms;
            steps << QStringLiteral("%1 %2 ms (%3 rows)").arg(name).arg(ms, 0, 'f', 1).arg(list.shownRows());
        };
        typeText(title);
        for (int i = 0; i < 3; ++i)
            press(Qt::Key_Backspace, QStringLiteral("Backspace"));
        press(Qt::Key_Escape, QStringLiteral("Escape"));
        typeText(state.toLower());
        press(Qt::Key_Escape, QStringLiteral("Escape"));
        print(QStringLiteral("%1: Ctrl+F to the filter box focused and painted: %2 ms")
                  .arg(label)
                  .arg(figures.focusMs, 0, 'f', 1));
        print(QStringLiteral("%1, %2 records: typed \"%3\", Backspace ×3, Escape, \"%4\", Escape: %5")
                  .arg(label)
                  .arg(all)
                  .arg(title, state.toLower(), steps.join(QStringLiteral("; "))));
        figures.worstKey = keys.contains(-1) ? -1 : worstOf(keys);
        figures.p95Key = percentile(keys, 0.95);
        print(QStringLiteral("%1: keystrokes median %2 ms, 95th percentile %3 ms, worst %4 ms")
                  .arg(label)
                  .arg(medianOf(keys), 0, 'f', 1)
                  .arg(figures.p95Key, 0, 'f', 1)
                  .arg(figures.worstKey, 0, 'f', 1));
        window.close();
    }
    {
        remember(db.path, db.last);
        MainWindow window(&store);
        if (!opened(window)) {
            qApp->removeEventFilter(&counter);
            return figures;
        }
        ListDriver list(window, counter);
        QStringList steps;
        QList<double> sorts;
        for (int column = 0; column < RecordListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const double ms = list.sortBy(column, order);
                const QString name = QStringLiteral("%1 %2").arg(
                    window.findChild<RecordListPanel*>()
                        ->model()
                        ->headerData(column, Qt::Horizontal)
                        .toString(),
                    order == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓"));
                steps << QStringLiteral("%1 %2 ms (first: %3)")
                             .arg(name)
                             .arg(ms, 0, 'f', 1)
                             .arg(list.firstShownTitle());
                sorts << ms;
                if (ms >= worstOf(sorts))
                    figures.worstSortColumn = name;
            }
        }
        print(QStringLiteral("%1: sorted by %2").arg(label, steps.join(QStringLiteral("; "))));
        figures.worstSort = sorts.contains(-1) ? -1 : worstOf(sorts);
        window.close();
    }
    qApp->removeEventFilter(&counter);
    figures.ok = figures.worstKey >= 0 && figures.worstSort >= 0;
    return figures;
}

// A fresh process: the window on DB with its last record open, the peak
// resident set once the background integrity check has reported and the
// record list has read every summary. Prints
// `peak-mib: N`, then the same after the list was sorted (every summary read).
int memoryFigure(const QString& db, qint64 record) {
    remember(db, record);
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(db, ChecklistStore::OpenMode::ExistingOnly); !opened) {
        print(opened.error());
        return 1;
    }
    PaintCounter counter;
    qApp->installEventFilter(&counter);
    MainWindow window(&store);
    window.resize(1280, 860);
    window.show();
    waitForPaint(counter);
    if (!hasRecordOpen(window)) {
        print(QStringLiteral("the window opened no record of %1 at start").arg(db));
        return 1;
    }
    QElapsedTimer checking;
    checking.start();
    if (!waitForIntegrityCheck(window, 600000)) {
        print(QStringLiteral("the integrity check of %1 did not finish in 10 minutes").arg(db));
        return 1;
    }
    print(QStringLiteral("integrity-check-ms: %1").arg(checking.elapsed()));
    // With the record list's summaries, which it reads in the background after the first paint.
    const RecordListModel* model = window.findChild<RecordListPanel*>()->model();
    QElapsedTimer reading;
    reading.start();
    while (!model->readsEverything() && reading.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    print(QStringLiteral("peak-mib: %1").arg(peakResidentMiB(), 0, 'f', 1));
    window.findChild<RecordListPanel*>()->view()->sortByColumn(RecordListModel::Title, Qt::AscendingOrder);
    waitForPaint(counter);
    print(QStringLiteral("peak-mib-sorted: %1").arg(peakResidentMiB(), 0, 'f', 1));
    return 0;
}

// Runs `gui_benchmark memory DB` and reads its figures.
struct MemoryFigure {
    double peak = -1;
    double sorted = -1;
    double checkMs = -1;
};

MemoryFigure memoryOf(const Database& db) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("memory"), db.path, QString::number(db.last)});
    p.waitForFinished(-1);
    const QString out = QString::fromLocal8Bit(p.readAll());
    MemoryFigure figure;
    for (const QString& line : out.split(u'\n')) {
        const QString value = line.section(u':', 1).trimmed();
        if (line.startsWith(u"peak-mib:"))
            figure.peak = value.toDouble();
        else if (line.startsWith(u"peak-mib-sorted:"))
            figure.sorted = value.toDouble();
        else if (line.startsWith(u"integrity-check-ms:"))
            figure.checkMs = value.toDouble();
    }
    if (figure.peak < 0)
        print(QStringLiteral("gui_benchmark memory %1 failed: %2").arg(db.path, out.trimmed()));
    return figure;
}

int archiveFigures(const QString& app, const QString& archivePath, const QString& smallPath, int runs) {
    const Database archive{archivePath, newestRecord(archivePath)};
    const Database small{smallPath, newestRecord(smallPath)};
    if (!archive.last || !small.last) {
        print(QStringLiteral("cannot read the records of %1 or %2").arg(archivePath, smallPath));
        return 1;
    }
    int archiveRecords = 0;
    bool all = true;
    {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (!store.open(archive.path, ChecklistStore::OpenMode::ExistingOnly))
            return 1;
        archiveRecords = int(store.recordIds().value_or({}).size());
    }
    // The same rows on a server say so: bench.sh prints both.
    const QString where =
        ChecklistStore::isServerLocation(archivePath) ? QStringLiteral(", PostgreSQL") : QString();
    const QString archiveName = QStringLiteral("the archive (%L1 records%2)").arg(archiveRecords).arg(where);

    QString error;
    const FirstPaintPair paint = firstPaintPair(app, archive, small, runs, &error);
    if (paint.archive < 0) {
        print(error);
        return 1;
    }
    all &= report(
        {QStringLiteral("First paint with %1, last record open, median of %2").arg(archiveName).arg(runs),
         paint.archive, QStringLiteral("ms"), QStringLiteral("2,000 records"), paint.small, Goal::RatioAtMost,
         1.2});

    ListFigures archiveList;
    ListFigures smallList;
    for (const auto& [db, figures, label] :
         {std::tuple{archive, &archiveList, QStringLiteral("archive")},
          std::tuple{small, &smallList, QStringLiteral("2,000 records")}}) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (Status opened = store.open(db.path, ChecklistStore::OpenMode::ExistingOnly); !opened) {
            print(opened.error());
            return 1;
        }
        *figures = listFigures(store, db, label);
        if (!figures->ok)
            return 1;
    }
    all &= report({QStringLiteral("Record list filter on %1, worst keystroke to painted").arg(archiveName),
                   archiveList.worstKey, QStringLiteral("ms"), QStringLiteral("2,000 records"),
                   smallList.worstKey, Goal::ValueAtMost, 50});
    all &= report({QStringLiteral("Record list Ctrl+F on %1, to the filter box painted").arg(archiveName),
                   archiveList.focusMs, QStringLiteral("ms"), QStringLiteral("2,000 records"),
                   smallList.focusMs, Goal::ValueAtMost, 100});
    all &= report({QStringLiteral("Record list sort on %1, worst column (%2) to painted")
                       .arg(archiveName, archiveList.worstSortColumn),
                   archiveList.worstSort, QStringLiteral("ms"), QStringLiteral("2,000 records"),
                   smallList.worstSort, Goal::ValueAtMost, 100});

    const MemoryFigure archiveMemory = memoryOf(archive);
    const MemoryFigure smallMemory = memoryOf(small);
    if (archiveMemory.peak < 0 || smallMemory.peak < 0)
        return 1;
    print(
        QStringLiteral("background integrity check: %1 ms on the archive, %2 ms on 2,000 records; peak after "
                       "sorting the list (every summary read): %3 MiB and %4 MiB")
            .arg(archiveMemory.checkMs)
            .arg(smallMemory.checkMs)
            .arg(archiveMemory.sorted)
            .arg(smallMemory.sorted));
    all &= report({QStringLiteral("Peak memory (VmHWM) with %1 open, integrity check done").arg(archiveName),
                   archiveMemory.peak, QStringLiteral("MiB"), QStringLiteral("2,000 records"),
                   smallMemory.peak, Goal::ValueAtMost, 150});
    return all ? 0 : 3;
}

} // namespace

namespace GuiBench {
int runArchiveFigures(const QString& app, const QString& archive, const QString& small, int runs) {
    return archiveFigures(app, archive, small, runs);
}
int runMemoryFigure(const QString& db, qint64 record) {
    return memoryFigure(db, record);
}
} // namespace GuiBench

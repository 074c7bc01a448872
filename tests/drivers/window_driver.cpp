// The real main window in a process of its own, driven line by line from
// standard input, so that tst_sharedfile can run it beside the built CLI, a
// second window and backups on one database file. It builds the same
// MainWindow the desktop program shows (offscreen), and edits through the
// grids' models, the way a click or a typed note does (undo commands, the
// store, the audit trail).
//
// Commands, one a line; every answer is one flushed line:
//   open RECORD                -> "opened RECORD" once the background integrity check has finished
//   note ITEM TEXT             -> "acked ITEM TEXT" once stored, or "refused ITEM why"
//   notes ITEM COUNT PREFIX    -> COUNT notes PREFIX-1 … PREFIX-COUNT, each answered as above
//   quit                       -> closes the window and the database, then "bye"
//
// Usage: window_driver DATABASE
#include "core/ChecklistStore.h"
#include "core/SettingsKeys.h"
#include "io/BuiltInTemplate.h"
#include "ui/ChecklistTableModel.h"
#include "ui/MainWindow.h"
#include "ui/SectionGrid.h"
#include "ui/base/Prompts.h"
#include "ui/signing/SigningActions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QSocketNotifier>

#include <cstdio>
#include <memory>
#include <unistd.h>

namespace {

void say(const QString& line) {
    // One line, one write: a kill can only cut off what was not yet acknowledged.
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

class Driver : public QObject {
public:
    explicit Driver(ChecklistStore* store)
        : m_window(std::make_unique<MainWindow>(store))
        , m_stdin(STDIN_FILENO, QSocketNotifier::Read) {
        // A refusal becomes an answer line; no dialog may wait for a click.
        Prompts::setMessageHook([this](const Prompts::Message& message) { m_lastMessage = message.text; });
        Prompts::setDialogHook([](QDialog&) { return 0; });
        if (auto* signing = m_window->findChild<SigningActions*>()) {
            connect(signing, &SigningActions::verified, this, [this](const Verifier::Report&) {
                if (m_awaitingCheck) {
                    m_awaitingCheck = false;
                    say(QStringLiteral("opened %1").arg(m_openRecord));
                }
            });
        }
        connect(&m_stdin, &QSocketNotifier::activated, this, &Driver::readInput);
        m_window->show();
        say(QStringLiteral("ready"));
    }

private:
    void readInput() {
        char buffer[4096];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            quit();
            return;
        }
        m_pending.append(buffer, int(n));
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
            m_pending.remove(0, end + 1);
            run(line);
        }
    }

    void run(const QString& line) {
        const QString command = line.section(u' ', 0, 0);
        if (command == u"open") {
            m_openRecord = line.section(u' ', 1, 1).toLongLong();
            m_awaitingCheck = true;
            if (!m_window->openRecord(m_openRecord))
                say(QStringLiteral("failed open %1: %2").arg(m_openRecord).arg(m_lastMessage));
        } else if (command == u"note") {
            note(line.section(u' ', 1, 1).toLongLong(), line.section(u' ', 2));
        } else if (command == u"notes") {
            const qint64 item = line.section(u' ', 1, 1).toLongLong();
            const int count = line.section(u' ', 2, 2).toInt();
            const QString prefix = line.section(u' ', 3, 3);
            for (int i = 1; i <= count; ++i) {
                note(item, QStringLiteral("%1-%2").arg(prefix).arg(i));
                QCoreApplication::processEvents(); // the window hears about other writers meanwhile
            }
        } else if (command == u"quit") {
            quit();
        } else {
            say(QStringLiteral("unknown %1").arg(line));
        }
    }

    void note(qint64 itemId, const QString& text) {
        m_lastMessage.clear();
        for (SectionGrid* grid : m_window->findChildren<SectionGrid*>()) {
            ChecklistTableModel* model = grid->checklistModel();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                const ChecklistItem* item = model->itemAt(row);
                if (!item || item->id != itemId)
                    continue;
                if (model->setData(model->index(row, ChecklistTableModel::Notes), text))
                    say(QStringLiteral("acked %1 %2").arg(itemId).arg(text));
                else
                    say(QStringLiteral("refused %1 %2").arg(itemId).arg(m_lastMessage.simplified()));
                return;
            }
        }
        say(QStringLiteral("refused %1 no such item in the open record").arg(itemId));
    }

    void quit() {
        m_stdin.setEnabled(false);
        m_window->close();
        m_window.reset();
        QCoreApplication::quit();
    }

    std::unique_ptr<MainWindow> m_window;
    QSocketNotifier m_stdin;
    QByteArray m_pending;
    QString m_lastMessage;
    qint64 m_openRecord = 0;
    bool m_awaitingCheck = false;
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    // Settings of its own: nothing here touches a person's real settings.
    QCoreApplication::setOrganizationName(QStringLiteral("countersign-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("window_driver"));
    QSettings().setValue(SettingsKeys::kIdentityName, QStringLiteral("Window Driver"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: window_driver DATABASE\n");
        return 2;
    }
    auto store = std::make_unique<ChecklistStore>();
    store->setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store->open(args.at(1), ChecklistStore::OpenMode::ExistingOnly); !opened) {
        std::fprintf(stderr, "window_driver: %s\n", qPrintable(opened.error()));
        return 2;
    }
    int status = 0;
    {
        Driver driver(store.get());
        status = QApplication::exec();
    }
    store->close();
    say(QStringLiteral("bye"));
    return status;
}

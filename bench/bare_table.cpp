// The fair cold-start baseline (issue 19): the least a Qt program of ours does
// to show what Countersign's first window shows. It opens the same SQLite
// file, shows one record's items with a QSqlQueryModel in a QTableView inside
// a QMainWindow, and every record's title in a dock beside it (a QListView on
// a QSqlQueryModel). No checks, no hashing, no styling: the figure is Qt's
// own start, SQLite's open, and two queries.
//
//   bare_table DB RECORD
//
// gui_benchmark cold-start-mapped times it with map_watch, to its window
// being mapped, beside `countersign --db DB` and DB Browser for SQLite.
#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bare_table DB RECORD\n");
        return 2;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args.at(1));
    if (!db.open()) {
        std::fprintf(stderr, "bare_table: cannot open %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(db.lastError().text()));
        return 1;
    }

    QSqlQuery items(db);
    items.prepare(QStringLiteral("SELECT i.position, i.text, i.status, i.notes FROM record_items i "
                                 "JOIN record_sections s ON s.id = i.section_id WHERE s.record_id = ? "
                                 "ORDER BY s.position, i.position"));
    items.addBindValue(args.at(2).toLongLong());
    items.exec();
    QSqlQueryModel itemModel;
    itemModel.setQuery(std::move(items));

    QSqlQueryModel recordModel;
    recordModel.setQuery(QStringLiteral("SELECT title FROM records ORDER BY id"), db);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare_table"));
    auto* table = new QTableView(&window);
    table->setModel(&itemModel);
    window.setCentralWidget(table);
    auto* dock = new QDockWidget(QStringLiteral("Records"), &window);
    auto* list = new QListView(dock);
    list->setModel(&recordModel);
    dock->setWidget(list);
    window.addDockWidget(Qt::LeftDockWidgetArea, dock);
    window.resize(1280, 860);
    window.show();
    return app.exec();
}

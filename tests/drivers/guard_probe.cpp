// Breaks the rule of app/core/DatabaseFile.h on purpose, for tst_sharedfile
// to show that the test builds' guard (tests/guard/) catches it: opens a
// database with the store, then reads its header with a QFile, as the store
// itself once did. With the guard preloaded this aborts at the QFile open.
//
// Usage: guard_probe DATABASE
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    if (Status opened = store.open(args.at(1), ChecklistStore::OpenMode::CreateIfMissing); !opened) {
        std::fprintf(stderr, "guard_probe: %s\n", qPrintable(opened.error()));
        return 2;
    }
    QFile probe(args.at(1));
    if (!probe.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray header = probe.read(16);
    probe.close(); // here this process's locks on the database would be gone
    std::printf("read %d bytes outside SQLite\n", int(header.size()));
    return 0;
}

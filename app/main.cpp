#include "ChecklistStore.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    ChecklistStore store;
    MainWindow window(&store);
    window.show();
    return app.exec();
}

#include "MainWindow.h"

MainWindow::MainWindow(ChecklistStore* store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
{
}

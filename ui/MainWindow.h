#pragma once

#include <QMainWindow>

class ChecklistStore;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ChecklistStore* store, QWidget* parent = nullptr);

private:
    ChecklistStore* m_store;
};

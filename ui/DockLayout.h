#pragma once

#include <QObject>
#include <QTimer>

class QDockWidget;
class QMainWindow;

// Keeps the open record readable when the window is small (1024×700, or
// 200 % scale on a laptop): the docks give way first. Whenever the window
// is resized and the record's area is narrower or lower than it needs, the
// Records dock narrows and the Audit Trail dock lowers, each down to its own
// minimum; a larger window leaves them as the user set them.
//
//   new DockLayout(window, recordDock, auditDock); // parented to the window
class DockLayout : public QObject {
public:
    DockLayout(QMainWindow* window, QDockWidget* sideDock, QDockWidget* bottomDock);

    // What the record's area needs before the docks give way, in pixels of the window's font.
    static int readableWidth(const QMainWindow* window);
    static int readableHeight(const QMainWindow* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void giveWay();

    QMainWindow* m_window;
    QDockWidget* m_sideDock;
    QDockWidget* m_bottomDock;
    // After the layout has settled on the new size, not inside the resize.
    QTimer m_giveWayLater;
};

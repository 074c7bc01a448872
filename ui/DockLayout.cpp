#include "ui/DockLayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QFontMetrics>
#include <QMainWindow>

#include <algorithm>

namespace {
// A grid's Item and Notes columns readable side by side with status, who and when.
constexpr int kReadableColumns = 110;
// The record's title, its progress and a few rows of the first section.
constexpr int kReadableLines = 34;
constexpr int kSideDockMinimumColumns = 26;
constexpr int kBottomDockMinimumLines = 6;
} // namespace

DockLayout::DockLayout(QMainWindow* window, QDockWidget* sideDock, QDockWidget* bottomDock)
    : QObject(window)
    , m_window(window)
    , m_sideDock(sideDock)
    , m_bottomDock(bottomDock) {
    m_giveWayLater.setSingleShot(true);
    m_giveWayLater.setInterval(0);
    connect(&m_giveWayLater, &QTimer::timeout, this, &DockLayout::giveWay);
    window->installEventFilter(this);
}

int DockLayout::readableWidth(const QMainWindow* window) {
    return QFontMetrics(window->font()).averageCharWidth() * kReadableColumns;
}

int DockLayout::readableHeight(const QMainWindow* window) {
    return QFontMetrics(window->font()).lineSpacing() * kReadableLines;
}

bool DockLayout::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        m_giveWayLater.start();
    return QObject::eventFilter(watched, event);
}

void DockLayout::giveWay() {
    const QWidget* record = m_window->centralWidget();
    if (!record)
        return;
    const QFontMetrics metrics(m_window->font());
    const auto docked = [this](const QDockWidget* dock) {
        return dock->isVisible() && !dock->isFloating();
    };
    const int missingWidth = readableWidth(m_window) - record->width();
    if (missingWidth > 0 && docked(m_sideDock) &&
        m_window->dockWidgetArea(m_sideDock) != Qt::BottomDockWidgetArea &&
        m_window->dockWidgetArea(m_sideDock) != Qt::TopDockWidgetArea) {
        const int minimum = std::max(m_sideDock->minimumSizeHint().width(),
                                     metrics.averageCharWidth() * kSideDockMinimumColumns);
        const int width = std::max(minimum, m_sideDock->width() - missingWidth);
        if (width < m_sideDock->width())
            m_window->resizeDocks({m_sideDock}, {width}, Qt::Horizontal);
    }
    const int missingHeight = readableHeight(m_window) - record->height();
    if (missingHeight > 0 && docked(m_bottomDock) &&
        (m_window->dockWidgetArea(m_bottomDock) == Qt::BottomDockWidgetArea ||
         m_window->dockWidgetArea(m_bottomDock) == Qt::TopDockWidgetArea)) {
        const int minimum = std::max(m_bottomDock->minimumSizeHint().height(),
                                     metrics.lineSpacing() * kBottomDockMinimumLines);
        const int height = std::max(minimum, m_bottomDock->height() - missingHeight);
        if (height < m_bottomDock->height())
            m_window->resizeDocks({m_bottomDock}, {height}, Qt::Vertical);
    }
}

#pragma once

#include "ui/SectionGrid.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QTableView;

// One keyboard path through the record page. Up and Down run through every
// checklist grid in order as if they were one table: Down on a grid's last
// item moves to the first item of the next grid (sections still to be built
// are built then), Up on the first item to the last item of the one before.
// Procedure lists and text sections hold nothing to act on and are passed
// over. Below the last grid, Down enters the sign-off table, where choosing
// a role is choosing whom Sign… signs for; its last row is the end of the
// path, and Up on its first row goes back to the last grid.
//
// One strong mark: only the part with focus shows a selection; the others
// let go of theirs but keep their current cell, so coming back resumes there
// (the sign-off table's current row stays the role Sign… signs). Every move,
// and focus arriving by Tab or a click, scrolls the page so the current cell
// is in view.
class RecordKeyboardPath : public QObject {
    Q_OBJECT
public:
    struct Page {
        // Builds the sections not built yet (they come back through addGrid()).
        std::function<void()> buildRest;
        // Scrolls the page so rect, in view's viewport coordinates, is visible.
        std::function<void(QAbstractItemView* view, const QRect& rect)> scrollTo;
    };

    explicit RecordKeyboardPath(Page page, QObject* parent = nullptr);

    // Each grid and the sign-off table as the page builds them, in page order.
    void addGrid(SectionGrid* grid);
    void addSignOffView(QTableView* view);
    // The page is going: forgets its grids and table.
    void clear();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void leaveGrid(SectionGrid* from, SectionGrid::Edge edge);
    void leaveSignOffUpwards();
    void enterSignOff(QTableView* view);
    void onGridFocused(SectionGrid* grid, Qt::FocusReason reason);
    // Not when the window comes back or a menu closes: the reader may have scrolled away meanwhile.
    static bool movesFocus(Qt::FocusReason reason);
    void followCurrent(QAbstractItemView* view);

    Page m_page;
    QList<SectionGrid*> m_grids;
    QPointer<QTableView> m_signOff;
};

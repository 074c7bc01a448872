#pragma once

#include <QObject>
#include <QTimer>

class QTreeView;

// Keeps a list's columns as wide as the rows on screen need, with one column
// taking the rest of the width. Qt's ResizeToContents does the same but
// measures the rows again in every layout pass (dozens before a window first
// paints); this fits when the view is shown and once after each burst of
// changes or scrolling, and after the first fit only ever widens, so that
// scrolling and edits do not make the columns jump.
//
// With stretchMinimumChars, a view too narrow for every column keeps that
// many characters for the stretching column and squeezes the others, elided,
// in proportion; without, it scrolls sideways.
//
//   new ColumnFitter(view, RecordListModel::Title, 16); // parented to the view
class ColumnFitter : public QObject {
public:
    ColumnFitter(QTreeView* view, int stretchColumn, int stretchMinimumChars = 0);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Fit { Exactly, GrowOnly };
    void fitSoon(Fit fit);
    void fitColumns(Fit fit);

    QTreeView* m_view;
    int m_stretchColumn;
    int m_stretchMinimumChars;
    // Coalesces the fitting asked for by a burst of changes into one pass.
    QTimer m_fitLater;
    Fit m_pendingFit = Fit::GrowOnly;
};

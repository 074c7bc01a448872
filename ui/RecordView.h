#pragma once

#include "core/Checklist.h"
#include "core/Result.h"
#include "ui/EditContext.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemView;
class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class RecordHeader;
class RecordKeyboardPath;
class SectionGrid;
class SignOffPanel;
class SigningActions;

// The open record: a header with its progress above one scrolling page that
// shows every section of its template in order: checklist grids, the
// procedure as a numbered list, the sign-off table, each under its title and
// description. Without a record it says how to get one. Once any role has
// signed, the grids are read-only and the header and each grid show a lock;
// SigningActions (Sign…, Reopen…, Verify Integrity) act on the open record.
// Up and Down run through the whole page, grid after grid, into the sign-off
// table (RecordKeyboardPath); the page scrolls to follow the current cell.
class RecordView : public QWidget {
    Q_OBJECT
public:
    explicit RecordView(const EditContext& context, QWidget* parent = nullptr);

    // Opens the record; the first checklist takes the focus unless it is
    // elsewhere in the window (the record list keeps it while browsing).
    Status openRecord(qint64 recordId);
    // Takes the user into the record: its first checklist gets the focus.
    void focusFirstGrid();
    void closeRecord();
    // Reads the open record again (changes made by the CLI, say).
    Status reload();
    bool hasRecord() const { return m_record.id != 0; }
    qint64 recordId() const { return m_record.id; }
    const Record& record() const { return m_record; }

    // The page's grids and sign-off table. Sections below the first screen are
    // built just after the record is painted; asking for them builds them now.
    QList<SectionGrid*> grids();
    RecordHeader* header() const { return m_header; }
    SigningActions* signingActions() const { return m_signing; }
    // Record ▸ Mark All Not Applicable… and Mark Section Not Applicable…: the
    // grid's actions of the checklist the user is in (the last one focused).
    QAction* markAllNotApplicableAction() const { return m_markAllAction; }
    QAction* markSectionNotApplicableAction() const { return m_markSectionAction; }
    // Both, and a separator after them: the top of the Record menu.
    QList<QAction*> notApplicableMenuActions();
    // The sign-off section of the open record; nullptr when its template has none.
    SignOffPanel* signOffPanel();
    SectionGrid* gridFor(const QString& sectionTitle);
    QString progressText() const;
    // Writes a note still being typed into the store.
    void commitPendingEdits();
    // The checklist grid the user last worked in (the first one until then),
    // whose current row is the item Item ▸ Attach Evidence… acts on; nullptr without one.
    SectionGrid* currentGrid();
    // The item of that grid's current row; nullptr on a group header or without a record.
    const ChecklistItem* currentItem();
    // Why the open record cannot change (it is signed or sealed); empty while it can.
    QString lockMessage() const;
    // Shown in every grid's context menu below its own (the evidence actions).
    void setGridContextActions(const QList<QAction*>& actions) { m_gridContextActions = actions; }

Q_SIGNALS:
    void editFailed(const QString& message);
    void progressChanged();
    // The current item changed: another cell, grid or record.
    void currentItemChanged();
    // Files were dropped on an item's row of an editable grid.
    void evidenceDropped(qint64 itemId, const QStringList& paths);

private:
    void onItemChanged(qint64 recordId, const ChecklistItem& item);
    void onRecordStateChanged(qint64 recordId);
    // Builds the page with the sections that fill a screen, or all of them.
    enum class PageExtent { FirstScreen, Whole };
    QWidget* buildPage(PageExtent extent);
    // Builds the sections buildPage() left for later, if any.
    void completePage();
    // Lets go of the page shown, before another is built or none is.
    void discardPage();
    void completePageAfterPaint();
    bool eventFilter(QObject* watched, QEvent* event) override;
    QWidget* buildSection(const ChecklistSection& section, QWidget* parent);
    // rect is in view's viewport coordinates.
    void scrollToCell(QAbstractItemView* view, const QRect& rect);
    // Tab runs through the page in the order its sections read, also through those built later.
    void chainTabOrder();
    // The menu's mark actions follow the grid the user is in.
    void setActiveGrid(SectionGrid* grid);
    void updateMarkActions();

    EditContext m_context;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QWidget* m_recordPane;
    RecordHeader* m_header;
    QScrollArea* m_scroll;
    QList<SectionGrid*> m_grids;
    QWidget* m_page = nullptr;     // the scroll area's page
    qsizetype m_sectionsBuilt = 0; // of m_record.sections, in order
    bool m_completeAfterPaint = false;
    SigningActions* m_signing;
    RecordKeyboardPath* m_keyboardPath;
    SignOffPanel* m_signOffPanel = nullptr;
    QAction* m_markAllAction;
    QAction* m_markSectionAction;
    SectionGrid* m_activeGrid = nullptr;
    QPointer<SectionGrid> m_currentGrid;
    QList<QAction*> m_gridContextActions;
    Record m_record;
    QList<SignatureState> m_signatureStates; // SignOffService::statesOf(m_record)
};

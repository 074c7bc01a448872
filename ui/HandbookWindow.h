#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolBar;

// Help ▸ Handbook: the manual installed with the program (docs/handbook,
// made into HTML at build time), in a window of its own with Back, Forward,
// Contents and Find. It shows the handbook in the language of the window's
// translation, else in English.
class HandbookWindow : public QMainWindow {
    Q_OBJECT
public:
    // Shows the handbook beside parent, raising the window that is open
    // already; says where it looked when the handbook is not installed.
    static void showFor(QWidget* parent);

    // The folders the handbook is looked for in, first one first: beside the
    // program (share/countersign/handbook under its prefix, which is the
    // build folder's own copy when it runs from a build), then the system's.
    static QStringList searchFolders();
    // The handbook's language, as the window's translation has it ("en", "de").
    static QString language();
    // The page of that language in the first folder that has it, else the
    // English one; an empty string when no folder has either.
    static QString locate(const QStringList& folders, const QString& language);
    // What to tell a person when locate() found nothing in folders.
    static QString notFoundMessage(const QStringList& folders);

    explicit HandbookWindow(const QString& page, QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Looks for text from the cursor on (backward: before it), wrapping round once.
    bool find(const QString& text, bool backward = false);

private:
    void createActions();
    void showFindBar();
    void findFromBar(bool backward);

    QTextBrowser* m_browser;
    QToolBar* m_findBar;
    QLineEdit* m_findField;
    QLabel* m_findResult;
};

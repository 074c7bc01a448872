#include "ui/HandbookWindow.h"

#include "ui/base/Prompts.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>

namespace {
const QString kFolder = QStringLiteral("countersign/handbook");
const QString kEnglishPage = QStringLiteral("handbook.html");
} // namespace

void HandbookWindow::showFor(QWidget* parent) {
    if (auto* open = parent->findChild<HandbookWindow*>(QString(), Qt::FindDirectChildrenOnly)) {
        open->show();
        open->raise();
        open->activateWindow();
        return;
    }
    const QStringList folders = searchFolders();
    const QString page = locate(folders, language());
    if (page.isEmpty()) {
        Prompts::warning(parent, tr("Handbook Not Found"), notFoundMessage(folders));
        return;
    }
    auto* window = new HandbookWindow(page, parent);
    window->show();
}

QStringList HandbookWindow::searchFolders() {
    QStringList folders{
        QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/") + kFolder)};
    for (const QString& data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        const QString folder = QDir::cleanPath(data + u'/' + kFolder);
        if (!folders.contains(folder))
            folders << folder;
    }
    return folders;
}

QString HandbookWindow::language() {
    //: The language of the handbook Help ▸ Handbook shows: the code in the name of its page,
    //: handbook.<code>.html (docs/handbook/handbook.<code>.md). "en" is handbook.html.
    return tr("en");
}

QString HandbookWindow::locate(const QStringList& folders, const QString& language) {
    QStringList pages;
    if (language != QStringLiteral("en"))
        pages << QStringLiteral("handbook.%1.html").arg(language);
    pages << kEnglishPage;
    for (const QString& page : std::as_const(pages)) {
        for (const QString& folder : folders) {
            const QFileInfo file(folder + u'/' + page);
            if (file.isFile() && file.isReadable())
                return file.absoluteFilePath();
        }
    }
    return {};
}

QString HandbookWindow::notFoundMessage(const QStringList& folders) {
    return tr("The handbook is not installed: none of these folders holds %1.\n\n%2\n\nReinstall the "
              "countersign package, or when running from a build, build its target "
              "countersign_handbook. The manual page, man countersign, describes the program too.")
        .arg(kEnglishPage, folders.join(u'\n'));
}

HandbookWindow::HandbookWindow(const QString& page, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
    , m_findBar(new QToolBar(tr("Find"), this))
    , m_findField(new QLineEdit(this))
    , m_findResult(new QLabel(this)) {
    setObjectName(QStringLiteral("handbookWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(QStringLiteral("handbookBrowser"));
    m_browser->setOpenExternalLinks(true);
    setCentralWidget(m_browser);
    createActions();

    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        const QString title = m_browser->documentTitle();
        setWindowTitle(title.isEmpty() ? tr("Handbook") : title);
    });
    m_browser->setSource(QUrl::fromLocalFile(page));

    // A page as wide as a comfortable line, never larger than the screen.
    QSize size(860, 800);
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(size);
}

void HandbookWindow::createActions() {
    auto* navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(QStringLiteral("handbookNavigation"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add = [this, navigation](const QString& text, const char* icon, const QString& name,
                                        const QKeySequence& key) {
        auto* action = navigation->addAction(QIcon::fromTheme(QLatin1String(icon)), text);
        action->setObjectName(name);
        action->setShortcut(key);
        return action;
    };
    QAction* back = add(tr("&Back"), "go-previous", QStringLiteral("actionHandbookBack"), QKeySequence::Back);
    QAction* forward =
        add(tr("&Forward"), "go-next", QStringLiteral("actionHandbookForward"), QKeySequence::Forward);
    QAction* contents = add(tr("&Contents"), "go-home", QStringLiteral("actionHandbookContents"),
                            QKeySequence(Qt::ALT | Qt::Key_Home));
    QAction* find = add(tr("&Find…"), "edit-find", QStringLiteral("actionHandbookFind"), QKeySequence::Find);
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(contents, &QAction::triggered, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(find, &QAction::triggered, this, &HandbookWindow::showFindBar);

    // The find bar at the foot, as in a browser: Enter finds the next, Shift+Enter the previous.
    m_findBar->setObjectName(QStringLiteral("handbookFindBar"));
    m_findBar->setMovable(false);
    addToolBar(Qt::BottomToolBarArea, m_findBar);
    m_findField->setObjectName(QStringLiteral("handbookFindField"));
    m_findField->setPlaceholderText(tr("Find in the handbook"));
    m_findField->setAccessibleName(tr("Find in the handbook"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMaximumWidth(320);
    m_findBar->addWidget(m_findField);
    QAction* previous = m_findBar->addAction(tr("&Previous"));
    previous->setShortcut(QKeySequence::FindPrevious);
    QAction* next = m_findBar->addAction(tr("&Next"));
    next->setShortcut(QKeySequence::FindNext);
    m_findBar->addWidget(m_findResult);
    QAction* close = m_findBar->addAction(tr("Close"));
    close->setShortcut(QKeySequence(Qt::Key_Escape));
    close->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, [this] { findFromBar(true); });
    connect(next, &QAction::triggered, this, [this] { findFromBar(false); });
    connect(m_findField, &QLineEdit::returnPressed, this,
            [this] { findFromBar(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier); });
    connect(close, &QAction::triggered, this, [this] {
        m_findBar->hide();
        m_browser->setFocus();
    });
    m_findBar->hide();
}

void HandbookWindow::showFindBar() {
    m_findBar->show();
    m_findResult->clear();
    m_findField->setFocus();
    m_findField->selectAll();
}

void HandbookWindow::findFromBar(bool backward) {
    const QString text = m_findField->text();
    if (text.isEmpty())
        return;
    m_findResult->setText(find(text, backward) ? QString() : tr("Not found"));
}

bool HandbookWindow::find(const QString& text, bool backward) {
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return true;
    // Round the end (or the start) once, as a browser does.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    return m_browser->find(text, flags);
}

#pragma once

#include "core/Checklist.h"

#include <QObject>
#include <QString>
#include <QtGlobal>

#include <memory>

class ChecklistStore;
class QSize;
class MainWindow;
class SignaturePad;

// What the widget tests share, beside TestSupport.h. Built into
// countersign_gui_test_support (tests/support).
namespace GuiTestSupport {

// The offscreen platform warns "This plugin does not support
// propagateSizeHints()" about every top-level window, and "… raise()" about
// a window brought forward; neither is a fault of ours, and strictWarnings()
// would fail on them. Every other message still
// reaches QTest's handler. Call once, in initTestCase().
void dropOffscreenNoise();

// From initTestCase(): settings of the suite's own, emptied, so that nothing
// here touches a person's real settings or what an earlier run left behind.
void useOwnSettings(const QString& suite);

// From init(): a dialog nobody expected fails the test rather than blocking it.
void rejectUnexpectedDialogs();

// The letter a text's single '&' marks ("&Login" -> 'l', "R&&D" -> none), in
// lower case, as QKeySequence::mnemonic reads it; null when there is none.
QChar mnemonic(const QString& text);

// Before the QApplication: the offscreen platform shows one screen of this
// size instead of its 800×800 (Qt 6.4's offscreen configfile), described in a
// file under folder, which must outlive the application.
void useOffscreenScreen(const QSize& size, const QString& folder);

// Puts the application into a language as a person's locale would
// (AppTranslations), after taking out the translators installed before;
// false when no translation exists for it. "en" needs none.
bool useLanguage(const QString& language);

// A main window over the store, shown and active, as a person sees it.
std::unique_ptr<MainWindow> showMainWindow(ChecklistStore* store);

// A named child of a form; a missing one is a broken test, not a failure to report.
template <typename T> T* child(QObject* parent, const QString& name) {
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// Drags the mouse through points in pad units (1000 × 300), as a person would.
void drawStroke(SignaturePad* pad, const SignatureStroke& padPoints);

} // namespace GuiTestSupport

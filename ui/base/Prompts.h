#pragma once

#include <QIcon>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QDialog;
class QWidget;

// Every modal question the desktop asks goes through here. Tests replace the
// answers with hooks, so an offscreen run never blocks on a dialog.
class Prompts {
public:
    struct Message {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
    };
    // Runs a dialog that is set up and ready; returns its QDialog::DialogCode.
    using DialogHook = std::function<int(QDialog& dialog)>;
    using MessageHook = std::function<void(const Message& message)>;
    // Returns the chosen path, or an empty string for "cancelled".
    using FileHook =
        std::function<QString(const QString& caption, const QString& suggestedPath, const QString& filter)>;
    // Returns the index of the chosen item, or nullopt for "cancelled".
    using ChoiceHook = std::function<std::optional<int>(const QString& label, const QStringList& items)>;
    // Returns the typed password, or nullopt for "cancelled".
    using PasswordHook = std::function<std::optional<QString>(const QString& title, const QString& label)>;

    static int exec(QDialog& dialog);
    static void message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    // An About box: the application's own icon instead of a generic one.
    static void about(QWidget* parent, const QString& title, const QString& text, const QIcon& icon);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);
    static std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items);
    // Asks for a password in a masked field; nullopt when cancelled. The answer is never stored.
    static std::optional<QString> password(QWidget* parent, const QString& title, const QString& label);

    // Engine messages start lower case ("there is no database at …"); a box shows a sentence.
    static QString asSentence(const QString& message);

    static void setDialogHook(DialogHook hook);
    static void setMessageHook(MessageHook hook);
    static void setOpenFileHook(FileHook hook);
    static void setSaveFileHook(FileHook hook);
    static void setChoiceHook(ChoiceHook hook);
    static void setPasswordHook(PasswordHook hook);
    static void resetHooks();
};

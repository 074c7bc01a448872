#include "ui/base/Prompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>

namespace {

struct Hooks {
    Prompts::DialogHook dialog;
    Prompts::MessageHook message;
    Prompts::FileHook openFile;
    Prompts::FileHook saveFile;
    Prompts::ChoiceHook choice;
    Prompts::PasswordHook password;
};

Hooks& hooks() {
    static Hooks instance;
    return instance;
}

} // namespace

int Prompts::exec(QDialog& dialog) {
    if (hooks().dialog)
        return hooks().dialog(dialog);
    return dialog.exec();
}

namespace {

// The first paragraph is the headline; the rest (why, what to do) goes below it.
void setParagraphs(QMessageBox& box, const QString& text) {
    const qsizetype split = text.indexOf(QStringLiteral("\n\n"));
    box.setText(split < 0 ? text : text.left(split));
    box.setTextFormat(Qt::PlainText);
    if (split >= 0) {
        // Informative text has no format of its own: escape it, so a "<" in a path shows as written.
        QString details = text.mid(split + 2).toHtmlEscaped();
        details.replace(QStringLiteral("\n\n"), QStringLiteral("</p><p>"));
        details.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        box.setInformativeText(QStringLiteral("<p>%1</p>").arg(details));
    }
}

} // namespace

void Prompts::message(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text) {
    if (hooks().message) {
        hooks().message({icon, title, text});
        return;
    }
    QMessageBox box(icon, title, QString(), QMessageBox::Ok, parent);
    setParagraphs(box, text);
    box.exec();
}

void Prompts::about(QWidget* parent, const QString& title, const QString& text, const QIcon& icon) {
    QMessageBox box(QMessageBox::NoIcon, title, QString(), QMessageBox::Ok, parent);
    setParagraphs(box, text);
    box.setIconPixmap(icon.pixmap(64, 64));
    exec(box);
}

void Prompts::critical(QWidget* parent, const QString& title, const QString& text) {
    message(parent, QMessageBox::Critical, title, text);
}

void Prompts::warning(QWidget* parent, const QString& title, const QString& text) {
    message(parent, QMessageBox::Warning, title, text);
}

void Prompts::information(QWidget* parent, const QString& title, const QString& text) {
    message(parent, QMessageBox::Information, title, text);
}

QString Prompts::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                              const QString& filter) {
    if (hooks().openFile)
        return hooks().openFile(caption, directory, filter);
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString Prompts::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                              const QString& filter) {
    if (hooks().saveFile)
        return hooks().saveFile(caption, suggestedPath, filter);
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

std::optional<int> Prompts::choose(QWidget* parent, const QString& title, const QString& label,
                                   const QStringList& items) {
    if (hooks().choice)
        return hooks().choice(label, items);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    const qsizetype index = items.indexOf(chosen);
    return index < 0 ? std::nullopt : std::optional<int>(int(index));
}

std::optional<QString> Prompts::password(QWidget* parent, const QString& title, const QString& label) {
    if (hooks().password)
        return hooks().password(title, label);
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return typed;
}

QString Prompts::asSentence(const QString& message) {
    QString text = message.trimmed();
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'?') && !text.endsWith(u'!'))
        text += QLatin1Char('.');
    return text;
}

void Prompts::setDialogHook(DialogHook hook) {
    hooks().dialog = std::move(hook);
}

void Prompts::setMessageHook(MessageHook hook) {
    hooks().message = std::move(hook);
}

void Prompts::setOpenFileHook(FileHook hook) {
    hooks().openFile = std::move(hook);
}

void Prompts::setSaveFileHook(FileHook hook) {
    hooks().saveFile = std::move(hook);
}

void Prompts::setChoiceHook(ChoiceHook hook) {
    hooks().choice = std::move(hook);
}

void Prompts::setPasswordHook(PasswordHook hook) {
    hooks().password = std::move(hook);
}

void Prompts::resetHooks() {
    hooks() = Hooks();
}

#include "ui/FileActions.h"

#include "core/ChecklistStore.h"
#include "io/MarkdownWriter.h"
#include "io/RecordExporter.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/NewRecordDialog.h"
#include "ui/TemplatePropertiesDialog.h"
#include "ui/UserSettings.h"
#include "ui/base/Prompts.h"
#include "ui/base/UiLogging.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QRegularExpression>
#include <QSaveFile>

FileActions::FileActions(ChecklistStore* store, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_window(window) {}

QString FileActions::fileNameFor(const QString& title, const QString& extension) {
    // Only what a file system refuses goes (Windows' set too, so the file can travel); spaces,
    // dots and dashes stay, so that two titles never collapse into one name.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f\x7f]+)"));
    QString base = title.simplified();
    base.replace(unsafe, QStringLiteral("-"));
    // No hidden file (leading dot), and Windows drops trailing dots and spaces.
    while (base.startsWith(u'.') || base.startsWith(u'-') || base.startsWith(u' '))
        base.remove(0, 1);
    while (base.endsWith(u'.') || base.endsWith(u' '))
        base.chop(1);
    // Within the 255 bytes most file systems allow, with room for the extension.
    while (base.toUtf8().size() > 200)
        base.chop(base.back().isLowSurrogate() ? 2 : 1);
    if (base.isEmpty())
        base = tr("checklist");
    return base + QLatin1Char('.') + extension;
}

QString FileActions::suggestedPath(const QString& title, const QString& extension) {
    return UserSettings::suggestedFilePath(fileNameFor(title, extension));
}

void FileActions::importTemplate() {
    const QString path = Prompts::openFileName(
        m_window, tr("Import Template"), UserSettings::fileFolder(),
        tr("Checklists (*.md *.markdown *.csv *.tsv);;Markdown checklists (*.md *.markdown);;"
           "Spreadsheet exports (*.csv *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    UserSettings::rememberFileFolder(path);
    const QString title = tr("Import Template");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Prompts::critical(m_window, title,
                          tr("Cannot read %1: %2.\n\nCheck that the file exists and can be read.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    // What the reader understood, shown before anything is stored (and the
    // problem, with its line, when there is one).
    ImportPreviewDialog preview(file.readAll(), QFileInfo(path).fileName(), m_window);
    if (Prompts::exec(preview) != QDialog::Accepted || !preview.understood())
        return;
    const std::optional<ChecklistTemplate> read = preview.understood();
    const Result<qint64> added = m_store->addTemplate(read.value());
    if (!added) {
        Prompts::critical(m_window, title, tr("The template was not imported: %1").arg(added.error()));
        return;
    }
    const Result<ChecklistTemplate> stored = m_store->loadTemplate(added.value());
    const int version = stored ? stored->version : 0;
    const int items = stored ? stored->itemCount() : read->itemCount();
    const QString done =
        tr("Imported “%1” as version %2 (%n items).", nullptr, items).arg(read->title).arg(version);
    qCInfo(lcUi) << "imported template" << read->title << "version" << version << "from" << path;
    Prompts::information(m_window, title, done);
    Q_EMIT statusMessage(done);
}

void FileActions::exportRecord(qint64 recordId, RecordFormat format) {
    const Result<Record> record = m_store->loadRecord(recordId);
    if (!record) {
        Prompts::critical(m_window, tr("Export"), record.error());
        return;
    }
    QString caption;
    QString extension;
    QString filter;
    switch (format) {
    case RecordFormat::Markdown:
        caption = tr("Export Record as Markdown");
        extension = QStringLiteral("md");
        filter = tr("Markdown (*.md)");
        break;
    case RecordFormat::Csv:
        caption = tr("Export Record as CSV");
        extension = QStringLiteral("csv");
        filter = tr("CSV (*.csv)");
        break;
    case RecordFormat::Json:
        caption = tr("Export Record as JSON");
        extension = QStringLiteral("json");
        filter = tr("JSON (*.json)");
        break;
    }
    const QString path =
        Prompts::saveFileName(m_window, caption, suggestedPath(record->info.title, extension), filter);
    if (path.isEmpty())
        return;
    UserSettings::rememberFileFolder(path);
    QByteArray bytes;
    switch (format) {
    case RecordFormat::Markdown:
        bytes = MarkdownWriter::writeRecord(record.value()).toUtf8();
        break;
    case RecordFormat::Csv:
        bytes = RecordExporter::toCsv(record.value());
        break;
    case RecordFormat::Json:
        bytes = RecordExporter::toJsonBytes(record.value());
        break;
    }
    if (writeFile(path, bytes))
        Q_EMIT statusMessage(
            tr("Exported “%1” to %2").arg(record->info.title, QDir::toNativeSeparators(path)));
}

// Asks which template (newest first); nullopt when cancelled or none (said in a message box).
std::optional<ChecklistTemplate> FileActions::chooseTemplate(const QString& title, const QString& prompt) {
    const Result<QList<TemplateSummary>> read = m_store->templates();
    if (!read) {
        Prompts::critical(m_window, title, Prompts::asSentence(read.error()));
        return std::nullopt;
    }
    const QList<TemplateSummary> templates = NewRecordDialog::sortedNewestFirst(read.value());
    if (templates.isEmpty()) {
        Prompts::information(m_window, title, tr("There are no templates yet."));
        return std::nullopt;
    }
    QStringList names;
    for (const TemplateSummary& t : templates)
        names << tr("%1 (v%2, %n items)", nullptr, t.itemCount).arg(t.title).arg(t.version);
    const std::optional<int> chosen = Prompts::choose(m_window, title, prompt, names);
    if (!chosen)
        return std::nullopt;
    Result<ChecklistTemplate> tmpl = m_store->loadTemplate(templates.at(*chosen).id);
    if (!tmpl) {
        Prompts::critical(m_window, title, tmpl.error());
        return std::nullopt;
    }
    return std::move(tmpl).value();
}

void FileActions::exportTemplate() {
    const std::optional<ChecklistTemplate> tmpl =
        chooseTemplate(tr("Export Template"), tr("Template to export as Markdown:"));
    if (!tmpl)
        return;
    const QString path =
        Prompts::saveFileName(m_window, tr("Export Template as Markdown"),
                              suggestedPath(tmpl->title, QStringLiteral("md")), tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    UserSettings::rememberFileFolder(path);
    if (writeFile(path, MarkdownWriter::writeTemplate(*tmpl).toUtf8()))
        Q_EMIT statusMessage(tr("Exported template “%1” v%2 to %3")
                                 .arg(tmpl->title)
                                 .arg(tmpl->version)
                                 .arg(QDir::toNativeSeparators(path)));
}

void FileActions::addTemplateActionsTo(QMenu* menu, QAction* exportTemplate) {
    menu->addAction(exportTemplate);
    QAction* action = menu->addAction(tr("Template &Properties…"), this, [this] { templateProperties(); });
    action->setObjectName(QStringLiteral("actionTemplateProperties"));
    action->setStatusTip(
        tr("Set how many people must sign each role of a template, and whether independently"));
}

void FileActions::templateProperties() {
    const std::optional<ChecklistTemplate> tmpl =
        chooseTemplate(tr("Template Properties"), tr("Template whose sign-off policy to edit:"));
    if (!tmpl)
        return;
    TemplatePropertiesDialog dialog(*tmpl, m_window);
    if (Prompts::exec(dialog) != QDialog::Accepted || !dialog.changed())
        return;
    // Templates never change: the edited policy is the template's next version.
    const Result<qint64> id = m_store->addTemplate(dialog.edited());
    if (!id) {
        Prompts::critical(m_window, tr("Template Properties"), Prompts::asSentence(id.error()));
        return;
    }
    const Result<ChecklistTemplate> stored = m_store->loadTemplate(id.value());
    Q_EMIT statusMessage(tr("Saved the sign-off policy of “%1” as version %2; new records use it")
                             .arg(tmpl->title)
                             .arg(stored ? stored->version : tmpl->version + 1));
}

bool FileActions::writeFile(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Prompts::critical(m_window, tr("Export"),
                          tr("Cannot write %1: %2.\n\nChoose a folder you can write to, and check there is "
                             "space left.")
                              .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    qCInfo(lcUi) << "wrote" << path << bytes.size() << "bytes";
    return true;
}

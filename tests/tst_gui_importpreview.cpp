// File ▸ Import Template…'s preview, offscreen, on the test documents: the
// preview model passes QAbstractItemModelTester and shows what the reader
// understood; a German document's columns are read as notes and status, a
// role changed in its drop-down moves the others and is what Import stores
// (and what the template's Markdown then says); a document with a problem on
// line 14 says so and cannot be imported.
#include "GuiTestSupport.h"
#include "TestFiles.h"
#include "TestSupport.h"

#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "io/MarkdownTemplateReader.h"
#include "io/MarkdownWriter.h"
#include "ui/ImportPreviewDialog.h"
#include "ui/ImportPreviewModel.h"
#include "ui/MainWindow.h"
#include "ui/base/Prompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using GuiTestSupport::child;

namespace {
QByteArray testDocument(const QString& name) {
    QFile file(QStringLiteral(COUNTERSIGN_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

// The drop-down of a column in the roles table.
QComboBox* roleCombo(ImportPreviewDialog& dialog, const QString& header) {
    return child<QComboBox>(&dialog, QStringLiteral("role:") + header);
}
} // namespace

class TestGuiImportPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        GuiTestSupport::dropOffscreenNoise();
        GuiTestSupport::useOwnSettings(QStringLiteral("tst_gui_importpreview"));
        QVERIFY(m_dir.isValid());
    }
    void init() {
        Prompts::resetHooks();
        GuiTestSupport::rejectUnexpectedDialogs();
    }
    void cleanup() { Prompts::resetHooks(); }

    void modelShowsWhatWasUnderstood() {
        const Result<ChecklistTemplate> seed =
            MarkdownTemplateReader::read(testDocument(QStringLiteral("md-release-tasklist.md")));
        QVERIFY(seed.ok());
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplate(seed.value());
        QCOMPARE(model.rowCount(), seed->sections.size());
        int tasks = 0;
        for (int s = 0; s < model.rowCount(); ++s) {
            const QModelIndex section = model.index(s, 0);
            QCOMPARE(section.data().toString(), seed->sections.at(s).title);
            const ChecklistSection& expected = seed->sections.at(s);
            const bool columnsRow =
                expected.kind == SectionKind::Checklist && !expected.taskList && !expected.columns.isEmpty();
            QCOMPARE(model.rowCount(section), expected.items.size() + (columnsRow ? 1 : 0));
            for (int r = 0; r < model.rowCount(section); ++r) {
                const QString kind = model.index(r, ImportPreviewModel::Kind, section).data().toString();
                if (kind.startsWith(QStringLiteral("Item")))
                    ++tasks;
                // A task's detail is in its tooltip.
                if (kind == QStringLiteral("Item with detail"))
                    QVERIFY(!model.index(r, ImportPreviewModel::Name, section)
                                 .data(Qt::ToolTipRole)
                                 .toString()
                                 .isEmpty());
            }
        }
        QCOMPARE(tasks, seed->itemCount());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void germanColumnsAndAChangedRoleAreImported() {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("import.sqlite"))).ok());
        auto window = GuiTestSupport::showMainWindow(&store);
        const QString path = QStringLiteral(COUNTERSIGN_TEST_DATA "/md-german-seed.md");
        Prompts::setOpenFileHook([&](const QString&, const QString&, const QString&) { return path; });
        QStringList shownRoles;
        QString shownProblem;
        Prompts::setDialogHook([&](QDialog& dialog) {
            auto* preview = qobject_cast<ImportPreviewDialog*>(&dialog);
            if (!preview)
                return int(QDialog::Rejected);
            dialog.show();
            // As read: "Anmerkungen" and "Bemerkungen:" hold notes, "Erledigt" the status.
            for (const QString& header : {QStringLiteral("Anmerkungen"), QStringLiteral("Erledigt"),
                                          QStringLiteral("Bemerkungen:"), QStringLiteral("Verantwortlich")})
                shownRoles << header + u'=' + roleCombo(*preview, header)->currentText();
            // The person decides "Verantwortlich" holds the notes of its table.
            QComboBox* owner = roleCombo(*preview, QStringLiteral("Verantwortlich"));
            owner->setCurrentIndex(owner->findText(QStringLiteral("Notes")));
            shownRoles << QStringLiteral("after: Bemerkungen:=") +
                              roleCombo(*preview, QStringLiteral("Bemerkungen:"))->currentText();
            shownProblem = child<QLabel>(preview, QStringLiteral("importProblem"))->isVisible()
                               ? child<QLabel>(preview, QStringLiteral("importProblem"))->text()
                               : QString();
            return int(QDialog::Accepted);
        });
        QList<Prompts::Message> messages;
        Prompts::setMessageHook([&](const Prompts::Message& m) { messages << m; });
        window->findChild<QAction*>(QStringLiteral("actionImportTemplate"))->trigger();
        QVERIFY2(shownProblem.isEmpty(), qPrintable(shownProblem));
        QCOMPARE(
            shownRoles,
            (QStringList{QStringLiteral("Anmerkungen=Notes"), QStringLiteral("Erledigt=Status"),
                         QStringLiteral("Bemerkungen:=Notes"), QStringLiteral("Verantwortlich=Extra field"),
                         QStringLiteral("after: Bemerkungen:=Extra field")}));
        QVERIFY2(messages.size() == 1 && messages.at(0).icon == QMessageBox::Information,
                 qPrintable(messages.value(0).text));

        // Stored as shown: the delivery table's notes are "Verantwortlich", and its Markdown says so.
        const Result<qint64> id = store.resolveTemplate(QStringLiteral("Checkliste Produktivsetzung"));
        QVERIFY(id.ok());
        const Result<ChecklistTemplate> stored = store.loadTemplate(*id);
        QVERIFY(stored.ok());
        const ChecklistSection& delivery = stored->sections.at(1);
        QCOMPARE(delivery.title, QStringLiteral("Auslieferung"));
        QCOMPARE(delivery.columns.value(delivery.notesColumn), QStringLiteral("Verantwortlich"));
        QCOMPARE(delivery.columns.value(delivery.statusColumn), QStringLiteral("Erledigt"));
        QCOMPARE(stored->sections.at(0).columns.value(stored->sections.at(0).notesColumn),
                 QStringLiteral("Anmerkungen"));
        const QString markdown = MarkdownWriter::writeTemplate(stored.value());
        QVERIFY2(markdown.contains(QStringLiteral("\"Verantwortlich\": notes")),
                 qPrintable(markdown.left(400)));
        // And read back, the same roles.
        const Result<ChecklistTemplate> again = MarkdownTemplateReader::read(markdown.toUtf8());
        QVERIFY(again.ok());
        QCOMPARE(again->sections.at(1).notesColumn, delivery.notesColumn);
    }

    void problemOnLine14IsShownAndBlocksImport() {
        QByteArray document = testDocument(QStringLiteral("md-german-seed.md"));
        QList<QByteArray> lines = document.split('\n');
        // Without the delivery table's group row and the blank line above the
        // table, its first step is line 14; one cell too many there.
        QVERIFY(lines.at(14).startsWith("| **Vorbereitung**") && lines.at(11).isEmpty());
        lines.removeAt(14);
        lines.removeAt(11);
        QVERIFY(lines.at(13).startsWith("| Release-Zweig anlegen"));
        lines[13] += " Zusatz |";
        document = lines.join('\n');
        ImportPreviewDialog dialog(document, QStringLiteral("kaputt.md"));
        dialog.show();
        auto* problem = child<QLabel>(&dialog, QStringLiteral("importProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("line 14")), qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("importButton"))->isEnabled());
        QVERIFY(!dialog.understood());
        QVERIFY(screenFits(dialog));
    }

    // A spreadsheet's CSV export (LibreOffice's, Windows-1252 and
    // semicolons) previews as its Markdown twin reads: same checklist items.
    void csvPreviewsLikeItsMarkdownTwin() {
        ImportPreviewDialog dialog(testDocument(QStringLiteral("csv-german-seed.csv")),
                                   QStringLiteral("csv-german-seed.csv"));
        QVERIFY(dialog.understood().has_value());
        QCOMPARE(dialog.understood()->title, QStringLiteral("csv-german-seed"));
        const Result<ChecklistTemplate> twin =
            MarkdownTemplateReader::read(testDocument(QStringLiteral("md-german-seed.md")));
        QVERIFY(twin.ok());
        QCOMPARE(dialog.understood()->itemCount(), twin->itemCount());
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("importButton"))->isEnabled());
    }

    void previewFitsTheScreen() {
        ImportPreviewDialog dialog(testDocument(QStringLiteral("md-release-tasklist.md")),
                                   QStringLiteral("RELEASE_CHECKLIST.md"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("importButton"))->isEnabled());
        QVERIFY(screenFits(dialog));
    }

private:
    static bool screenFits(QDialog& dialog) {
        QCoreApplication::processEvents();
        return dialog.screen()->availableGeometry().contains(dialog.frameGeometry()) &&
               dialog.frameGeometry().height() <= 700;
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiImportPreview)
#include "tst_gui_importpreview.moc"

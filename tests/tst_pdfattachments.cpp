// Evidence attachments on paper: under each item its files by name, size and
// SHA-256 (a removed one marked), and the appendix "Evidence" with every file,
// its hash, who attached it and a thumbnail for a PNG or JPEG, drawn as an
// opaque image XObject (PDF/A-1b: no soft mask), read back with poppler's
// pdftotext and pdfimages and checked by qpdf.
#include "PdfText.h"
#include "ProcessRun.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"
#include "report/PdfReport.h"
#include "report/ReportThumbnail.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QByteArray encoded(const QImage& image, const char* format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A screenshot-like picture: a transparent background with an opaque red square.
QImage screenshot(int width, int height) {
    QImage image(width, height, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.fillRect(QRect(width / 4, height / 4, width / 2, height / 2), QColor(200, 30, 30));
    return image;
}

AttachmentEntry entry(qint64 id, const QString& name, const QString& type, const QByteArray& bytes) {
    AttachmentEntry attachment;
    attachment.id = id;
    attachment.name = name;
    attachment.size = bytes.size();
    attachment.mediaType = type;
    attachment.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    attachment.addedBy = QStringLiteral("Quinn Anders");
    attachment.addedAt = QDateTime(QDate(2026, 3, 13), QTime(16, 5), Qt::UTC);
    return attachment;
}

QString normalized(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.replace(space, QStringLiteral(" "));
}

} // namespace

class TestPdfAttachments : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ChecklistStore> m_store;
    Record m_record;
    QByteArray m_report;
    QByteArray m_png;
    QByteArray m_jpeg;
    QString m_pdf;
    QString m_text;

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<ChecklistStore>();
        m_store->setBuiltInTemplate(BuiltInTemplate::load);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("evidence.sqlite"))).ok());
        const Result<QList<TemplateSummary>> templates = m_store->templates();
        QVERIFY(templates.ok() && !templates->isEmpty());
        const Result<qint64> recordId = m_store->createRecord(
            templates->first().id, {QStringLiteral("Release 2.5.0"), QStringLiteral("2.5.0"), {}},
            QStringLiteral("dana"));
        QVERIFY2(recordId.ok(), qPrintable(recordId.error()));
        m_record = *m_store->loadRecord(*recordId);

        // The report reads what the store loads into ChecklistItem::attachments.
        m_report = QByteArrayLiteral("Test report: 412 passed, 0 failed.\n");
        m_png = encoded(screenshot(800, 600), "PNG");
        m_jpeg = encoded(QImage(QSize(64, 48), QImage::Format_RGB32), "JPEG");
        QList<ChecklistItem*> items;
        for (ChecklistSection& section : m_record.sections) {
            for (ChecklistItem& item : section.items) {
                if (section.kind == SectionKind::Checklist && !item.isGroupHeader)
                    items << &item;
            }
        }
        QVERIFY(items.size() >= 2);
        ChecklistItem* first = items.at(0);
        ChecklistItem* second = items.at(1);
        first->attachments = {
            entry(1, QStringLiteral("test-report.txt"), QStringLiteral("text/plain"), m_report),
            entry(2, QStringLiteral("screenshot.png"), QStringLiteral("image/png"), m_png)};
        AttachmentEntry removed =
            entry(3, QStringLiteral("old-log.jpg"), QStringLiteral("image/jpeg"), m_jpeg);
        removed.removedBy = QStringLiteral("Quinn Anders");
        removed.removedAt = QDateTime(QDate(2026, 3, 13), QTime(17, 0), Qt::UTC);
        removed.removedReason = QStringLiteral("Wrong build's log");
        second->attachments = {removed};

        ReportOptions options;
        options.generatedBy = QStringLiteral("Rita Reporter");
        options.generatedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC);
        options.timeZone = QTimeZone::utc();
        const QHash<qint64, QByteArray> stored{{1, m_report}, {2, m_png}, {3, m_jpeg}};
        options.thumbnails = ReportThumbnail::forRecord(
            m_record, [&stored](qint64 id) -> Result<QByteArray> { return stored.value(id); });
        m_pdf = m_dir.filePath(QStringLiteral("evidence.pdf"));
        const Status written =
            PdfReport::write(m_record, m_store->auditTrail(m_record.id).value(), options, m_pdf);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        const QString keep = qEnvironmentVariable("COUNTERSIGN_PDF_KEEP");
        if (!keep.isEmpty()) {
            QFile::remove(keep + QStringLiteral("/evidence.pdf"));
            QFile::copy(m_pdf, keep + QStringLiteral("/evidence.pdf"));
        }
        m_text = normalized(TestSupport::pdfText(m_pdf, TestSupport::PdfTextOrder::Drawn));
    }

    void thumbnailsAreMadeOnlyOfStandingPictures() {
        QCOMPARE(ReportThumbnail::forRecord(m_record,
                                            [this](qint64 id) -> Result<QByteArray> {
                                                return id == 1 ? m_report : id == 2 ? m_png : m_jpeg;
                                            })
                     .keys(),
                 QList<qint64>{2}); // the text file is no picture; the JPEG was removed
    }

    void aThumbnailIsOpaqueAndSmall() {
        const QImage thumb = ReportThumbnail::fromBytes(m_png);
        QCOMPARE(thumb.format(), QImage::Format_RGB888);
        QCOMPARE(thumb.size(), QSize(240, 180));             // 800×600 fitted into the box, aspect kept
        QCOMPARE(thumb.pixelColor(2, 2), QColor(Qt::white)); // transparency flattened onto white
        QCOMPARE(thumb.pixelColor(120, 90), QColor(200, 30, 30));
        // Never enlarged; a file that only calls itself an image is none.
        QCOMPARE(ReportThumbnail::fromBytes(m_jpeg).size(), QSize(64, 48));
        QVERIFY(ReportThumbnail::fromBytes(m_report).isNull());
        QVERIFY(ReportThumbnail::fromBytes(encoded(QImage(8, 8, QImage::Format_RGB32), "BMP")).isNull());
    }

    void everyItemShowsItsEvidenceWithHashes() {
        for (const QString& name : {QStringLiteral("test-report.txt"), QStringLiteral("screenshot.png")}) {
            QVERIFY2(m_text.contains(QStringLiteral("Evidence: ") + name), qPrintable(name));
        }
        QVERIFY2(m_text.contains(QStringLiteral("Evidence (removed): old-log.jpg")), qPrintable(m_text));
        for (const QByteArray& bytes : {m_report, m_png, m_jpeg}) {
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            // Under the item and in the appendix; pdftotext may break a hash between its groups of eight.
            QString spaced = m_text;
            spaced.remove(u' ');
            QVERIFY2(spaced.count(hash) >= 2, qPrintable(hash));
        }
    }

    void theAppendixListsEveryFile() {
        const qsizetype appendix =
            m_text.lastIndexOf(QStringLiteral("Appendix B — Evidence The files attached"));
        QVERIFY2(appendix > 0, qPrintable(m_text.right(3000)));
        const QString tail = m_text.mid(appendix);
        QVERIFY(tail.contains(QStringLiteral("test-report.txt")));
        QVERIFY(tail.contains(QStringLiteral("screenshot.png")));
        QVERIFY(tail.contains(QStringLiteral("attached by Quinn Anders, 2026-03-13 16:05")));
        QVERIFY2(tail.contains(QStringLiteral("Removed by Quinn Anders, 2026-03-13 17:00")) &&
                     tail.contains(QStringLiteral("Wrong build's log")),
                 qPrintable(tail));
        QVERIFY2(tail.contains(QStringLiteral("(%1 bytes)").arg(QLocale().toString(m_png.size()))),
                 qPrintable(tail));
        // Before the integrity block, which stays the report's end.
        QVERIFY(tail.contains(QStringLiteral("Record integrity")));
    }

    void theThumbnailIsAnOpaqueImage() {
        TestSupport::ProcessOptions options;
        const TestSupport::ProcessRun list =
            TestSupport::runProcess(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf}, options);
        QCOMPARE(list.exitCode, 0);
        const QStringList rows = list.outText().split(u'\n', Qt::SkipEmptyParts).mid(2);
        QCOMPARE(rows.size(), 1); // the PNG's; the removed JPEG has none
        // page num type width height color comp bpc enc interp object ID ...
        const QStringList cells = rows.first().simplified().split(u' ');
        QCOMPARE(cells.at(2), QStringLiteral("image"));
        QCOMPARE(cells.at(3), QStringLiteral("240"));
        QCOMPARE(cells.at(4), QStringLiteral("180"));
        QCOMPARE(cells.at(5), QStringLiteral("rgb"));
        QCOMPARE(cells.at(6), QStringLiteral("3"));
        QCOMPARE(cells.at(9), QStringLiteral("no")); // PDF/A-1: no interpolation
    }

    void theFileStaysPdfA() {
        TestSupport::ProcessOptions options;
        const TestSupport::ProcessRun check =
            TestSupport::runProcess(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf}, options);
        QVERIFY2(check.exitCode == 0, qPrintable(check.outText() + check.errText()));
        QVERIFY(!check.outText().contains(QStringLiteral("WARNING")));
        QFile file(m_pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("/SMask") && !bytes.contains("/CA ") && !bytes.contains("/ca "));
        QVERIFY(!bytes.contains("/EmbeddedFile") && !bytes.contains("/Interpolate true"));
        QVERIFY(bytes.contains("/GTS_PDFA1") && bytes.contains("<pdfaid:part>1</pdfaid:part>"));
    }

    void aRecordWithoutEvidenceHasNoAppendixOrImage() {
        const Record plain = *m_store->loadRecord(m_record.id);
        const Result<QByteArray> pdf = PdfReport::bytes(plain, {}, {});
        QVERIFY(pdf.ok());
        QVERIFY(!pdf->contains("/XObject") && !pdf->contains("/ImageC"));
    }
};

QTEST_MAIN(TestPdfAttachments)
#include "tst_pdfattachments.moc"

// The application icon as the window gets it: embedded in the desktop library
// as :/countersign/icons/countersign.svg and drawn by Qt's SVG icon engine, at
// the sizes a task bar (16 px) and a launcher (256 px) ask for.
#include "TestSupport.h"

#include <QColor>
#include <QIcon>
#include <QImage>
#include <QPixmap>

namespace {

const QString kIconPath = QStringLiteral(":/countersign/icons/countersign.svg");

// How many pixels of the image are not fully transparent.
int opaquePixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestGuiIcon : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { TestSupport::strictWarnings(); }

    void drawsAtTaskBarAndLauncherSizes_data();
    void drawsAtTaskBarAndLauncherSizes();
};

void TestGuiIcon::drawsAtTaskBarAndLauncherSizes_data() {
    QTest::addColumn<int>("size");
    QTest::newRow("16 px") << 16;
    QTest::newRow("256 px") << 256;
}

void TestGuiIcon::drawsAtTaskBarAndLauncherSizes() {
    QFETCH(int, size);
    const QIcon icon(kIconPath);
    QVERIFY2(!icon.isNull(), qPrintable(kIconPath + u" is not embedded or cannot be read"));
    const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(size, size));
    // Mostly drawn (the sheet and the seal fill most of the square), yet not a filled square.
    const int drawn = opaquePixels(image);
    QVERIFY2(drawn > size * size / 2, qPrintable(QStringLiteral("only %1 pixels drawn").arg(drawn)));
    QVERIFY2(drawn < size * size, "the icon has no transparent margin");
    // The seal's teal shows at every size, not only at the size the SVG was drawn for.
    int teal = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() == 255 && c.green() > c.red() + 60 && c.blue() > c.red() + 60)
                ++teal;
        }
    }
    QVERIFY2(teal > size * size / 50, qPrintable(QStringLiteral("only %1 teal pixels").arg(teal)));
}

QTEST_MAIN(TestGuiIcon)
#include "tst_gui_icon.moc"

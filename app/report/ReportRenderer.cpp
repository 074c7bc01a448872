#include "report/ReportRenderer.h"

#include "core/ContentDigest.h"
#include "report/ReportComposer.h"

#include <QGlyphRun>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPen>

namespace {

// At least 15 mm at the sides; more at the top and bottom for the running header and the footer.
QMarginsF reportMargins(const QMarginsF& device) {
    return {qMax(device.left(), 42.0), qMax(device.top(), 50.0), qMax(device.right(), 42.0),
            qMax(device.bottom(), 52.0)};
}

Status needsGuiApplication() {
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return {};
    return Error(QCoreApplication::translate(
        "ReportRenderer", "A PDF report needs fonts, which need a QGuiApplication; construct one (with "
                          "QT_QPA_PLATFORM=offscreen on a command line) before exporting."));
}

} // namespace

ReportRenderer::ReportRenderer(Record record, QList<AuditEntry> auditTrail, ReportOptions options)
    : m_record(std::move(record))
    , m_audit(std::move(auditTrail))
    , m_options(std::move(options)) {
    // Hashing a large record costs as much as laying it out: start now, on another core.
    const Record* content = &m_record;
    m_digestFuture = std::async(std::launch::async, [content] {
                         return ContentDigest::digest(*content, ContentDigest::kSigningFormat);
                     }).share();
}

ReportRenderer::~ReportRenderer() {
    m_composer.reset();
    if (m_digestFuture.valid())
        m_digestFuture.wait();
}

int ReportRenderer::progressTotal() const {
    return 2 * ReportComposer::unitsFor(m_record, m_audit, m_options);
}

Status ReportRenderer::layout(const QPageLayout& pageLayout, const ReportProgress& progress) {
    ReportProgressMeter meter(progress, progressTotal());
    return layout(pageLayout, meter);
}

Status ReportRenderer::layout(const QPageLayout& pageLayout, ReportProgressMeter& meter) {
    if (Status bodies = layoutBodies(pageLayout, meter); !bodies)
        return bodies;
    finishLayout();
    return {};
}

Status ReportRenderer::layoutBodies(const QPageLayout& pageLayout, ReportProgressMeter& meter) {
    if (Status gui = needsGuiApplication(); !gui)
        return gui;
    if (!m_fonts)
        m_fonts = std::make_unique<ReportFontSet>();
    m_composer = std::make_unique<ReportComposer>(m_record, m_audit, m_options, *m_fonts, m_digestFuture);
    ReportComposer::Geometry geometry;
    geometry.paper = pageLayout.fullRectPoints().size();
    geometry.margins = reportMargins(pageLayout.marginsPoints());
    m_pages.clear();
    if (!m_composer->compose(geometry, meter, m_pages)) {
        m_pages.clear();
        m_composer.reset();
        return Error(tr("The report was cancelled."));
    }
    m_laidOutFor = pageLayout;
    return {};
}

void ReportRenderer::finishLayout() {
    if (!m_composer)
        return;
    m_composer->finish(m_pages);
    m_digest = m_composer->digest();
    m_composer.reset();
}

QTransform ReportRenderer::pageTransform(QPagedPaintDevice* device) {
    const QPageLayout layout = device->pageLayout();
    const QRectF paint = layout.paintRectPoints();
    const double scale = device->logicalDpiX() / 72.0;
    QTransform t;
    t.scale(scale, double(device->logicalDpiY()) / 72.0);
    t.translate(-paint.left(), -paint.top());
    return t;
}

Status ReportRenderer::render(QPagedPaintDevice* device, const ReportProgress& progress) {
    if (!device)
        return Error(tr("There is no device to print on."));
    ReportProgressMeter meter(progress, progressTotal());
    const QPageLayout pageLayout = device->pageLayout();
    if (m_pages.isEmpty() || !m_laidOutFor.isEquivalentTo(pageLayout)) {
        if (Status laidOut = layout(pageLayout, meter); !laidOut)
            return laidOut;
    } else {
        meter.advance(progressTotal() / 2);
    }
    QPainter painter;
    if (!painter.begin(device))
        return Error(tr("Could not start painting on the printer or file; check that it is available."));
    painter.setRenderHint(QPainter::Antialiasing);
    const QTransform transform = pageTransform(device);
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error(tr("Could not start page %1 on the printer or file.").arg(i + 1));
        }
        painter.setTransform(transform);
        paintPage(painter, i);
        if (!meter.advance(m_pages.at(i).units)) {
            painter.end();
            return Error(tr("The report was cancelled."));
        }
    }
    painter.end();
    meter.finish();
    return {};
}

QRawFont ReportRenderer::fontAt(int face, float size) const {
    const quint64 key = (quint64(quint32(face)) << 32) | quint32(qRound(size * 100));
    auto it = m_rawFonts.constFind(key);
    if (it != m_rawFonts.constEnd())
        return *it;
    QRawFont font = m_fonts->face(face).rawFont();
    font.setPixelSize(size);
    m_rawFonts.insert(key, font);
    return font;
}

void ReportRenderer::paintPage(QPainter& painter, int index) const {
    if (index < 0 || index >= m_pages.size())
        return;
    painter.save();
    paintLayer(painter, m_pages.at(index).body);
    paintLayer(painter, m_pages.at(index).overlay);
    painter.restore();
}

void ReportRenderer::paintLayer(QPainter& painter, const ReportLayer& page) const {
    for (const ReportFill& f : page.fills)
        painter.fillRect(f.rect, QColor::fromRgb(f.color));
    for (const ReportImage& image : page.images)
        painter.drawImage(image.rect, image.image);
    for (const ReportStroke& s : page.strokes) {
        painter.setPen(QPen(QColor::fromRgb(s.color), s.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        if (s.points.size() == 2)
            painter.drawLine(s.points.at(0), s.points.at(1));
        else
            painter.drawPolyline(s.points.constData(), int(s.points.size()));
    }
    for (const ReportGlyphRun& run : page.runs) {
        if (run.count == 0)
            continue;
        QGlyphRun glyphs;
        glyphs.setRawFont(fontAt(run.face, run.size));
        const auto first = page.pool.glyphs.begin() + run.first;
        glyphs.setGlyphIndexes(QList<quint32>(first, first + run.count));
        QList<QPointF> positions;
        positions.reserve(run.count);
        for (int g = 0; g < run.count; ++g) {
            const float dy = run.firstOffset >= 0 ? page.pool.yOffsets[size_t(run.firstOffset + g)] : 0.f;
            positions.append(run.origin + QPointF(page.pool.x[size_t(run.first + g)], dy));
        }
        glyphs.setPositions(positions);
        painter.setPen(QColor::fromRgb(run.color));
        painter.drawGlyphRun(QPointF(0, 0), glyphs);
    }
}

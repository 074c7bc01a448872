#include "ui/signing/SignaturePad.h"

#include "core/SignatureGeometry.h"
#include "ui/signing/PadSize.h"
#include "ui/signing/SignatureRenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QTouchEvent>

#include <cmath>

namespace {
// Samples closer than this (pad units) to the last one add nothing but size.
constexpr qreal kMinStep = 1.5;

// The store keeps strokes to a tenth of a pad unit: keep them so here too, so
// what the pad holds is exactly what is signed and stored.
QPointF padPoint(const QPointF& widgetPoint, const QRectF& sheet) {
    return SignatureGeometry::snapped(SignatureRenderer::toPad(widgetPoint, sheet));
}
} // namespace

SignaturePad::SignaturePad(QWidget* parent)
    : QWidget(parent)
    , m_hint(tr("Sign here")) {
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(tr("Draw your signature with the mouse, a pen or a finger. Delete clears it, "
                                "Ctrl+Z removes the last stroke."));
    setToolTip(tr("Draw your signature here with the mouse, a pen or a finger"));
}

void SignaturePad::setStrokes(const SignatureStrokes& strokes) {
    m_strokes.clear();
    for (const SignatureStroke& stroke : strokes) {
        SignatureStroke clamped;
        for (const QPointF& p : stroke)
            clamped << SignatureGeometry::clamped(SignatureGeometry::snapped(p));
        if (!clamped.isEmpty())
            m_strokes << clamped;
    }
    m_current.clear();
    m_input = Input::None;
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::setHint(const QString& hint) {
    m_hint = hint;
    update();
}

QRectF SignaturePad::sheetRect() const {
    return SignatureRenderer::fitRect(
        PadSize::sheetBounds(rect()).adjusted(1, 1, -1, -1)); // where paintPaper lays the sheet
}

QSize SignaturePad::sizeHint() const {
    return PadSize::preferred();
}

QSize SignaturePad::minimumSizeHint() const {
    return PadSize::minimum();
}

int SignaturePad::heightForWidth(int width) const {
    return PadSize::heightForWidth(width);
}

void SignaturePad::clear() {
    const bool hadStrokes = !m_strokes.isEmpty() || !m_current.isEmpty();
    m_strokes.clear();
    m_current.clear();
    m_input = Input::None;
    update();
    if (hadStrokes)
        Q_EMIT strokesChanged();
}

void SignaturePad::undoLastStroke() {
    if (m_strokes.isEmpty())
        return;
    m_strokes.removeLast();
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::begin(Input input, const QPointF& widgetPoint) {
    m_input = input;
    m_current = {padPoint(widgetPoint, sheetRect())};
    update();
}

void SignaturePad::extend(const QPointF& widgetPoint) {
    if (m_input == Input::None)
        return;
    const QPointF p = padPoint(widgetPoint, sheetRect());
    const QPointF step = p - m_current.last();
    if (std::abs(step.x()) + std::abs(step.y()) < kMinStep)
        return;
    m_current << p;
    update();
}

void SignaturePad::finish() {
    if (m_input == Input::None)
        return;
    m_input = Input::None;
    if (!m_current.isEmpty())
        m_strokes << m_current;
    m_current.clear();
    update();
    Q_EMIT strokesChanged();
}

void SignaturePad::cancel() {
    m_input = Input::None;
    m_current.clear();
    update();
}

bool SignaturePad::event(QEvent* event) {
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        // One finger draws; accepting the touch stops Qt from also sending mouse events.
        auto* touch = static_cast<QTouchEvent*>(event);
        event->accept();
        if (touch->points().isEmpty())
            return true;
        const QEventPoint& point = touch->points().first();
        if (event->type() == QEvent::TouchBegin && m_input == Input::None)
            begin(Input::Touch, point.position());
        else if (m_input == Input::Touch && event->type() == QEvent::TouchUpdate)
            extend(point.position());
        else if (m_input == Input::Touch) {
            extend(point.position());
            finish();
        }
        return true;
    }
    case QEvent::TouchCancel:
        if (m_input == Input::Touch)
            cancel();
        event->accept();
        return true;
    default:
        return QWidget::event(event);
    }
}

void SignaturePad::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_input != Input::None) {
        event->ignore();
        return;
    }
    begin(Input::Mouse, event->position());
    event->accept();
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event) {
    if (m_input != Input::Mouse || !(event->buttons() & Qt::LeftButton)) {
        event->ignore();
        return;
    }
    extend(event->position());
    event->accept();
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event) {
    if (m_input != Input::Mouse || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    extend(event->position());
    finish();
    event->accept();
}

void SignaturePad::tabletEvent(QTabletEvent* event) {
    // Accepted tablet events are not repeated as mouse events.
    switch (event->type()) {
    case QEvent::TabletPress:
        if (m_input == Input::None)
            begin(Input::Tablet, event->position());
        break;
    case QEvent::TabletMove:
        if (m_input == Input::Tablet && event->pressure() > 0)
            extend(event->position());
        break;
    case QEvent::TabletRelease:
        if (m_input == Input::Tablet) {
            extend(event->position());
            finish();
        }
        break;
    default:
        break;
    }
    event->accept();
}

void SignaturePad::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Undo)) {
        undoLastStroke();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clear();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SignaturePad::changeEvent(QEvent* event) {
    if (event->type() == QEvent::EnabledChange)
        update();
    QWidget::changeEvent(event);
}

void SignaturePad::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const bool empty = m_strokes.isEmpty() && m_current.isEmpty();
    const QRectF sheet =
        SignatureRenderer::paintPaper(painter, PadSize::sheetBounds(rect()), empty ? m_hint : QString());
    QColor ink = SignatureRenderer::defaultInk();
    if (!isEnabled())
        ink.setAlpha(110);
    SignatureStrokes all = m_strokes;
    if (!m_current.isEmpty())
        all << m_current;
    SignatureRenderer::paint(painter, sheet, all, SignatureRenderer::Fit::Pad, ink);
    if (hasFocus()) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPen focus(palette().color(QPalette::Highlight), 1.5);
        painter.setPen(focus);
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(sheet.adjusted(-1, -1, 1, 1), 7, 7);
    }
}

#pragma once

#include "core/Checklist.h"

#include <QWidget>

// A sheet to sign on with a mouse, a pen (tablet events) or a finger (touch).
// Strokes are kept as vectors in pad coordinates (0..1000 across, 0..300 down,
// see SignatureRenderer), whatever the widget's size: the sheet keeps the
// pad's aspect ratio and points off the sheet are clamped to its edge.
// Points are kept to a tenth of a pad unit, the precision the store keeps.
//
//   auto* pad = new SignaturePad(this);
//   connect(pad, &SignaturePad::strokesChanged, this, &X::updateButtons);
//   request.strokes = pad->strokes();
class SignaturePad : public QWidget {
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    SignatureStrokes strokes() const { return m_strokes; }
    void setStrokes(const SignatureStrokes& strokes);
    bool isEmpty() const { return m_strokes.isEmpty(); }

    // The faint text under the baseline while the pad is empty ("Sign here").
    QString hint() const { return m_hint; }
    void setHint(const QString& hint);

    // The sheet's rectangle in widget coordinates (the pad's 0..1000 × 0..300).
    QRectF sheetRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

public Q_SLOTS:
    void clear();
    void undoLastStroke();

Q_SIGNALS:
    // After every finished stroke, clear(), undoLastStroke() and setStrokes().
    void strokesChanged();

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Input { None, Mouse, Tablet, Touch };

    void begin(Input input, const QPointF& widgetPoint);
    void extend(const QPointF& widgetPoint);
    void finish();
    void cancel();

    SignatureStrokes m_strokes;
    SignatureStroke m_current;
    Input m_input = Input::None;
    QString m_hint;
};

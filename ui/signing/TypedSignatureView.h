#pragma once

#include <QWidget>

// Shows a typed signature as it will be stored and printed: the signer's
// printed name in SignatureFont on the same sheet as SignaturePad.
class TypedSignatureView : public QWidget {
    Q_OBJECT
public:
    explicit TypedSignatureView(QWidget* parent = nullptr);

    QString printedName() const { return m_name; }
    void setPrintedName(const QString& name);
    // Shown in place of the name while there is none.
    void setPlaceholder(const QString& text);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_name;
    QString m_placeholder;
};

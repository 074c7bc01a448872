#pragma once

#include <QByteArray>
#include <QList>

// The numbered objects of a PDF file as they are appended to it: where each
// one starts (for the cross-reference table) and streams with their length.
class PdfObjects {
public:
    explicit PdfObjects(QByteArray& out)
        : m_out(out) {}

    QByteArray& out() { return m_out; }
    // Starts object `number` ("N 0 obj") at the end of the file.
    void begin(int number);
    // The rest of an object begun with begin(): its stream dictionary (Length,
    // Filter and `dictionaryExtra`), the data, deflated when `compress`.
    void stream(const QByteArray& dictionaryExtra, const QByteArray& data, bool compress);
    // Where object `number` starts; 0 when it was never written.
    qint64 offset(int number) const { return m_offsets.value(number); }

private:
    QByteArray& m_out;
    QList<qint64> m_offsets; // by object number; 0 is the free head
};

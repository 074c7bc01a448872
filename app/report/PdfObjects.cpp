#include "report/PdfObjects.h"

#include "report/PdfSyntax.h"

void PdfObjects::begin(int number) {
    if (m_offsets.size() <= number)
        m_offsets.resize(number + 1);
    m_offsets[number] = m_out.size();
    PdfSyntax::appendInt(m_out, number);
    m_out.append(" 0 obj\n");
}

void PdfObjects::stream(const QByteArray& dictionaryExtra, const QByteArray& data, bool compress) {
    QByteArray body;
    if (compress) {
        body = qCompress(data, 6); // fonts and profiles: small, written once
        body.remove(0, 4);         // qCompress's length prefix; the rest is a zlib stream
    }
    const QByteArray& bytes = compress ? body : data;
    m_out.append("<< /Length ");
    PdfSyntax::appendInt(m_out, bytes.size());
    if (compress)
        m_out.append(" /Filter /FlateDecode");
    m_out.append(' ');
    m_out.append(dictionaryExtra);
    m_out.append(">>\nstream\n");
    m_out.append(bytes);
    m_out.append("\nendstream\nendobj\n");
}

#pragma once

#include <QByteArray>
#include <QRgb>
#include <QString>

#include <cmath>

// The small pieces of PDF syntax the writer's parts share: integers and
// numbers as PDF writes them, hex, colours, text strings.
namespace PdfSyntax {

inline constexpr char kHex[] = "0123456789ABCDEF";

// Helpers write to a QByteArray or, for page content, to a std::string (whose += is cheaper).
template <typename Out> void appendInt(Out& out, qint64 v) {
    char buf[24];
    int n = 0;
    const bool negative = v < 0;
    quint64 u = negative ? quint64(-v) : quint64(v);
    do {
        buf[n++] = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (negative)
        out += '-';
    while (n)
        out += buf[--n];
}

// A number with at most `decimals` places, trailing zeros dropped; then a space.
template <typename Out> void appendNumber(Out& out, double v, int decimals = 2) {
    const double scale = decimals == 3 ? 1000.0 : 100.0;
    qint64 n = std::llround(v * scale);
    if (n < 0) {
        out += '-';
        n = -n;
    }
    const qint64 whole = n / qint64(scale);
    qint64 frac = n % qint64(scale);
    appendInt(out, whole);
    if (frac) {
        out += '.';
        char digits[3];
        int count = decimals;
        for (int i = decimals - 1; i >= 0; --i) {
            digits[i] = char('0' + frac % 10);
            frac /= 10;
        }
        while (count > 0 && digits[count - 1] == '0')
            --count;
        out.append(digits, count);
    }
    out += ' ';
}

template <typename Out> void appendHex16(Out& out, quint32 v) {
    const char digits[4] = {kHex[(v >> 12) & 0xf], kHex[(v >> 8) & 0xf], kHex[(v >> 4) & 0xf], kHex[v & 0xf]};
    out.append(digits, 4);
}

// "g"/"G" for a grey, "rg"/"RG" otherwise.
template <typename Out> void appendColor(Out& out, QRgb color, bool stroking) {
    appendNumber(out, qRed(color) / 255.0, 3);
    if (qRed(color) == qGreen(color) && qGreen(color) == qBlue(color)) {
        out += stroking ? "G\n" : "g\n";
        return;
    }
    appendNumber(out, qGreen(color) / 255.0, 3);
    appendNumber(out, qBlue(color) / 255.0, 3);
    out += stroking ? "RG\n" : "rg\n";
}

// A text string as UTF-16BE with its byte order mark, in hex: any script, no escaping.
template <typename Out> void appendTextString(Out& out, const char16_t* text, size_t length) {
    out += "<FEFF";
    for (size_t i = 0; i < length; ++i)
        appendHex16(out, text[i]);
    out += '>';
}

inline QByteArray textString(const QString& text) {
    QByteArray out;
    appendTextString(out, reinterpret_cast<const char16_t*>(text.utf16()), size_t(text.size()));
    return out;
}

} // namespace PdfSyntax

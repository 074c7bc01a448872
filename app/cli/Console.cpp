#include "cli/Console.h"

namespace {
bool writeAll(std::FILE* stream, const QByteArray& bytes) {
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written;
}
} // namespace

Console::Console(std::FILE* out, std::FILE* err)
    : m_out(out)
    , m_err(err) {}

void Console::out(const QString& text) {
    writeAll(m_out, text.toUtf8());
}

void Console::outLine(const QString& line) {
    writeAll(m_out, line.toUtf8() + '\n');
}

bool Console::outBytes(const QByteArray& bytes) {
    return writeAll(m_out, bytes);
}

void Console::err(const QString& text) {
    writeAll(m_err, text.toUtf8());
}

void Console::errLine(const QString& line) {
    writeAll(m_err, line.toUtf8() + '\n');
}

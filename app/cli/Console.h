#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// UTF-8 output on stdout and stderr, whatever the locale: check marks,
// arrows and "·" must reach a CI log intact.
class Console {
public:
    Console(std::FILE* out = stdout, std::FILE* err = stderr);

    void out(const QString& text);
    void outLine(const QString& line);
    bool outBytes(const QByteArray& bytes);
    void err(const QString& text);
    void errLine(const QString& line);

private:
    std::FILE* m_out;
    std::FILE* m_err;
};

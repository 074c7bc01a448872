#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A spreadsheet's CSV export, read as RFC 4180 says and as spreadsheets
// write it: cells separated by a comma, a semicolon or a tab (whichever the
// first record holds most of, outside quotes), a cell in double quotes may
// hold the separator, line breaks and doubled quotes (""), and a record ends
// with LF, CRLF or CR. The bytes are UTF-8 (with or without a byte order
// mark), UTF-16 with its mark, or else Windows-1252, as spreadsheets on
// Windows save "CSV" by default. Qt has no CSV reader; this is ours, fuzzed
// (fuzz/FuzzCsvTemplate.cpp).
class CsvReader {
public:
    struct Row {
        int line = 0; // the physical line the record starts on, from 1
        QStringList cells;
    };
    struct Table {
        QString encoding; // "UTF-8", "UTF-16" or "Windows-1252"
        QChar delimiter;
        QList<Row> rows;
    };
    // Fails naming the line: a quoted cell never closed (the line it opens
    // on), text after a closing quote, bytes that are no text.
    static Result<Table> read(const QByteArray& bytes);

    // The bytes as text and the encoding's name; fails on bytes that are
    // neither UTF-8 nor Windows-1252.
    static Result<QString> decode(const QByteArray& bytes, QString* encoding = nullptr);
    static QChar detectDelimiter(QStringView text);
    static Result<QList<Row>> split(QStringView text, QChar delimiter);
};

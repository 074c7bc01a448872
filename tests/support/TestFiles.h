#pragma once

#include <QByteArray>
#include <QString>

// Files the suites read and write beside the engine: fixtures in tests/data,
// the seed template, and plain files the tests make or check. Never a database
// file SQLite may hold (DatabaseFile.h): those are read through SQL.
namespace TestSupport {

// The whole file, or empty when it cannot be read.
QByteArray readFile(const QString& path);

// Writes the whole file; false when it could not be written in full.
bool writeFile(const QString& path, const QByteArray& bytes);

// The path of a fixture in tests/data.
QString testDataPath(const QString& name);

// A fixture in tests/data, or empty when it cannot be read.
QByteArray testData(const QString& name);

// The built-in template's Markdown (resources/production-deployment-checklist.md).
QByteArray seedTemplate();

} // namespace TestSupport

#include "TestFiles.h"

#include <QFile>

namespace TestSupport {

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString testDataPath(const QString& name) {
    return QStringLiteral(COUNTERSIGN_TEST_DATA) + QLatin1Char('/') + name;
}

QByteArray testData(const QString& name) {
    return readFile(testDataPath(name));
}

QByteArray seedTemplate() {
    return readFile(QStringLiteral(COUNTERSIGN_SEED_PATH));
}

} // namespace TestSupport

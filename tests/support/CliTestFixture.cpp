#include "CliTestFixture.h"

#include "TestFiles.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "io/BuiltInTemplate.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QTest>

QByteArray CliTestFixture::sha256(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

int CliTestFixture::countSeedItems() {
    const QString seed = QString::fromUtf8(TestSupport::seedTemplate());
    int count = 0;
    bool inChecklistTable = false;
    int row = 0;
    for (const QString& raw : seed.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!line.startsWith(QLatin1Char('|'))) {
            inChecklistTable = false;
            row = 0;
            continue;
        }
        if (row++ == 0) {
            inChecklistTable =
                line.contains(QStringLiteral("Status")) || line.contains(QStringLiteral("Completed"));
            continue;
        }
        if (!inChecklistTable || line.startsWith(QStringLiteral("|--")) ||
            line.startsWith(QStringLiteral("| **")))
            continue;
        ++count;
    }
    return count;
}

bool CliTestFixture::cliIsBuilt() {
    return QFileInfo::exists(QStringLiteral(COUNTERSIGN_CLI_PATH));
}

bool CliTestFixture::startTest() {
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return false;
    m_db = TestSupport::newDatabase(*m_dir, QStringLiteral("records"));
    return true;
}

void CliTestFixture::finishTest() {
    m_dir.reset();
}

QProcessEnvironment CliTestFixture::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->path();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/xdg-cache"));
    env.insert(QStringLiteral("USER"), kTestUser);
    env.remove(QStringLiteral("LOGNAME"));
    env.remove(QStringLiteral("USERNAME"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

CliTestFixture::Run CliTestFixture::cli(const QStringList& arguments, const QByteArray& input) const {
    const QString home = m_dir->path();
    TestSupport::ProcessOptions options;
    options.input = input;
    options.environment = environment();
    options.workingDirectory = home;
    const Run run = TestSupport::runProcess(QStringLiteral(COUNTERSIGN_CLI_PATH), arguments, options);
    // A run that did not finish shows nothing: no test may pass on half of a crashed run's output.
    return run.exitCode == -1 ? Run() : run;
}

CliTestFixture::Run CliTestFixture::db(const QStringList& arguments, const QByteArray& input) const {
    return cli(QStringList{QStringLiteral("--db"), m_db} + arguments, input);
}

void CliTestFixture::createDatabase() const {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = store.open(m_db, ChecklistStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

qint64 CliTestFixture::newRecord(const QString& title) {
    const Run run =
        db({QStringLiteral("new"), QStringLiteral("--template"), kBuiltInTitle, QStringLiteral("--title"),
            title, QStringLiteral("--version"), QStringLiteral("2.4.0"), QStringLiteral("--environment"),
            QStringLiteral("production"), QStringLiteral("--by"), QStringLiteral("creator")});
    bool ok = false;
    const qint64 id = run.lastLine().toLongLong(&ok);
    if (run.exitCode != 0 || !ok)
        qWarning("new failed (%d): %s", run.exitCode, run.err.constData());
    return ok ? id : 0;
}

QJsonObject CliTestFixture::showJson(qint64 recordId) const {
    return db({QStringLiteral("show"), QString::number(recordId), QStringLiteral("--json")}).json().object();
}

QJsonObject CliTestFixture::item(qint64 recordId, const QString& text, const QString& group) const {
    const QJsonArray sections = showJson(recordId).value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& section : sections) {
        for (const QJsonValue& value : section.toObject().value(QStringLiteral("items")).toArray()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("text")).toString() == text &&
                (group.isEmpty() || object.value(QStringLiteral("group")).toString() == group))
                return object;
        }
    }
    return {};
}

QJsonObject CliTestFixture::recordEntry(qint64 recordId) const {
    const QJsonArray records = db({QStringLiteral("records"), QStringLiteral("--json")}).json().array();
    for (const QJsonValue& value : records) {
        if (value.toObject().value(QStringLiteral("id")).toInteger() == recordId)
            return value.toObject();
    }
    return {};
}

bool CliTestFixture::signRoles(qint64 recordId, int roles, const QString& firstStrokes) {
    for (int i = 0; i < roles; ++i) {
        addSigner(kSigners.at(i));
        const bool drawn = i == 0 && !firstStrokes.isEmpty();
        const Run run = sign(recordId, kSigners.at(i), QStringLiteral("Approved"),
                             drawn ? QStringList{QStringLiteral("--strokes"), firstStrokes} : QStringList{});
        if (run.exitCode != 0) {
            qWarning("sign failed: %s", run.err.constData());
            return false;
        }
    }
    return true;
}

QString CliTestFixture::exportPdf(qint64 recordId, const QString& name) const {
    const QString path = m_dir->filePath(name);
    const Run run = db({QStringLiteral("export"), QString::number(recordId), QStringLiteral("--pdf"), path});
    if (run.exitCode != 0) {
        qWarning("export failed: %s", run.err.constData());
        return {};
    }
    return path;
}

QString CliTestFixture::ensureAdministrator() const {
    const QString root = db({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("--json")})
                             .json()
                             .object()
                             .value(QStringLiteral("root"))
                             .toString();
    if (!root.isEmpty())
        return root;
    const Run run =
        db({QStringLiteral("admin"), QStringLiteral("init"), QStringLiteral("--login"), kAdminLogin,
            QStringLiteral("--name"), kAdminName, QStringLiteral("--password-stdin")},
           adminLine());
    if (run.exitCode != 0)
        qWarning("admin init failed: %s", run.err.constData());
    return db({QStringLiteral("admin"), QStringLiteral("list"), QStringLiteral("--json")})
        .json()
        .object()
        .value(QStringLiteral("root"))
        .toString();
}

void CliTestFixture::addSigner(const TestSigner& signer, const QString& roles) const {
    QVERIFY(!ensureAdministrator().isEmpty());
    const Run run = db({QStringLiteral("signer"), QStringLiteral("add"), QStringLiteral("--login"),
                        signer.login, QStringLiteral("--name"), signer.name, QStringLiteral("--roles"),
                        roles.isEmpty() ? signer.role : roles, QStringLiteral("--admin"), kAdminLogin,
                        QStringLiteral("--password-stdin")},
                       adminLine() + signer.stdinLine());
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

CliTestFixture::Run CliTestFixture::signAs(qint64 recordId, const QString& role, const QString& login,
                                           const QByteArray& input, const QStringList& extra) const {
    return db(QStringList{QStringLiteral("sign"), QString::number(recordId), QStringLiteral("--role"), role,
                          QStringLiteral("--login"), login, QStringLiteral("--password-stdin")} +
                  (extra.contains(QStringLiteral("--meaning"))
                       ? extra
                       : extra + QStringList{QStringLiteral("--meaning"), QStringLiteral("Approved")}),
              input);
}

CliTestFixture::Run CliTestFixture::sign(qint64 recordId, const TestSigner& signer, const QString& meaning,
                                         const QStringList& extra) const {
    return signAs(recordId, signer.role, signer.login, signer.stdinLine(),
                  QStringList{QStringLiteral("--meaning"), meaning} + extra);
}

QList<qint64> CliTestFixture::checklistItemIds(qint64 recordId) const {
    QList<qint64> ids;
    for (const QJsonValue& section : showJson(recordId).value(QStringLiteral("sections")).toArray()) {
        if (section.toObject().value(QStringLiteral("kind")).toString() != u"checklist")
            continue;
        for (const QJsonValue& value : section.toObject().value(QStringLiteral("items")).toArray())
            ids << value.toObject().value(QStringLiteral("id")).toInteger();
    }
    return ids;
}

void CliTestFixture::tickAll(qint64 recordId) const {
    ChecklistStore store;
    store.setBuiltInTemplate(BuiltInTemplate::load);
    const Status opened = store.open(m_db, ChecklistStore::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    for (const qint64 itemId : checklistItemIds(recordId)) {
        const Result<ChecklistItem> ticked =
            store.updateItem(itemId, {ItemStatus::Done, QString()}, QStringLiteral("setup"));
        QVERIFY2(ticked.ok(), qPrintable(ticked.error()));
    }
}

QJsonArray CliTestFixture::signatures(qint64 recordId) const {
    return showJson(recordId).value(QStringLiteral("signatures")).toArray();
}

QJsonObject CliTestFixture::signerEntry(const QString& login) const {
    const Run run = db({QStringLiteral("signer"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue& value : run.json().array()) {
        if (value.toObject().value(QStringLiteral("login")).toString() == login)
            return value.toObject();
    }
    return {};
}

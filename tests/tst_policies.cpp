// Sign-off policies per template version (issue 20, part 4): a role that
// needs N distinct signers counts as signed only with N standing signatures,
// and an independent role refuses anyone who changed an item of the record,
// naming who and how many. Both backends (tst_policies_pg).
#include "TestAdministrator.h"
#include "TestSupport.h"
#include "core/ChecklistStore.h"
#include "core/SecretBytes.h"
#include "core/SignOffService.h"
#include "core/Verifier.h"
#include "io/BuiltInTemplate.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kPassword = QStringLiteral("correct horse 1");
const QString kQaLead = QStringLiteral("QA Lead");
const RolePolicy kTwoIndependent{2, true};

using TestAdministrator::RoleHolder;
// The built-in checklist's role holders, and two more QA Leads.
const QList<RoleHolder> kSigners = TestAdministrator::kBuiltInRoleHolders +
                                   QList<RoleHolder>{
                                       {QStringLiteral("rita"), QStringLiteral("Rita Second"), kQaLead},
                                       {QStringLiteral("sam"), QStringLiteral("Sam Third"), kQaLead},
                                   };
const RoleHolder& holder(const QString& login) {
    for (const RoleHolder& h : kSigners) {
        if (h.login == login)
            return h;
    }
    qFatal("no signer %s", qPrintable(login));
}

using TestSupport::joined;
} // namespace

class TestPolicies : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture {
        QString path;
        std::unique_ptr<ChecklistStore> store;
        std::unique_ptr<SignOffService> service;
        qint64 templateId = 0;
        qint64 recordId = 0;
        QList<ChecklistItem> items; // the record's checklist items, not group headings
    };

    // The built-in checklist as "Policy Checklist" with QA Lead at 2 ×
    // independent (onlyQaLead: its sign-off table is QA Lead alone), its
    // signers and one record of it.
    Fixture makeFixture(bool onlyQaLead = false) {
        Fixture f;
        f.path = TestSupport::newDatabase(m_dir, QStringLiteral("policies%1").arg(++m_counter));
        f.store = std::make_unique<ChecklistStore>();
        f.store->setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = f.store->open(f.path); !opened)
            qFatal("%s", qPrintable(opened.error()));
        f.service = std::make_unique<SignOffService>(*f.store);
        for (const RoleHolder& h : kSigners) {
            const Result<qint64> added =
                TestAdministrator::registerSigner(*f.service, *f.store, h.login, h.name, {h.role},
                                                  SecretBytes::fromText(kPassword), QStringLiteral("admin"));
            if (!added)
                qFatal("%s", qPrintable(added.error()));
        }
        ChecklistTemplate tmpl = BuiltInTemplate::load().value();
        tmpl.title = QStringLiteral("Policy Checklist");
        tmpl.rolePolicies.insert(kQaLead, kTwoIndependent);
        if (onlyQaLead) {
            for (ChecklistSection& section : tmpl.sections) {
                if (section.kind == SectionKind::SignOff)
                    section.items.removeIf([](const ChecklistItem& row) { return row.text != kQaLead; });
            }
        }
        const Result<qint64> added = f.store->addTemplate(tmpl);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
        f.templateId = added.value();
        f.recordId = *f.store->createRecord(f.templateId, {QStringLiteral("Release 4.0"), {}, {}},
                                            QStringLiteral("tester"));
        for (const ChecklistSection& section : load(f).sections) {
            for (const ChecklistItem& item : section.items) {
                if (section.kind == SectionKind::Checklist && !item.isGroupHeader)
                    f.items << item;
            }
        }
        return f;
    }

    // Ticks every item: the first `byEditor` of them as editor, the rest as "tester".
    static void tickAll(Fixture& f, const QString& editor, int byEditor) {
        for (int i = 0; i < f.items.size(); ++i) {
            const QString actor = i < byEditor ? editor : QStringLiteral("tester");
            if (!f.store->updateItem(f.items.at(i).id, {ItemStatus::Done, {}}, actor))
                qFatal("cannot tick %s", qPrintable(f.items.at(i).text));
        }
    }
    static Result<SignatureEntry> sign(Fixture& f, const QString& login, const QString& role = {}) {
        const RoleHolder& h = holder(login);
        return f.service->sign({f.recordId,
                                role.isEmpty() ? h.role : role,
                                h.login,
                                SecretBytes::fromText(kPassword),
                                QStringLiteral("Approved"),
                                {},
                                true});
    }
    static Record load(const Fixture& f) { return f.store->loadRecord(f.recordId).value(); }
    static Verifier::Report verifyAfresh(const Fixture& f) {
        ChecklistStore store;
        store.setBuiltInTemplate(BuiltInTemplate::load);
        if (const Status opened = store.open(f.path, ChecklistStore::OpenMode::ExistingOnly); !opened)
            qFatal("%s", qPrintable(opened.error()));
        return Verifier::verify(store);
    }

private Q_SLOTS:
    void initTestCase() {
        TestSupport::strictWarnings();
        if (TestSupport::onPostgres())
            COUNTERSIGN_NEEDS_POSTGRES();
        QVERIFY(m_dir.isValid());
    }
    void init() { TestSupport::strictWarnings(); }

    void twoIndependentQaLeadsAreEnforced() {
        Fixture f = makeFixture();
        QCOMPARE(load(f).policyFor(kQaLead), kTwoIndependent);
        QCOMPARE(load(f).policyFor(QStringLiteral("Product Owner")), RolePolicy());
        tickAll(f, QStringLiteral("Quinn Anders"), 12);
        QVERIFY2(sign(f, QStringLiteral("dm")).ok(), "the Deployment Manager signs first");

        // Quinn ticked 12 items: refused, with who and how many, and nothing stored.
        const Result<SignatureEntry> editor = sign(f, QStringLiteral("qa"));
        QVERIFY(!editor.ok());
        QCOMPARE(editor.error(),
                 QStringLiteral("Quinn Anders changed 12 items of this record; QA Lead must be "
                                "signed by someone independent, who changed none of its items."));
        QCOMPARE(load(f).signatures.size(), 1);

        // A first independent QA Lead: the role stands at 1 of 2, the record is partly signed.
        QVERIFY(sign(f, QStringLiteral("rita")).ok());
        Record record = load(f);
        QCOMPARE(record.state, RecordState::Signed);
        QCOMPARE(record.activeSignatures(kQaLead).size(), 1);
        QVERIFY(!record.roleComplete(kQaLead));
        QVERIFY(f.service->canSign(record, kQaLead).ok());

        // The same signer twice for one role is refused.
        const Result<SignatureEntry> twice = sign(f, QStringLiteral("rita"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().contains(QStringLiteral("Rita Second has already signed record %1 as QA Lead: "
                                                       "the role needs 2 different signers")
                                            .arg(f.recordId)),
                 qPrintable(twice.error()));
        // The roles after QA Lead wait for its second signer.
        const Result<SignatureEntry> early = sign(f, QStringLiteral("dev"));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(u"Development Lead signs after QA Lead"), qPrintable(early.error()));

        QVERIFY(sign(f, QStringLiteral("sam")).ok());
        record = load(f);
        QVERIFY(record.roleComplete(kQaLead));
        const Status full = f.service->canSign(record, kQaLead);
        QVERIFY(!full.ok());
        QVERIFY2(full.error().contains(u"QA Lead has all 2 of its signatures"), qPrintable(full.error()));
        QVERIFY(sign(f, QStringLiteral("dev")).ok());
        QCOMPARE(load(f).state, RecordState::Signed);
        QVERIFY(sign(f, QStringLiteral("po")).ok());
        QCOMPARE(load(f).state, RecordState::Sealed);

        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));
        QCOMPARE(report.signaturesChecked, 5);
    }

    void theRecordIsSealedOnlyWithBothSignatures() {
        Fixture f = makeFixture(true);
        tickAll(f, QStringLiteral("tester"), 0);
        QVERIFY(sign(f, QStringLiteral("rita")).ok());
        QCOMPARE(load(f).state, RecordState::Signed);
        QVERIFY(!SignOffService::allRolesSigned(load(f)));
        QVERIFY(sign(f, QStringLiteral("qa")).ok()); // Quinn changed nothing here
        QCOMPARE(load(f).state, RecordState::Sealed);
        QVERIFY(SignOffService::allRolesSigned(load(f)));
        const Verifier::Report report = verifyAfresh(f);
        QVERIFY2(report.intact(), qPrintable(joined(report)));

        // Reopening revokes both; the role needs two new signatures.
        QVERIFY(f.service
                    ->reopen(f.recordId, QStringLiteral("rita"), SecretBytes::fromText(kPassword),
                             QStringLiteral("A late fix"))
                    .ok());
        QCOMPARE(load(f).state, RecordState::InProgress);
        QCOMPARE(load(f).activeSignatures(kQaLead).size(), 0);
    }

    // The name a change was recorded under is compared with the signer's
    // login and printed name, as signer names are compared (case, spaces).
    void independenceComparesLoginAndPrintedName() {
        Fixture f = makeFixture(true);
        tickAll(f, QStringLiteral("qa"), 3);
        Result<SignatureEntry> byLogin = sign(f, QStringLiteral("qa"));
        QVERIFY(!byLogin.ok());
        QCOMPARE(byLogin.error(),
                 QStringLiteral("Quinn Anders changed 3 items of this record (recorded as qa); "
                                "QA Lead must be signed by someone independent, who changed "
                                "none of its items."));
        // A note counts as a change; an undone tick too (the audit trail keeps it).
        Fixture g = makeFixture(true);
        tickAll(g, QStringLiteral("tester"), 0);
        QVERIFY(g.store->updateItem(g.items.at(0).id, {ItemStatus::Done, QStringLiteral("seen")},
                                    QStringLiteral("  QUINN   anders ")));
        const Result<SignatureEntry> byNote = sign(g, QStringLiteral("qa"));
        QVERIFY(!byNote.ok());
        QVERIFY2(byNote.error().contains(u"changed 1 item of this record (recorded as   QUINN   anders )"),
                 qPrintable(byNote.error()));
        // Someone else may sign, and a role that is not independent takes the editor.
        QVERIFY(sign(g, QStringLiteral("rita")).ok());
    }

    void policiesBelongToATemplateVersion() {
        Fixture f = makeFixture();
        const Result<ChecklistTemplate> stored = f.store->loadTemplate(f.templateId);
        QVERIFY(stored.ok());
        QCOMPARE(stored->rolePolicies.value(kQaLead), kTwoIndependent);
        QCOMPARE(stored->rolePolicies.size(), 1);

        // An edited policy is the template's next version; the record keeps its own.
        ChecklistTemplate edited = stored.value();
        edited.rolePolicies[kQaLead] = RolePolicy{3, false};
        const Result<qint64> next = f.store->addTemplate(edited);
        QVERIFY2(next.ok(), qPrintable(next.error()));
        QCOMPARE(f.store->loadTemplate(next.value())->version, stored->version + 1);
        QCOMPARE(load(f).policyFor(kQaLead), kTwoIndependent);
        const qint64 newer = *f.store->createRecord(next.value(), {QStringLiteral("Release 4.1"), {}, {}},
                                                    QStringLiteral("tester"));
        QCOMPARE(f.store->loadRecord(newer)->policyFor(kQaLead), (RolePolicy{3, false}));

        // A role the sign-off table lacks, or no signer at all: refused, nothing stored.
        ChecklistTemplate wrong = stored.value();
        wrong.rolePolicies.insert(QStringLiteral("QA Leed"), kTwoIndependent);
        const Result<qint64> misspelt = f.store->addTemplate(wrong);
        QVERIFY(!misspelt.ok());
        QVERIFY2(misspelt.error().contains(u"names the role \"QA Leed\", which the sign-off table"),
                 qPrintable(misspelt.error()));
        wrong.rolePolicies = {{kQaLead, RolePolicy{0, false}}};
        const Result<qint64> none = f.store->addTemplate(wrong);
        QVERIFY(!none.ok());
        QVERIFY2(none.error().contains(u"at least one signer"), qPrintable(none.error()));
        QCOMPARE(f.store->templates()->size(), 3); // the built-in, and two versions of the policy's
    }
};

QTEST_GUILESS_MAIN(TestPolicies)
#include "tst_policies.moc"

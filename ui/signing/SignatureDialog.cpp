#include "ui/signing/SignatureDialog.h"

#include "core/ChecklistStore.h"
#include "core/ContentDigest.h"
#include "core/SignOffService.h"
#include "ui/base/Prompts.h"
#include "ui/signing/DeclineReasonDialog.h"
#include "ui/signing/EngineMessage.h"
#include "ui/signing/PasswordField.h"
#include "ui/signing/SignatureFont.h"
#include "ui/signing/SigningColours.h"
#include "ui/signing/SigningStyle.h"
#include "ui/signing/SigningTime.h"
#include "ui_SignatureDialog.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>

#include <algorithm>

namespace {
// Lines of a long refusal (the items still open) shown before "Show all".
constexpr qsizetype kBlockersShownAtFirst = 5;
constexpr int kShortDigest = 16;
// Wide enough that the explanations wrap into few lines where the screen has room
// (the dialog's height is what a 1024×700 screen runs short of).
constexpr int kPreferredWidth = 900;
// A window frame takes some 40 px more than the dialog.
constexpr int kFrameAllowance = 40;
} // namespace

// The role, and its policy when it is not the default: "QA Lead — 2 signers,
// independent; 1 of 2 signed", so the signer knows what the role still needs.
QString SignatureDialog::roleText(const Record& record) const {
    const RolePolicy policy = record.policyFor(m_role);
    if (policy == RolePolicy())
        return m_role;
    const qsizetype standing = record.activeSignatures(m_role).size();
    return tr("%1 — %2; %3 of %4 signed")
        .arg(m_role, RolePolicyText::describe(policy))
        .arg(standing)
        .arg(policy.signersRequired);
}

SignatureDialog::SignatureDialog(ChecklistStore& store, SignOffService& service, qint64 recordId,
                                 const QString& role, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignatureDialog>())
    , m_store(store)
    , m_service(service)
    , m_recordId(recordId)
    , m_role(role) {
    m_ui->setupUi(this);
    styleStaticParts();

    QPushButton* sign = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    sign->setObjectName(QStringLiteral("signButton"));
    sign->setText(tr("&Sign"));
    sign->setDefault(true);
    m_declineButton = m_ui->buttonBox->addButton(tr("&Decline…"), QDialogButtonBox::ActionRole);
    QPushButton* decline = m_declineButton;
    decline->setObjectName(QStringLiteral("declineButton"));
    decline->setAutoDefault(false);
    decline->setToolTip(tr("Refuse to sign, with a reason: made with your login and password like a "
                           "signature, and shown in the record, its audit trail and its PDF"));
    connect(decline, &QPushButton::clicked, this, &SignatureDialog::tryDecline);
    QPushButton* cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignatureDialog::trySign);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->loginEdit, &QLineEdit::textChanged, this, [this] {
        updateSigner();
        updateSignButton();
    });
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, &SignatureDialog::updateSignButton);
    connect(m_ui->meaningCombo, &QComboBox::currentTextChanged, this, &SignatureDialog::updateSignButton);
    connect(m_ui->signaturePad, &SignaturePad::strokesChanged, this, &SignatureDialog::updateSignButton);
    connect(m_ui->clearButton, &QPushButton::clicked, m_ui->signaturePad, &SignaturePad::clear);
    connect(m_ui->typedCheck, &QCheckBox::toggled, this, [this](bool typed) {
        m_ui->signatureStack->setCurrentWidget(typed ? m_ui->typedPage : m_ui->padPage);
        m_ui->clearButton->setVisible(!typed);
        updateSignButton();
    });

    // The record can change while the dialog is open (another window, an
    // import): what is shown, and the digest signed, must follow it.
    connect(&m_store, &ChecklistStore::itemChanged, this, [this](qint64 id, const ChecklistItem&) {
        if (id == m_recordId && !m_signing)
            reload();
    });
    connect(&m_store, &ChecklistStore::recordStateChanged, this, [this](qint64 id) {
        if (id == m_recordId && !m_signing)
            reload();
    });
    connect(&m_clock, &QTimer::timeout, this, &SignatureDialog::updateClock);
    m_clock.start(1000);

    reload();
    if (m_record) {
        const QStringList meanings = SignOffService::meanings(*m_record, m_role);
        m_ui->meaningCombo->addItems(meanings);
        m_ui->meaningCombo->setCurrentIndex(0);
    }
    updateSigner();
    updateClock();
    updateSignButton();
    fitToScreen();
    m_ui->loginEdit->setFocus();
}

SignatureDialog::~SignatureDialog() = default;

void SignatureDialog::fitToScreen() {
    // As tall as the content needs, no taller (no empty band above the
    // buttons), and never taller than the screen: the list of what blocks
    // signing scrolls instead (a window frame takes some 40 px more).
    const QRect screen = availableScreen();
    resize(fittingWidth(), std::min(sizeHint().height(), screen.height() - kFrameAllowance));
    SigningStyle::keepOnScreen(this);
}

QRect SignatureDialog::availableScreen() const {
    return screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
}

int SignatureDialog::fittingWidth() const {
    const int wanted = std::max({width(), sizeHint().width(), kPreferredWidth});
    return std::min(wanted, availableScreen().width() - kFrameAllowance);
}

SignaturePad* SignatureDialog::pad() const {
    return m_ui->signaturePad;
}

void SignatureDialog::setLogin(const QString& login) {
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void SignatureDialog::styleStaticParts() {
    SigningStyle::scaleFont(m_ui->headingLabel, 1.45, QFont::Bold);
    SigningStyle::scaleFont(m_ui->recordTitleLabel, 1.2, QFont::DemiBold);
    m_ui->regulationLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->regulationLabel->setContentsMargins(0, 2, 0, 0);
    m_ui->progressLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->recordMetaLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->readinessLabel->setContentsMargins(0, 4, 0, 0);
    // The record's own words are signed: shown as written, never read as HTML
    // (a title "<b>2.4</b><!-- waived -->" would show as "2.4").
    for (QLabel* signedText : {m_ui->recordTitleLabel, m_ui->recordMetaLabel, m_ui->progressLabel,
                               m_ui->roleValue, m_ui->templateValue, m_ui->printedNameValue})
        signedText->setTextFormat(Qt::PlainText);
    // The record being signed, as a card: the document the signature goes on.
    m_ui->recordCard->setAttribute(Qt::WA_StyledBackground);
    m_ui->recordCard->setStyleSheet(
        QStringLiteral("#recordCard { background: %1; border: 1px solid #c5cdd8; border-left: 4px solid %2; "
                       "border-radius: 4px; }")
            .arg(palette().color(QPalette::Base).name(), SigningColours::partial().name()));

    QFont bold = m_ui->roleValue->font();
    bold.setBold(true);
    m_ui->roleValue->setFont(bold);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->digestValue->setFont(mono);
    m_ui->digestValue->setCursor(Qt::WhatsThisCursor);
    m_ui->statementLabel->setText(
        tr("By signing, you confirm the meaning you choose for this record as it stands "
           "now. Any later change to the record invalidates the signature."));
    m_ui->statementLabel->setContentsMargins(0, 6, 0, 0);
    m_ui->statementLabel->setForegroundRole(QPalette::PlaceholderText);

    m_ui->loginEdit->setPlaceholderText(tr("Your signer login"));
    m_ui->loginEdit->setAccessibleName(tr("Login"));
    m_ui->passwordEdit->setPlaceholderText(tr("Your signing password"));
    m_ui->passwordEdit->setAccessibleName(tr("Password"));
    m_ui->meaningCombo->setAccessibleName(tr("Meaning of the signature"));
    // The editable combo's text field is an object of its own to a screen reader.
    m_ui->meaningCombo->lineEdit()->setAccessibleName(tr("Meaning of the signature"));
    m_ui->meaningCombo->setToolTip(
        tr("What your signature means, as the report will print it. Pick one or type "
           "your own."));
    m_ui->meaningCombo->lineEdit()->setPlaceholderText(tr("For example: Approved"));
    m_ui->signedAtLabel->setTextFormat(Qt::RichText);

    m_ui->typedView->setPlaceholder(tr("Your printed name appears here once you enter your login"));
    m_ui->typedCheck->setToolTip(tr("Sign with your printed name in a script font instead of drawing. "
                                    "It is bound to your password the same way."));
    m_ui->signaturePad->setToolTip(tr("Draw your signature with the mouse, a pen or a finger"));
    m_ui->clearButton->setToolTip(tr("Clear the drawing and start again"));

    SigningStyle::makeWarningBanner(m_ui->blockedBanner);
    // The reason can list many items: it scrolls within a third of the
    // screen, so that Sign and Cancel stay on it.
    m_blockedScroll = new QScrollArea(this);
    m_blockedScroll->setObjectName(QStringLiteral("blockedScroll"));
    m_blockedScroll->setFrameShape(QFrame::NoFrame);
    m_blockedScroll->setWidgetResizable(true);
    m_blockedScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No taller than the reason: the room left goes to the signature pad.
    m_blockedScroll->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    delete layout()->replaceWidget(m_ui->blockedBanner, m_blockedScroll);
    m_blockedScroll->setWidget(m_ui->blockedBanner);
    m_blockedScroll->hide();
    m_ui->blockedBanner->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_ui->blockedBanner, &QLabel::linkActivated, this, [this] {
        m_showEveryBlocker = true;
        showRecord();
        // The whole list needs more room than its first lines: the dialog grows, within the screen.
        fitToScreen();
    });
    SigningStyle::makeErrorBanner(m_ui->errorLabel);
    m_ui->errorLabel->setAccessibleName(tr("Signing error"));
    m_ui->busyLabel->hide();
}

void SignatureDialog::reload() {
    Result<Record> record = m_store.loadRecord(m_recordId);
    if (!record) {
        m_record.reset();
        m_blockingReason = record.error();
        m_declineBlockedReason = record.error();
    } else {
        m_record = std::move(record).value();
        const Status allowed = m_service.canSign(*m_record, m_role);
        m_blockingReason = allowed ? QString() : allowed.error();
        const Status declinable = m_service.canDecline(*m_record, m_role);
        m_declineBlockedReason = declinable ? QString() : declinable.error();
    }
    showRecord();
    updateSignButton();
}

void SignatureDialog::showRecord() {
    if (m_record) {
        const Record& r = *m_record;
        setWindowTitle(tr("Sign “%1” as %2").arg(r.info.title, m_role));
        m_ui->recordTitleLabel->setText(r.info.title);
        QStringList meta;
        if (!r.info.releaseVersion.isEmpty())
            meta << tr("Release %1").arg(r.info.releaseVersion);
        if (!r.info.environment.isEmpty())
            meta << r.info.environment;
        meta << RecordStateText::label(r.state);
        m_ui->recordMetaLabel->setText(meta.join(QStringLiteral("  ·  ")));
        m_ui->progressLabel->setText(progressSummary(r.sectionProgress(), r.progress()));
        const Progress overall = r.progress();
        const bool complete = overall.resolved() == overall.total;
        m_ui->readinessLabel->setText(complete ? tr("✓ All %1 items resolved: %2 done, %3 not applicable")
                                                     .arg(overall.total)
                                                     .arg(overall.done)
                                                     .arg(overall.notApplicable)
                                               : tr("%1 of %2 items resolved: %3 pending, %4 failed")
                                                     .arg(overall.resolved())
                                                     .arg(overall.total)
                                                     .arg(overall.pending())
                                                     .arg(overall.failed));
        // The colours are for light backgrounds; a dark appearance gets lighter shades of them.
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        const QColor readiness = complete ? SigningColours::valid() : QColor(0x8a, 0x5a, 0x00);
        m_ui->readinessLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                                .arg((dark ? readiness.lighter(190) : readiness).name()));
        m_ui->roleValue->setText(roleText(r));
        m_ui->recordValue->setText(tr("#%1").arg(r.id));
        m_ui->templateValue->setText(tr("%1, version %2").arg(r.templateTitle).arg(r.templateVersion));
        const QString digest = ContentDigest::digest(r, ContentDigest::kSigningFormat);
        m_ui->digestValue->setText(digest.left(kShortDigest) + QStringLiteral("…"));
        m_ui->digestValue->setToolTip(tr("SHA-256 of the record's content as it stands now:\n%1\nThe "
                                         "signature is bound to this digest.")
                                          .arg(digest));
        m_ui->digestValue->setAccessibleDescription(digest);
    } else {
        setWindowTitle(tr("Sign as %1").arg(m_role));
        m_ui->recordTitleLabel->setText(tr("Record #%1").arg(m_recordId));
        m_ui->recordMetaLabel->clear();
        m_ui->progressLabel->clear();
        m_ui->readinessLabel->clear();
        m_ui->roleValue->setText(m_role);
        m_ui->recordValue->setText(tr("#%1").arg(m_recordId));
        m_ui->templateValue->clear();
        m_ui->digestValue->clear();
        m_ui->digestValue->setToolTip(QString());
    }

    const bool blocked = !m_blockingReason.isEmpty();
    if (blocked) {
        // A long list (the items still open) shows its first lines until asked for all.
        QStringList lines = m_blockingReason.split(u'\n');
        const qsizetype listed = std::count_if(lines.cbegin(), lines.cend(),
                                               [](const QString& line) { return line.startsWith(u' '); });
        QString more;
        if (!m_showEveryBlocker && listed > kBlockersShownAtFirst) {
            lines = lines.mid(0, lines.size() - listed + kBlockersShownAtFirst);
            more = QStringLiteral("<p style=\"margin:0\"><a href=\"#all\">%1</a></p>")
                       .arg(tr("Show all %n", nullptr, int(listed)).toHtmlEscaped());
        }
        m_ui->blockedBanner->setText(
            QStringLiteral("<b>%1</b>").arg(tr("This role cannot be signed now.").toHtmlEscaped()) +
            EngineMessage::html(lines.join(u'\n')) + more);
        // The banner's height at the width it will have (its sizeHint assumes a narrower one):
        // no empty band around the reason, which scrolls within a third of the screen. What
        // blocks signing comes before the (disabled) pad, which gives way first, but takes at
        // most a quarter of the screen, so that the details below keep their room.
        const QRect screen = availableScreen();
        const QMargins margins = layout()->contentsMargins();
        const int bannerHeight =
            m_ui->blockedBanner->heightForWidth(fittingWidth() - margins.left() - margins.right());
        m_blockedScroll->setMaximumHeight(std::min(bannerHeight, screen.height() / 3));
        m_blockedScroll->setMinimumHeight(std::min(bannerHeight, screen.height() / 4));
    }
    m_blockedScroll->setVisible(blocked);
    // Nothing can be drawn for a role that cannot be signed: the pad makes
    // room for the reason, and comes back once the record allows signing.
    const bool padReturns = !blocked && m_ui->signatureGroup->isHidden();
    m_ui->signatureGroup->setVisible(!blocked);
    if (padReturns && isVisible())
        fitToScreen();
    // Login and password also serve a refusal, which pending items do not stop.
    // Login and password also serve a refusal, which pending items do not stop.
    m_ui->signerGroup->setEnabled(!blocked || m_declineBlockedReason.isEmpty());
    m_ui->meaningCombo->setEnabled(!blocked);
}

void SignatureDialog::updateSigner() {
    const QString login = m_ui->loginEdit->text().trimmed();
    const Result<Signer> signer = login.isEmpty() ? Result<Signer>(Error(QString())) : m_store.signer(login);
    if (!signer) {
        m_ui->printedNameValue->setForegroundRole(QPalette::PlaceholderText);
        m_ui->printedNameValue->setText(QStringLiteral("—"));
        m_ui->printedNameValue->setToolTip(tr("The printed name is the one registered for your login."));
        m_ui->typedView->setPrintedName(QString());
        return;
    }
    m_ui->printedNameValue->setForegroundRole(QPalette::WindowText);
    QString text = signer->printedName;
    if (!signer->active)
        text = tr("%1 (deactivated)").arg(text);
    else if (!signer->roles.contains(m_role, Qt::CaseInsensitive))
        text = tr("%1 (not a %2 signer)").arg(text, m_role);
    m_ui->printedNameValue->setText(text);
    m_ui->printedNameValue->setToolTip(tr("Roles: %1").arg(signer->roles.join(QStringLiteral(", "))));
    m_ui->typedView->setPrintedName(signer->printedName);
}

void SignatureDialog::updateSignButton() {
    const bool drawnOrTyped = m_ui->typedCheck->isChecked() || !m_ui->signaturePad->isEmpty();
    const bool ready = m_record && isSigningAllowed() && !m_ui->loginEdit->text().trimmed().isEmpty() &&
                       !m_ui->passwordEdit->text().isEmpty() &&
                       !m_ui->meaningCombo->currentText().trimmed().isEmpty() && drawnOrTyped && !m_signing;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ready);
    const bool canDecline = m_record && m_declineBlockedReason.isEmpty() &&
                            !m_ui->loginEdit->text().trimmed().isEmpty() &&
                            !m_ui->passwordEdit->text().isEmpty() && !m_signing;
    m_declineButton->setEnabled(canDecline);
    m_declineButton->setStatusTip(m_declineBlockedReason);
}

void SignatureDialog::updateClock() {
    const QString caption = tr("Signed at:");
    const QString time = SigningTime::localText(m_store.now());
    const QString why =
        tr("Set by the application's clock when you click Sign; it cannot be typed or changed.");
    m_ui->signedAtLabel->setText(QStringLiteral("%1 <b>%2</b><br><span style=\"color:%3\">%4</span>")
                                     .arg(caption.toHtmlEscaped(), time.toHtmlEscaped(),
                                          palette().color(QPalette::PlaceholderText).name(),
                                          why.toHtmlEscaped()));
    // What the label shows, as plain text: a screen reader would read the rich text's markup.
    m_ui->signedAtLabel->setAccessibleName(caption + QLatin1Char(' ') + time);
    m_ui->signedAtLabel->setAccessibleDescription(why);
}

void SignatureDialog::showError(const QString& message) {
    SigningStyle::showError(m_ui->errorLabel, message);
}

// What Sign and Decline share: the busy note, the password taken out of its
// field at the last moment and wiped after, and a refusal shown in the dialog.
std::optional<SignatureEntry>
SignatureDialog::callWithPassword(const QString& busyText,
                                  const std::function<Result<SignatureEntry>(SecretBytes password)>& call) {
    m_signing = true;
    updateSignButton();
    // Argon2id takes a moment on purpose (about a second, docs/SECURITY.md),
    // and the engine runs on this thread: say so, and paint it now, before
    // the event loop is blocked.
    m_ui->busyLabel->setText(busyText);
    m_ui->busyLabel->show();
    layout()->activate();
    repaint();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SignatureEntry> result = call(PasswordField::take(m_ui->passwordEdit));
    QGuiApplication::restoreOverrideCursor();
    m_ui->busyLabel->hide();
    m_signing = false;

    if (!result) {
        reload();
        showError(EngineMessage::sentence(result.error()));
        m_ui->passwordEdit->setFocus();
        return std::nullopt;
    }
    return std::move(result).value();
}

void SignatureDialog::trySign() {
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    showError(QString());
    SignOffService::SignRequest request;
    request.recordId = m_recordId;
    request.role = m_role;
    request.login = m_ui->loginEdit->text().trimmed();
    request.meaning = m_ui->meaningCombo->currentText().trimmed();
    request.typed = m_ui->typedCheck->isChecked();
    if (!request.typed)
        request.strokes = m_ui->signaturePad->strokes();
    m_signature = callWithPassword(tr("Checking the password and signing… this takes about a second."),
                                   [this, &request](SecretBytes password) {
                                       request.password = std::move(password);
                                       Result<SignatureEntry> signed_ = m_service.sign(request);
                                       request.password.clear();
                                       return signed_;
                                   });
    if (!m_signature)
        return;
    Q_EMIT signatureAdded(*m_signature);
    accept();
}

void SignatureDialog::tryDecline() {
    if (!m_declineButton->isEnabled() || !m_record)
        return;
    showError(QString());
    DeclineReasonDialog ask(m_role, m_record->info.title, this);
    if (Prompts::exec(ask) != QDialog::Accepted)
        return;
    SignOffService::DeclineRequest request;
    request.recordId = m_recordId;
    request.role = m_role;
    request.login = m_ui->loginEdit->text().trimmed();
    request.reason = ask.reason();
    m_declined = callWithPassword(tr("Checking the password and declining… this takes about a second."),
                                  [this, &request](SecretBytes password) {
                                      request.password = std::move(password);
                                      Result<SignatureEntry> declined = m_service.decline(request);
                                      request.password.clear();
                                      return declined;
                                  });
    if (!m_declined)
        return;
    Q_EMIT declineAdded(*m_declined);
    accept();
}

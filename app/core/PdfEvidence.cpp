#include "core/PdfEvidence.h"

#include "core/ContentDigest.h"

#include <QHash>
#include <QRegularExpression>

#include <map>

PdfEvidence PdfEvidence::collect(const Record& record, const QList<AuditEntry>& trail,
                                 const QList<Signer>& signers) {
    QHash<qint64, QByteArray> keys;
    for (const Signer& signer : signers)
        keys.insert(signer.id, signer.publicKey);
    PdfEvidence evidence;
    evidence.recordId = record.id;
    evidence.head = EvidenceHead::of(trail).value_or(ChainHead{});
    for (const SignatureEntry& sig : record.signatures)
        evidence.signatures.append(
            {SignaturePayload::signedBytes(sig), sig.signature, keys.value(sig.signerId), sig.revoked});
    return evidence;
}

QList<PdfEvidence::Line> PdfEvidence::lines() const {
    const auto base64 = [](const QByteArray& bytes) {
        return QString::fromLatin1(bytes.toBase64());
    };
    QList<Line> lines{{kFormat, {}},
                      {QStringLiteral("record: %1").arg(recordId), {}},
                      {QStringLiteral("chain-head: seq %1 hash %2").arg(head.seq).arg(head.hash), {}}};
    for (int i = 0; i < signatures.size(); ++i) {
        const Signature& sig = signatures.at(i);
        const QString prefix = QStringLiteral("signature %1 ").arg(i + 1);
        if (sig.revoked)
            lines.append({prefix + QStringLiteral("revoked"), {}, i + 1});
        lines.append({prefix + QStringLiteral("payload:"), base64(sig.payload), i + 1});
        lines.append({prefix + QStringLiteral("ed25519:"), base64(sig.ed25519), i + 1});
        lines.append({prefix + QStringLiteral("key:"), base64(sig.publicKey), i + 1});
    }
    lines.append({QStringLiteral("end"), {}});
    return lines;
}

namespace {

// The base64 lines found between one label and the next.
struct Run {
    QString inlineValue; // what stood after the label on its own line
    QStringList pieces;

    // The report wraps a run in lines of one width, the first line after the
    // label setting it, and only the last line is shorter. A page's footer or
    // running header that happens to be all base64 letters ("Smoke") is
    // shorter too, but never the last line before the next label: the report
    // keeps a run's last line on the page of the label after it.
    QString joined() const {
        QString text = inlineValue;
        if (pieces.isEmpty())
            return text;
        const qsizetype width = pieces.constFirst().size();
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QString& piece = pieces.at(i);
            const bool last = i == pieces.size() - 1;
            if (piece.size() == width || (last && piece.size() < width))
                text += piece;
        }
        return text;
    }
};

Result<QByteArray> decode(const QString& run, const QString& what, int expectedSize) {
    const auto decoded =
        QByteArray::fromBase64Encoding(run.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || run.size() % 4 != 0)
        return Error(PdfEvidence::tr("%1 is not base64").arg(what));
    if (expectedSize >= 0 && decoded.decoded.size() != expectedSize)
        return Error(PdfEvidence::tr("%1 is %2 bytes, not %3")
                         .arg(what)
                         .arg(decoded.decoded.size())
                         .arg(expectedSize));
    return decoded.decoded;
}

} // namespace

Result<PdfEvidence> PdfEvidence::read(const QString& text) {
    static const QRegularExpression recordLine(QStringLiteral("^record:\\s*(\\d+)$"));
    static const QRegularExpression headLine(
        QStringLiteral("^chain-head:\\s*seq\\s+(\\d+)\\s+hash\\s+([0-9a-f]{64})$"));
    static const QRegularExpression fieldLine(
        QStringLiteral("^signature\\s+(\\d+)\\s+(payload|ed25519|key):\\s*(\\S*)$"));
    static const QRegularExpression revokedLine(QStringLiteral("^signature\\s+(\\d+)\\s+revoked$"));
    static const QRegularExpression base64Line(QStringLiteral("^[A-Za-z0-9+/=]+$"));

    QStringList lines = QString(text).replace(QLatin1Char('\f'), QLatin1Char('\n')).split(QLatin1Char('\n'));
    qsizetype at = 0;
    while (at < lines.size() && lines.at(at).trimmed() != kFormat)
        ++at;
    if (at == lines.size())
        return Error(tr("there is no evidence block (%1) in it").arg(kFormat));

    PdfEvidence evidence;
    bool sawRecord = false;
    bool sawHead = false;
    bool sawEnd = false;
    std::map<int, std::map<QString, Run>> runs; // signature number → field → run
    std::map<int, bool> revoked;
    Run* open = nullptr;
    for (++at; at < lines.size(); ++at) {
        const QString line = lines.at(at).trimmed();
        QRegularExpressionMatch m;
        if (line == u"end") {
            sawEnd = true;
            break;
        }
        if ((m = recordLine.match(line)).hasMatch()) {
            evidence.recordId = m.captured(1).toLongLong();
            sawRecord = true;
            open = nullptr;
        } else if ((m = headLine.match(line)).hasMatch()) {
            evidence.head = {m.captured(1).toLongLong(), m.captured(2)};
            sawHead = true;
            open = nullptr;
        } else if ((m = fieldLine.match(line)).hasMatch()) {
            const int number = m.captured(1).toInt();
            Run& run = runs[number][m.captured(2)];
            if (!run.inlineValue.isEmpty() || !run.pieces.isEmpty())
                return Error(tr("signature %1's %2 is printed twice").arg(number).arg(m.captured(2)));
            run.inlineValue = m.captured(3);
            open = &run;
        } else if ((m = revokedLine.match(line)).hasMatch()) {
            revoked[m.captured(1).toInt()] = true;
            open = nullptr;
        } else if (open && base64Line.match(line).hasMatch()) {
            open->pieces.append(line);
        }
        // Anything else is the page around the block: a footer, a running header.
    }
    if (!sawEnd)
        return Error(tr("the evidence block has no \"end\" line: it is cut short"));
    if (!sawRecord || !sawHead)
        return Error(tr("the evidence block does not name its record and chain head"));

    int expected = 1;
    for (auto& [number, fields] : runs) {
        if (number != expected)
            return Error(tr("the evidence block has no signature %1").arg(expected));
        ++expected;
        const QString who = tr("signature %1").arg(number);
        for (const QString& name :
             {QStringLiteral("payload"), QStringLiteral("ed25519"), QStringLiteral("key")}) {
            if (fields.find(name) == fields.end())
                return Error(tr("%1 has no %2").arg(who, name));
        }
        const Result<QByteArray> payload =
            decode(fields[QStringLiteral("payload")].joined(), who + u" payload", -1);
        const Result<QByteArray> ed25519 =
            decode(fields[QStringLiteral("ed25519")].joined(), who + u" ed25519", 64);
        const QString keyRun = fields[QStringLiteral("key")].joined();
        const Result<QByteArray> key =
            keyRun.isEmpty() ? Result<QByteArray>(QByteArray()) : decode(keyRun, who + u" key", 32);
        for (const Result<QByteArray>* field : {&payload, &ed25519, &key}) {
            if (!*field)
                return field->failure();
        }
        evidence.signatures.append({payload.value(), ed25519.value(), key.value(), revoked[number]});
    }
    if (!revoked.empty() && revoked.rbegin()->first > int(evidence.signatures.size()))
        return Error(tr("the evidence block marks a signature it does not print as revoked"));
    return evidence;
}

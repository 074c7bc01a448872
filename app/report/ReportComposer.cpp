#include "report/ReportComposer.h"

#include "core/AppIdentity.h"
#include "core/ContentDigest.h"
#include "report/ReportLogging.h"

#include <QElapsedTimer>

#include <cmath>

namespace {

// Solid colours only: PDF/A-1 forbids transparency.
constexpr QRgb kInk = 0xff1a1a1a; // greys write shorter colour operators than tints
constexpr QRgb kMuted = 0xff5c5c5c;
constexpr QRgb kRule = 0xffc9d0d8;
constexpr QRgb kHeavyRule = 0xff8c96a1;
constexpr QRgb kAccent = 0xff1f4f8a;
constexpr QRgb kHeaderFill = 0xffe6ebf1;
constexpr QRgb kGroupFill = 0xfff2f4f7;
constexpr QRgb kTotalFill = 0xfff7f8fa;
constexpr QRgb kDone = 0xff1e7b34;
constexpr QRgb kFailed = 0xffa1231a;
constexpr QRgb kNotApplicable = 0xff5c5c5c;
constexpr QRgb kPending = 0xff8a5a00;
constexpr QRgb kSignatureInk = 0xff14306e;

constexpr float kBody = 9.f;
constexpr float kTable = 8.f;
constexpr float kSmall = 7.f;
constexpr float kPadX = 3.2f;
constexpr float kPadY = 2.8f;
constexpr float kSignatureBoxHeight = 34.f;

QRgb orInk(QRgb color) {
    return color == 0 ? kInk : color;
}

} // namespace

void ReportComposer::Cell::clear() {
    text.clear();
    align = Qt::AlignLeft;
    signature = nullptr;
    signatureLine = false;
    minHeight = 0;
}

ReportComposer::ReportComposer(const Record& record, const QList<AuditEntry>& auditTrail,
                               const ReportOptions& options, ReportFontSet& fonts,
                               std::shared_future<QString> digest)
    : m_record(record)
    , m_audit(auditTrail)
    , m_options(options)
    , m_fonts(fonts)
    , m_text(fonts)
    , m_digestFuture(std::move(digest))
    , m_generatedAt(options.generationTime()) {}

const QString& ReportComposer::digest() const {
    if (m_digest.isEmpty())
        m_digest = m_digestFuture.get();
    return m_digest;
}

ReportComposer::~ReportComposer() = default;

int ReportComposer::unitsFor(const Record& record, const QList<AuditEntry>& auditTrail,
                             const ReportOptions& options) {
    int n = 8; // title block, summary, closing block
    for (const ChecklistSection& section : record.sections)
        n += 1 + int(section.items.size());
    n += int(record.signatures.size());
    if (options.includeAuditTrail)
        n += int(auditTrail.size());
    return n;
}

bool ReportComposer::step(int units) {
    ++m_pageUnits;
    return m_meter->advance(units);
}

// ---- Pages and flow

bool ReportComposer::compose(const Geometry& geometry, ReportProgressMeter& meter, QList<ReportPage>& pages) {
    m_geometry = geometry;
    m_pages = &pages;
    m_meter = &meter;
    m_left = float(geometry.margins.left());
    m_right = float(geometry.paper.width() - geometry.margins.right());
    m_top = float(geometry.margins.top());
    m_bottom = float(geometry.paper.height() - geometry.margins.bottom());
    pages.clear();
    QElapsedTimer timer;
    timer.start();
    newPage();

    composeTitleBlock();
    if (!step())
        return false;
    composeSummary();
    if (!step())
        return false;
    for (const ChecklistSection& section : m_record.sections) {
        composeSection(section);
        if (m_meter->cancelled())
            return false;
    }
    const qint64 sectionsDone = timer.elapsed();
    if (m_options.includeAuditTrail)
        composeAuditTrail();
    if (m_meter->cancelled())
        return false;
    composeIntegrity();
    pages.last().units = m_pageUnits;
    // The overlays are laid out while the PDF writer already reads the fonts:
    // meet every glyph they can use now.
    m_text.width(QStringLiteral("0123456789abcdef…"), ReportFontSet::Mono, kSmall);
    m_text.width(tr("Record %1 · Content SHA-256 ").arg(m_record.id) +
                     tr("Page %1 of %2").arg(1234567890).arg(0) + u'…',
                 ReportFontSet::Regular, kSmall);
    m_text.width(tr("Sign-off: %1 of %2 roles signed").arg(1234567890).arg(0) +
                     tr("; every signature is valid for the content below.") +
                     tr("; signatures invalidated by a later change: %1.").arg(0) + u'.',
                 ReportFontSet::Regular, kBody);
    qCDebug(lcPdf) << "layout: sections" << sectionsDone << "ms, audit trail"
                   << timer.elapsed() - sectionsDone << "ms";
    // What is left of the estimate: the layout pass is done.
    const int target = units();
    if (meter.done() < target)
        meter.advance(target - meter.done());
    return !meter.cancelled();
}

void ReportComposer::newPage() {
    if (!m_pages->isEmpty())
        m_pages->last().units = m_pageUnits;
    m_pageUnits = 0;
    ReportPage page;
    page.size = m_geometry.paper;
    m_pages->append(page);
    m_y = m_top;
    if (m_pages->size() > 1)
        addRunningHeader();
    if (m_inTable)
        drawTableHeader();
}

void ReportComposer::ensureSpace(float height) {
    if (m_y + height > m_bottom && m_y > m_top + 1)
        newPage();
}

namespace {

// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
void civilFromDays(qint64 days, int& year, int& month, int& day) {
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void twoDigits(char* out, int v) {
    out[0] = char('0' + v / 10);
    out[1] = char('0' + v % 10);
}

} // namespace

void ReportComposer::place(const ReportTextBlock& block, int line, float x, float baseline) {
    block.place(line, m_pages->last().body, QPointF(x, baseline));
}

void ReportComposer::rule(float x1, float y, float x2, float width, QRgb color) {
    m_pages->last().body.strokes.append({{QPointF(x1, y), QPointF(x2, y)}, width, color});
}

void ReportComposer::fill(const QRectF& rect, QRgb color) {
    m_pages->last().body.fills.append({rect, color});
}

float ReportComposer::paragraph(const QList<ReportSpan>& spans, float size, QRgb color, float indent,
                                float firstIndent) {
    const float width = m_right - m_left - indent;
    const ReportTextBlock lines = m_text.lines(spans, size, width - firstIndent, color);
    const float lh = ReportTextLayout::lineHeight(size);
    float used = 0;
    for (int i = 0; i < lines.lineCount(); ++i) {
        ensureSpace(lh);
        place(lines, i, m_left + indent + (i == 0 ? firstIndent : 0), m_y + m_text.baseline(size));
        m_y += lh;
        used += lh;
    }
    return used;
}

void ReportComposer::heading(const QString& text, float size, float spaceBefore) {
    const ReportTextBlock lines = m_text.lines(text, ReportFontSet::Bold, size, m_right - m_left, kAccent);
    const float lh = ReportTextLayout::lineHeight(size);
    // Keep the heading with at least a few lines of what follows.
    ensureSpace(spaceBefore + lh * float(lines.lineCount()) + 60);
    if (m_y > m_top + 1)
        m_y += spaceBefore;
    for (int i = 0; i < lines.lineCount(); ++i) {
        place(lines, i, m_left, m_y + m_text.baseline(size));
        m_y += lh;
    }
    rule(m_left, m_y + 1.5f, m_right, 0.6f, kHeavyRule);
    m_y += 6;
}

void ReportComposer::addRunningHeader() {
    const float y = m_top - 14;
    QStringList parts;
    for (const QString& part :
         {m_record.info.title, m_record.info.releaseVersion, m_record.info.environment}) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    const QString left = parts.join(QStringLiteral(" · "));
    const QString right = tr("Record %1 · %2").arg(m_record.id).arg(RecordStateText::label(m_record.state));
    const float rightWidth = m_text.width(right, ReportFontSet::Regular, kSmall);
    const ReportTextBlock leftLines =
        m_text.lines(left, ReportFontSet::Regular, kSmall, m_right - m_left - rightWidth - 12, kMuted);
    place(leftLines, 0, m_left, y);
    place(m_text.lines(right, ReportFontSet::Regular, kSmall, 1e6f, kMuted), 0, m_right - rightWidth, y);
    rule(m_left, y + 4, m_right, 0.4f, kRule);
}

void ReportComposer::finish(QList<ReportPage>& pages) {
    QElapsedTimer timer;
    timer.start();
    digest();
    const qint64 waited = timer.elapsed();
    if (m_signOffSentence.page >= 0 && m_signOffSentence.page < pages.size()) {
        int invalidated = 0;
        for (const SignatureEntry& s : m_record.signatures) {
            if (!s.revoked && stateOf(s) == SignatureState::Invalidated)
                ++invalidated;
        }
        QString sentence = tr("Sign-off: %1 of %2 roles signed")
                               .arg(m_signOffSentence.signedRoles)
                               .arg(m_signOffSentence.roles);
        if (m_signOffSentence.signedRoles > 0 && invalidated == 0)
            sentence += tr("; every signature is valid for the content below.");
        else if (m_signOffSentence.signedRoles > 0)
            sentence += tr("; signatures invalidated by a later change: %1.").arg(invalidated);
        else
            sentence += u'.';
        const ReportTextBlock line =
            m_text.lines(sentence, ReportFontSet::Regular, kBody, 1e6f, invalidated ? kFailed : kInk);
        line.place(0, pages[m_signOffSentence.page].overlay,
                   QPointF(m_left, m_signOffSentence.y + m_text.baseline(kBody)));
    }
    addFooters(pages);
    qCDebug(lcPdf) << "overlays: waited" << waited << "ms for the digest, then" << timer.elapsed() - waited
                   << "ms";
}

void ReportComposer::addFooters(QList<ReportPage>& pages) {
    const int count = int(pages.size());
    const QString shortDigest = digest().left(16) + u'…';
    for (int i = 0; i < count; ++i) {
        ReportLayer& page = pages[i].overlay;
        const float y = float(pages[i].size.height()) - float(m_geometry.margins.bottom()) + 24;
        page.strokes.append({{QPointF(m_left, y - 10), QPointF(m_right, y - 10)}, 0.4f, kRule});
        const QString pageText = tr("Page %1 of %2").arg(i + 1).arg(count);
        const float pageWidth = m_text.width(pageText, ReportFontSet::Regular, kSmall);
        const bool last = i == count - 1;
        QList<ReportSpan> left{{tr("Record %1 · Content SHA-256 ").arg(m_record.id), ReportFontSet::Regular},
                               {last ? digest() : shortDigest, ReportFontSet::Mono}};
        const ReportTextBlock leftLines =
            m_text.lines(left, kSmall, m_right - m_left - pageWidth - 10, kMuted);
        const ReportTextBlock pageLines =
            m_text.lines(pageText, ReportFontSet::Regular, kSmall, 1e6f, kMuted);
        leftLines.place(0, page, QPointF(m_left, y));
        pageLines.place(0, page, QPointF(m_right - pageWidth, y));
    }
}

// ---- Tables

ReportComposer::Cell ReportComposer::textCell(int column, const QString& text, float size, QRgb color,
                                              ReportFontSet::Role role) {
    return spanCell(column, {{text, role}}, size, color);
}

ReportComposer::Cell ReportComposer::spanCell(int column, const QList<ReportSpan>& spans, float size,
                                              QRgb color) {
    Cell cell;
    m_text.layout(spans, size, m_columns.at(column).width - 2 * kPadX, orInk(color), cell.text);
    return cell;
}

ReportComposer::Row& ReportComposer::scratchRow(int cells) {
    if (int(m_scratch.size()) < cells)
        m_scratch.resize(size_t(cells));
    while (int(m_scratch.size()) > cells)
        m_scratch.pop_back();
    for (Cell& cell : m_scratch)
        cell.clear();
    return m_scratch;
}

const ReportTextBlock& ReportComposer::repeated(const QString& text, ReportFontSet::Role role, float size,
                                                float width, QRgb color) {
    LineKey key{text, int(role), size, width, color};
    auto it = m_repeated.find(key);
    if (it != m_repeated.end())
        return *it;
    if (m_repeated.size() > 4096)
        m_repeated.clear();
    return *m_repeated.insert(key, m_text.lines(text, role, size, width, color));
}

void ReportComposer::beginTable(const QList<Column>& columns) {
    m_columns = columns;
    m_columnX.clear();
    float x = m_left;
    for (const Column& c : columns) {
        m_columnX.append(x);
        x += c.width;
    }
    // The header and at least two rows together, or a new page.
    ensureSpace(60);
    m_inTable = true;
    drawTableHeader();
}

void ReportComposer::endTable() {
    m_inTable = false;
    m_columns.clear();
    m_columnX.clear();
    m_y += 8;
}

void ReportComposer::drawTableHeader() {
    QList<ReportTextBlock> titles;
    int maxLines = 1;
    for (const Column& c : std::as_const(m_columns)) {
        titles.append(m_text.lines(c.title, ReportFontSet::Bold, kSmall, c.width - 2 * kPadX, kInk));
        maxLines = qMax(maxLines, titles.last().lineCount());
    }
    const float lh = ReportTextLayout::lineHeight(kSmall);
    const float height = float(maxLines) * lh + 2 * kPadY;
    fill(QRectF(m_left, m_y, m_right - m_left, height), kHeaderFill);
    for (int c = 0; c < m_columns.size(); ++c) {
        const ReportTextBlock& lines = titles.at(c);
        for (int l = 0; l < lines.lineCount(); ++l) {
            float x = m_columnX.at(c) + kPadX;
            if (m_columns.at(c).align & Qt::AlignRight)
                x = m_columnX.at(c) + m_columns.at(c).width - kPadX - lines.width(l);
            place(lines, l, x, m_y + kPadY + float(l) * lh + m_text.baseline(kSmall));
        }
    }
    m_y += height;
    rule(m_left, m_y, m_right, 0.7f, kHeavyRule);
}

float ReportComposer::rowHeight(const Row& cells) const {
    float content = 0;
    for (const Cell& cell : cells)
        content = qMax(content, qMax(cell.text.height(), cell.minHeight));
    return content + 2 * kPadY;
}

void ReportComposer::drawCells(const Row& cells, float top, float height) {
    for (int c = 0; c < int(cells.size()) && c < m_columns.size(); ++c) {
        const Cell& cell = cells.at(size_t(c));
        const float x0 = m_columnX.at(c) + kPadX;
        const float w = m_columns.at(c).width - 2 * kPadX;
        float y = top + kPadY;
        const bool right = (cell.align | m_columns.at(c).align) & Qt::AlignRight;
        for (int l = 0; l < cell.text.lineCount(); ++l) {
            const float size = cell.text.lines[size_t(l)].size;
            place(cell.text, l, right ? x0 + w - cell.text.width(l) : x0, y + m_text.baseline(size));
            y += ReportTextLayout::lineHeight(size);
        }
        if (cell.signatureLine)
            drawSignature(cell.signature, QRectF(x0, top + kPadY, w, height - 2 * kPadY));
    }
}

void ReportComposer::addRow(const Row& cells, RowStyle style) {
    const float height = rowHeight(cells);
    if (m_y + height > m_bottom) {
        const float fresh = m_bottom - m_top - 40; // a new page's room below its table header
        if (height <= fresh) {
            newPage();
        } else {
            splitRow(cells);
            return;
        }
    }
    if (style == RowStyle::Total)
        fill(QRectF(m_left, m_y, m_right - m_left, height), kTotalFill);
    drawCells(cells, m_y, height);
    m_y += height;
    rule(m_left, m_y, m_right, style == RowStyle::Total ? 0.7f : 0.35f,
         style == RowStyle::Total ? kHeavyRule : kRule);
}

void ReportComposer::splitRow(const Row& cells) {
    // Only for a row taller than a page: its cells continue on the next page, line by line.
    std::vector<int> next(cells.size(), 0);
    bool first = true;
    for (;;) {
        const float top = m_y;
        float used = 0;
        for (size_t c = 0; c < cells.size() && int(c) < m_columns.size(); ++c) {
            const Cell& cell = cells[c];
            const float x0 = m_columnX.at(int(c)) + kPadX;
            float h = 0;
            while (next[c] < cell.text.lineCount()) {
                const float size = cell.text.lines[size_t(next[c])].size;
                const float lh = ReportTextLayout::lineHeight(size);
                if (top + 2 * kPadY + h + lh > m_bottom && h > 0)
                    break;
                place(cell.text, next[c], x0, top + kPadY + h + m_text.baseline(size));
                h += lh;
                ++next[c];
            }
            if (first && cell.signatureLine) {
                drawSignature(cell.signature, QRectF(x0, top + kPadY, m_columns.at(int(c)).width - 2 * kPadX,
                                                     cell.minHeight));
                h = qMax(h, cell.minHeight);
            }
            used = qMax(used, h);
        }
        m_y = top + used + 2 * kPadY;
        first = false;
        bool more = false;
        for (size_t c = 0; c < cells.size(); ++c)
            more = more || next[c] < cells[c].text.lineCount();
        if (!more) {
            rule(m_left, m_y, m_right, 0.35f, kRule);
            return;
        }
        newPage();
    }
}

void ReportComposer::addGroupRow(const QString& text) {
    const ReportTextBlock lines = m_text.lines(ReportMarkup::spans(text, ReportFontSet::Bold), kTable,
                                               m_right - m_left - 2 * kPadX, kInk);
    const float lh = ReportTextLayout::lineHeight(kTable);
    const float height = float(lines.lineCount()) * lh + 2 * kPadY;
    // A group header keeps with its first item.
    if (m_y + height + 2 * lh + 2 * kPadY > m_bottom)
        newPage();
    fill(QRectF(m_left, m_y, m_right - m_left, height), kGroupFill);
    float y = m_y + kPadY;
    for (int i = 0; i < lines.lineCount(); ++i) {
        place(lines, i, m_left + kPadX, y + m_text.baseline(kTable));
        y += lh;
    }
    m_y += height;
    rule(m_left, m_y, m_right, 0.35f, kRule);
}

void ReportComposer::drawSignature(const SignatureEntry* entry, const QRectF& cell) {
    const QRectF box(cell.left(), cell.top(), cell.width(), kSignatureBoxHeight);
    ReportLayer& page = m_pages->last().body;
    if (!entry) {
        // nothing signed: the line alone
    } else if (const SignatureEntry& signature = *entry; signature.typed || signature.strokes.isEmpty()) {
        float size = 15.f;
        float width = m_text.width(signature.printedName, ReportFontSet::Script, size);
        if (width > box.width())
            size = qMax(6.f, size * float(box.width()) / width);
        const ReportTextBlock lines =
            m_text.lines(signature.printedName, ReportFontSet::Script, size, 1e6f, kSignatureInk);
        place(lines, 0, float(box.left()), float(box.top() + box.height() * 0.68));
    } else {
        // Pad coordinates: 0..1000 across, 0..300 down; scaled to the box, aspect kept.
        const double scale = qMin(box.width() / 1000.0, box.height() / 300.0);
        const double dx = box.left() + (box.width() - 1000.0 * scale) / 2;
        const double dy = box.top() + (box.height() - 300.0 * scale) / 2;
        for (const SignatureStroke& stroke : entry->strokes) {
            ReportStroke s;
            s.width = 0.9f;
            s.color = kSignatureInk;
            for (const QPointF& p : stroke)
                s.points.append(QPointF(dx + p.x() * scale, dy + p.y() * scale));
            if (s.points.size() == 1)
                s.points.append(s.points.first()); // a dot
            if (!s.points.isEmpty())
                page.strokes.append(s);
        }
    }
    page.strokes.append(
        {{QPointF(box.left(), box.bottom() + 1), QPointF(box.right(), box.bottom() + 1)}, 0.35f, kHeavyRule});
}

// ---- Text helpers

int ReportComposer::offsetAt(const QDateTime& utc) const {
    // Offsets change on quarter hours at most, in every zone.
    const qint64 quarter = utc.toSecsSinceEpoch() / 900;
    auto it = m_offsets.constFind(quarter);
    if (it != m_offsets.constEnd())
        return *it;
    const int offset = m_options.timeZone.offsetFromUtc(utc);
    m_offsets.insert(quarter, offset);
    return offset;
}

QString ReportComposer::offsetText(const QDateTime& utc) const {
    const int offset = offsetAt(utc);
    const int minutes = qAbs(offset) / 60;
    char text[6] = {offset < 0 ? '-' : '+', 0, 0, ':', 0, 0};
    twoDigits(text + 1, minutes / 60);
    twoDigits(text + 4, minutes % 60);
    return QString::fromLatin1(text, 6);
}

QString ReportComposer::time(const QDateTime& utc, bool seconds, bool withOffset) const {
    if (!utc.isValid())
        return {};
    const qint64 local = utc.toSecsSinceEpoch() + offsetAt(utc);
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const int secondOfDay = int(local - days * 86400);
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    // yyyy-MM-dd HH:mm[:ss]
    char text[19];
    twoDigits(text, (year / 100) % 100);
    twoDigits(text + 2, year % 100);
    text[4] = '-';
    twoDigits(text + 5, month);
    text[7] = '-';
    twoDigits(text + 8, day);
    text[10] = ' ';
    twoDigits(text + 11, secondOfDay / 3600);
    text[13] = ':';
    twoDigits(text + 14, secondOfDay / 60 % 60);
    text[16] = ':';
    twoDigits(text + 17, secondOfDay % 60);
    QString result = QString::fromLatin1(text, seconds ? 19 : 16);
    if (withOffset)
        result += u' ' + offsetText(utc);
    return result;
}

QString ReportComposer::commonOffset(const QList<QDateTime>& times) const {
    QString common;
    int offset = 0;
    bool any = false;
    for (const QDateTime& t : times) {
        if (!t.isValid())
            continue;
        const int o = offsetAt(t);
        if (any && o != offset)
            return {};
        offset = o;
        if (!any)
            common = offsetText(t);
        any = true;
    }
    return any ? common : offsetText(m_generatedAt);
}

QString ReportComposer::statusWord(ItemStatus status) const {
    switch (status) {
    case ItemStatus::Done:
        return u"☑ " + ItemStatusText::label(status);
    case ItemStatus::Pending:
        return u"☐ " + ItemStatusText::label(status);
    case ItemStatus::Failed:
        return u"✗ " + ItemStatusText::label(status);
    case ItemStatus::NotApplicable:
        return ItemStatusText::label(status);
    }
    return {};
}

QRgb ReportComposer::statusColor(ItemStatus status) const {
    switch (status) {
    case ItemStatus::Done:
        return kDone;
    case ItemStatus::Pending:
        return kPending;
    case ItemStatus::Failed:
        return kFailed;
    case ItemStatus::NotApplicable:
        return kNotApplicable;
    }
    return kInk;
}

SignatureState ReportComposer::stateOf(const SignatureEntry& signature) const {
    // Against the digest computed once: a record with thousands of items is
    // not hashed again per signature.
    return signature.stateAgainst(digest());
}

QString ReportComposer::auditWhat(const AuditEntry& entry) const {
    QString what;
    if (entry.action == u"created")
        what = tr("Record created");
    else if (entry.action == u"status")
        what = tr("Status");
    else if (entry.action == u"notes")
        what = tr("Note");
    else if (entry.action == u"signed")
        what = tr("Signed");
    else if (entry.action == u"reopened")
        what = tr("Reopened");
    else {
        what = entry.action;
        what.replace(u'_', u' ');
        if (!what.isEmpty())
            what[0] = what.at(0).toUpper();
    }
    if (!entry.field.isEmpty() && entry.field != entry.action)
        what += QStringLiteral(" · ") + entry.field;
    if (!entry.itemText.isEmpty())
        what += QStringLiteral(" · ") + ReportMarkup::plainText(entry.itemText);
    return what;
}

QString ReportComposer::auditChange(const AuditEntry& entry) const {
    auto value = [&](const QString& v) {
        if (entry.field == u"status") {
            if (const std::optional<ItemStatus> s = ItemStatusText::fromKey(v))
                return ItemStatusText::label(*s);
        }
        return v;
    };
    const QString oldValue = value(entry.oldValue);
    const QString newValue = value(entry.newValue);
    if (oldValue.isEmpty() && newValue.isEmpty())
        return {};
    if (oldValue.isEmpty())
        return entry.action == u"notes" ? tr("(none) → %1").arg(newValue) : newValue;
    return tr("%1 → %2").arg(oldValue, newValue.isEmpty() ? tr("(none)") : newValue);
}

// ---- Content

void ReportComposer::composeTitleBlock() {
    const float width = m_right - m_left;
    paragraph({{tr("RELEASE SIGN-OFF RECORD"), ReportFontSet::Bold}}, kSmall, kMuted);
    m_y += 2;
    paragraph(
        {{m_record.info.title.isEmpty() ? m_record.templateTitle : m_record.info.title, ReportFontSet::Bold}},
        18, kInk);
    paragraph({{tr("%1, template version %2").arg(m_record.templateTitle).arg(m_record.templateVersion),
                ReportFontSet::Regular}},
              10, kMuted);
    m_y += 4;
    rule(m_left, m_y, m_right, 1.4f, kAccent);
    m_y += 8;

    const QString state = RecordStateText::label(m_record.state);
    const QRgb stateColor = m_record.state == RecordState::Sealed   ? kDone
                            : m_record.state == RecordState::Signed ? kAccent
                                                                    : kPending;
    struct Field {
        QString label;
        QString value;
        QRgb color;
    };
    const QString created =
        m_record.createdBy.isEmpty()
            ? time(m_record.createdAt, false, true)
            : tr("%1 by %2").arg(time(m_record.createdAt, false, true), m_record.createdBy);
    const QList<Field> fields{
        {tr("Release version"), m_record.info.releaseVersion, kInk},
        {tr("Environment"), m_record.info.environment, kInk},
        {tr("Template"), tr("%1 (version %2)").arg(m_record.templateTitle).arg(m_record.templateVersion),
         kInk},
        {tr("Record ID"), QString::number(m_record.id), kInk},
        {tr("State"), state, stateColor},
        {tr("Created"), created, kInk},
        {tr("Generated at"), time(m_generatedAt, true, true), kInk},
        {tr("Generated by"), m_options.generatedBy.isEmpty() ? tr("(not given)") : m_options.generatedBy,
         kInk},
    };
    const float columnWidth = width / 2;
    const float labelWidth = 78;
    for (int i = 0; i < fields.size(); i += 2) {
        float rowHeight = 0;
        const float top = m_y;
        for (int c = 0; c < 2 && i + c < fields.size(); ++c) {
            const Field& f = fields.at(i + c);
            const float x = m_left + float(c) * columnWidth;
            const ReportTextBlock label =
                m_text.lines(f.label, ReportFontSet::Regular, 8, labelWidth - 4, kMuted);
            const ReportFontSet::Role role = f.color == kInk ? ReportFontSet::Regular : ReportFontSet::Bold;
            const ReportTextBlock value = m_text.lines(f.value.isEmpty() ? QStringLiteral("—") : f.value,
                                                       role, 9.5f, columnWidth - labelWidth - 8, f.color);
            place(label, 0, x, top + m_text.baseline(9.5f));
            float y = top;
            for (int l = 0; l < value.lineCount(); ++l) {
                place(value, l, x + labelWidth, y + m_text.baseline(9.5f));
                y += ReportTextLayout::lineHeight(9.5f);
            }
            rowHeight = qMax(rowHeight, y - top);
        }
        m_y = top + rowHeight + 3;
    }
    m_y += 4;
    if (!m_record.description.trimmed().isEmpty()) {
        for (const QString& para : m_record.description.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            paragraph(ReportMarkup::spans(para.simplified()), kBody, kInk);
            m_y += 4;
        }
    }
}

void ReportComposer::composeSummary() {
    heading(tr("Summary"), 12.5f, 10);
    const QList<SectionProgress> sections = m_record.sectionProgress();
    const Progress overall = m_record.progress();

    const float width = m_right - m_left;
    const float number = 50;
    beginTable({{tr("Section"), width - 6 * number},
                {tr("Items"), number, Qt::AlignRight},
                {tr("Done"), number, Qt::AlignRight},
                {tr("N/A"), number, Qt::AlignRight},
                {tr("Failed"), number, Qt::AlignRight},
                {tr("Pending"), number, Qt::AlignRight},
                {tr("Resolved"), number, Qt::AlignRight}});
    auto progressRow = [&](const QString& title, const Progress& p, bool total) {
        const ReportFontSet::Role role = total ? ReportFontSet::Bold : ReportFontSet::Regular;
        const int percent = p.total == 0 ? 100 : int(std::floor(100.0 * p.resolved() / p.total));
        addRow({textCell(0, title, kTable, kInk, role),
                textCell(1, QString::number(p.total), kTable, kInk, role),
                textCell(2, QString::number(p.done), kTable, p.done ? kDone : kInk, role),
                textCell(3, QString::number(p.notApplicable), kTable, kInk, role),
                textCell(4, QString::number(p.failed), kTable, p.failed ? kFailed : kInk, role),
                textCell(5, QString::number(p.pending()), kTable, p.pending() ? kPending : kInk, role),
                textCell(6, QStringLiteral("%1 %").arg(percent), kTable, kInk, role)},
               total ? RowStyle::Total : RowStyle::Normal);
    };
    for (const SectionProgress& s : sections)
        progressRow(s.title, s.progress, false);
    progressRow(tr("Overall"), overall, true);
    endTable();

    // Sign-off in one sentence, written once the digest says whether the signatures still hold.
    if (const ChecklistSection* signOff = m_record.signOffSection()) {
        int signedRoles = 0;
        for (const ChecklistItem& row : signOff->items)
            signedRoles += m_record.activeSignature(row.text) != nullptr;
        ensureSpace(ReportTextLayout::lineHeight(kBody));
        m_signOffSentence = {int(m_pages->size()) - 1, m_y, signedRoles, int(signOff->items.size())};
        m_y += ReportTextLayout::lineHeight(kBody) + 6;
    }

    // Every Failed and N/A item with its note.
    heading(tr("Failed and N/A items"), 10.5f, 6);
    QList<QPair<const ChecklistSection*, const ChecklistItem*>> flagged;
    for (const ChecklistSection& section : m_record.sections) {
        if (section.kind != SectionKind::Checklist)
            continue;
        for (const ChecklistItem& item : section.items) {
            if (!item.isGroupHeader &&
                (item.status == ItemStatus::Failed || item.status == ItemStatus::NotApplicable))
                flagged.append({&section, &item});
        }
    }
    if (flagged.isEmpty()) {
        paragraph({{tr("None: no item is marked Failed or N/A."), ReportFontSet::Regular}}, kBody, kMuted);
        return;
    }
    const float sectionWidth = 110;
    const float statusWidth = 56;
    const float rest = width - sectionWidth - statusWidth;
    beginTable({{tr("Section"), sectionWidth},
                {tr("Item"), rest * 0.48f},
                {tr("Status"), statusWidth},
                {tr("Note"), rest * 0.52f}});
    for (const auto& [section, item] : std::as_const(flagged)) {
        const Row cells{textCell(0, section->title, kTable, kMuted),
                        spanCell(1, ReportMarkup::spans(item->text), kTable, kInk),
                        textCell(2, statusWord(item->status), kTable, statusColor(item->status)),
                        textCell(3, item->notes, kTable, kInk)};
        addRow(cells);
    }
    endTable();
}

void ReportComposer::composeSection(const ChecklistSection& section) {
    heading(section.title, 12.5f, 12);
    for (const QString& para : section.description.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        paragraph(ReportMarkup::spans(para.simplified()), kBody, kInk);
        m_y += 4;
    }
    step();
    switch (section.kind) {
    case SectionKind::Checklist:
        composeChecklist(section);
        break;
    case SectionKind::Procedure:
        composeProcedure(section);
        break;
    case SectionKind::SignOff:
        composeSignOff(section);
        break;
    case SectionKind::Text:
        break;
    }
}

void ReportComposer::composeChecklist(const ChecklistSection& section) {
    const float width = m_right - m_left;
    const QList<int> extras = section.extraColumns();
    QList<QDateTime> times;
    times.reserve(section.items.size());
    for (const ChecklistItem& item : section.items)
        times.append(item.updatedAt);
    const QString offset = commonOffset(times);

    auto header = [&](int column, const QString& fallback) {
        return column >= 0 && column < section.columns.size() &&
                       !section.columns.at(column).trimmed().isEmpty()
                   ? ReportMarkup::plainText(section.columns.at(column))
                   : fallback;
    };
    const float statusWidth = 56;
    const float byWidth = 64;
    const float atWidth = m_text.width(offset.isEmpty() ? QStringLiteral("0000-00-00 00:00 +00:00")
                                                        : QStringLiteral("0000-00-00 00:00"),
                                       ReportFontSet::Regular, kSmall + 0.5f) +
                          2 * kPadX + 1;
    const float flexible = width - statusWidth - byWidth - atWidth;
    const float weightItem = 3.f;
    const float weightNotes = 2.4f;
    const float weightExtra = 1.4f;
    const float unit = flexible / (weightItem + weightNotes + weightExtra * float(extras.size()));

    QList<Column> columns{{header(0, tr("Item")), unit * weightItem},
                          {header(section.statusColumn, tr("Status")), statusWidth},
                          {header(section.notesColumn, tr("Notes")), unit * weightNotes}};
    for (int c : extras)
        columns.append({header(c, QString()), unit * weightExtra});
    columns.append({tr("Checked by"), byWidth});
    columns.append({offset.isEmpty() ? tr("Checked at") : tr("Checked at (UTC%1)").arg(offset), atWidth});
    beginTable(columns);

    QList<float> widths;
    for (const Column& c : std::as_const(m_columns))
        widths.append(c.width - 2 * kPadX);
    const int byColumn = 3 + int(extras.size());
    const float metaSize = kSmall + 0.5f;

    for (const ChecklistItem& item : section.items) {
        if (item.isGroupHeader) {
            addGroupRow(item.text);
        } else {
            Row& cells = scratchRow(int(columns.size()));
            m_text.layout(ReportMarkup::spans(item.text), kTable, widths.at(0), kInk, cells[0].text);
            cells[1].text.append(repeated(statusWord(item.status), ReportFontSet::Regular, kTable,
                                          widths.at(1), statusColor(item.status)));
            if (!item.notes.isEmpty())
                m_text.layout(item.notes, ReportFontSet::Regular, kTable, widths.at(2), kInk, cells[2].text);
            for (int e = 0; e < extras.size(); ++e) {
                const QString value = e < item.extra.size() ? item.extra.at(e) : QString();
                if (!value.isEmpty())
                    m_text.layout(ReportMarkup::spans(value), kTable, widths.at(3 + e), kInk,
                                  cells[size_t(3 + e)].text);
            }
            if (item.updatedAt.isValid()) {
                cells[size_t(byColumn)].text.append(
                    repeated(item.updatedBy, ReportFontSet::Regular, metaSize, widths.at(byColumn), kInk));
                m_text.layout(time(item.updatedAt, false, offset.isEmpty()), ReportFontSet::Regular, metaSize,
                              widths.at(byColumn + 1), kInk, cells[size_t(byColumn + 1)].text);
            }
            addRow(cells);
        }
        if (!step())
            return;
    }
    endTable();
}

void ReportComposer::composeProcedure(const ChecklistSection& section) {
    int number = 0;
    for (const ChecklistItem& item : section.items) {
        if (item.isGroupHeader) {
            m_y += 3;
            paragraph(ReportMarkup::spans(item.text, ReportFontSet::Bold), kBody, kInk);
        } else {
            ++number;
            const QString label = QStringLiteral("%1.").arg(number);
            const float indent = 20;
            const ReportTextBlock lines =
                m_text.lines(ReportMarkup::spans(item.text), kBody, m_right - m_left - indent, kInk);
            const float lh = ReportTextLayout::lineHeight(kBody);
            ensureSpace(lh * float(qMin(lines.lineCount(), 2)));
            const ReportTextBlock number = m_text.lines(label, ReportFontSet::Regular, kBody, 1e6f, kInk);
            place(number, 0, m_left + indent - 5 - number.width(0), m_y + m_text.baseline(kBody));
            for (int l = 0; l < lines.lineCount(); ++l) {
                ensureSpace(lh);
                place(lines, l, m_left + indent, m_y + m_text.baseline(kBody));
                m_y += lh;
            }
            m_y += 2;
        }
        if (!step())
            return;
    }
    m_y += 6;
}

void ReportComposer::composeSignOff(const ChecklistSection& section) {
    const float width = m_right - m_left;
    QList<QDateTime> times;
    for (const SignatureEntry& s : m_record.signatures)
        times.append(s.signedAt);
    const float roleW = 78;
    const float nameW = 84;
    const float signatureW = 106;
    const float meaningW = 58;
    // Date and time on one line, the UTC offset below.
    const float atW =
        m_text.width(QStringLiteral("0000-00-00 00:00:00"), ReportFontSet::Regular, kTable) + 2 * kPadX + 1;
    const float stateW = width - roleW - nameW - signatureW - meaningW - atW;
    beginTable({{tr("Role"), roleW},
                {tr("Printed name"), nameW},
                {tr("Signature"), signatureW},
                {tr("Meaning"), meaningW},
                {tr("Date and time"), atW},
                {tr("State"), stateW}});

    auto wrap = [&](int column, const QString& text, float size, QRgb color,
                    ReportFontSet::Role role = ReportFontSet::Regular) {
        return m_text.lines(text, role, size, m_columns.at(column).width - 2 * kPadX, color);
    };
    auto signatureRow = [&](const ChecklistItem& roleRow, const SignatureEntry* signature) {
        Row cells(6);
        cells[0].text = m_text.lines(ReportMarkup::spans(roleRow.text, ReportFontSet::Bold), kTable,
                                     m_columns.at(0).width - 2 * kPadX, kInk);
        cells[2].minHeight = kSignatureBoxHeight + 2;
        if (!signature) {
            cells[1].text.append(wrap(1, QStringLiteral("—"), kTable, kMuted));
            cells[5].text.append(wrap(5, tr("Not signed"), kTable, kMuted));
            cells[2].signatureLine = true; // the empty line where a signature goes
            addRow(cells);
            return;
        }
        cells[1].text.append(wrap(1, signature->printedName, kTable, kInk));
        cells[1].text.append(wrap(1, tr("login: %1").arg(signature->login), kSmall, kMuted));
        cells[2].signature = signature;
        cells[2].signatureLine = true;
        cells[3].text.append(wrap(3, signature->meaning, kTable, kInk));
        cells[4].text.append(wrap(4, time(signature->signedAt, true, false), kTable, kInk));
        cells[4].text.append(wrap(4, tr("UTC%1").arg(offsetText(signature->signedAt)), kSmall, kMuted));
        const SignatureState state = stateOf(*signature);
        const QRgb color = state == SignatureState::Valid         ? kDone
                           : state == SignatureState::Invalidated ? kFailed
                                                                  : kMuted;
        cells[5].text.append(wrap(5, SignatureStateText::label(state), kTable, color, ReportFontSet::Bold));
        if (signature->typed)
            cells[5].text.append(wrap(5, tr("Typed signature"), kSmall, kMuted));
        if (state == SignatureState::Revoked) {
            QString detail = tr("Revoked %1").arg(time(signature->revokedAt, false, true));
            if (!signature->revokedBy.isEmpty())
                detail += u' ' + tr("by %1").arg(signature->revokedBy);
            if (!signature->revokedReason.isEmpty())
                detail += QStringLiteral(": ") + signature->revokedReason;
            cells[5].text.append(wrap(5, detail, kSmall, kMuted));
        }
        addRow(cells, state == SignatureState::Revoked ? RowStyle::Muted : RowStyle::Normal);
    };

    for (const ChecklistItem& roleRow : section.items) {
        if (roleRow.isGroupHeader) {
            addGroupRow(roleRow.text);
            continue;
        }
        const QString role = ReportMarkup::plainText(roleRow.text);
        const SignatureEntry* active = m_record.activeSignature(roleRow.text);
        if (!active)
            active = m_record.activeSignature(role);
        signatureRow(roleRow, active);
        for (const SignatureEntry& s : m_record.signatures) {
            if (s.revoked && (s.role == roleRow.text || s.role == role))
                signatureRow(roleRow, &s);
        }
        if (!step())
            return;
    }
    endTable();
    paragraph({{tr("Each signature is the signer's printed name, the date and time, and the meaning of the "
                   "signature, bound by an Ed25519 signature to the SHA-256 digest of the record's content. "
                   "Valid: the record still has the content that was signed. Invalidated: the record changed "
                   "after signing. Revoked: withdrawn when the record was reopened."),
                ReportFontSet::Regular}},
              kSmall + 0.5f, kMuted);
    m_y += 4;
    m_meter->advance(int(m_record.signatures.size()));
}

void ReportComposer::composeAuditTrail() {
    newPage();
    heading(tr("Appendix A — Audit trail"), 12.5f, 0);
    paragraph({{tr("Every change to this record, oldest first, as its append-only audit trail holds it. "
                   "Events: %1.")
                    .arg(m_audit.size()),
                ReportFontSet::Regular}},
              kBody, kMuted);
    m_y += 4;
    QList<QDateTime> times;
    times.reserve(m_audit.size());
    for (const AuditEntry& e : m_audit)
        times.append(e.at);
    const QString offset = commonOffset(times);
    const float width = m_right - m_left;
    const float timeW = m_text.width(offset.isEmpty() ? QStringLiteral("0000-00-00 00:00:00 +00:00")
                                                      : QStringLiteral("0000-00-00 00:00:00"),
                                     ReportFontSet::Regular, kSmall + 0.5f) +
                        2 * kPadX + 1;
    const float actorW = 66;
    const float whatW = (width - timeW - actorW) * 0.58f;
    const float changeW = width - timeW - actorW - whatW;
    beginTable({{offset.isEmpty() ? tr("Time") : tr("Time (UTC%1)").arg(offset), timeW},
                {tr("Actor"), actorW},
                {tr("What"), whatW},
                {tr("Change (old → new)"), changeW}});
    const float metaSize = kSmall + 0.5f;
    for (const AuditEntry& e : m_audit) {
        Row& cells = scratchRow(4);
        m_text.layout(time(e.at, true, offset.isEmpty()), ReportFontSet::Regular, metaSize, timeW - 2 * kPadX,
                      kInk, cells[0].text);
        cells[1].text.append(repeated(e.actor, ReportFontSet::Regular, metaSize, actorW - 2 * kPadX, kInk));
        m_text.layout(auditWhat(e), ReportFontSet::Regular, metaSize, whatW - 2 * kPadX, kInk, cells[2].text);
        const QString change = auditChange(e);
        if (!change.isEmpty() && change.size() < 40)
            cells[3].text.append(
                repeated(change, ReportFontSet::Regular, metaSize, changeW - 2 * kPadX, kInk));
        else if (!change.isEmpty())
            m_text.layout(change, ReportFontSet::Regular, metaSize, changeW - 2 * kPadX, kInk, cells[3].text);
        addRow(cells);
        if (!step())
            return;
    }
    endTable();
}

void ReportComposer::composeIntegrity() {
    m_y += 6;
    ensureSpace(70);
    heading(tr("Record integrity"), 10.5f, 4);
    paragraph({{tr("Content digest (SHA-256) of record %1 when this report was generated:").arg(m_record.id),
                ReportFontSet::Regular}},
              kBody, kInk);
    m_y += 2;
    paragraph({{digest(), ReportFontSet::Mono}}, 8.5f, kInk, 10);
    m_y += 4;
    paragraph({{tr("Generated by Countersign %1 on %2 by %3. `countersign-cli verify` checks the record, its "
                   "signatures and its audit chain against the database.")
                    .arg(AppIdentity::version(), time(m_generatedAt, true, true),
                         m_options.generatedBy.isEmpty() ? tr("(not given)") : m_options.generatedBy),
                ReportFontSet::Regular}},
              kSmall + 0.5f, kMuted);
}

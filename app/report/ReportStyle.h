#pragma once

#include <QRgb>

// The report's colours and sizes, shared by every part that draws it.
namespace ReportStyle {

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

// Font sizes, points.
constexpr float kBody = 9.f;
constexpr float kTable = 8.f;
constexpr float kSmall = 7.f;
constexpr float kMeta = kSmall + 0.5f; // who and when in table rows, fine print

// Table cells' padding and the room a signature stands in, points.
constexpr float kPadX = 3.2f;
constexpr float kPadY = 2.8f;
constexpr float kSignatureBoxHeight = 34.f;
// The space below a table, before what follows it.
constexpr float kTableSpaceAfter = 8.f;

// Section headings: size and space above.
constexpr float kHeading = 12.5f;
constexpr float kSubheading = 10.5f;

constexpr QRgb orInk(QRgb color) {
    return color == 0 ? kInk : color;
}

} // namespace ReportStyle

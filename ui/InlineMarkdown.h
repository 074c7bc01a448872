#pragma once

#include <QString>

// Cells keep their inline Markdown as written ("**b**", "`code`", "\|"); grids
// show the words without the markers.
namespace InlineMarkdown {
QString toPlainText(const QString& markdown);
} // namespace InlineMarkdown

#pragma once

// What the benchmark programs share: generated data (templates, Markdown,
// databases built through the store), timing helpers, and one format for a
// figure, so that scripts/bench.sh can collect every figure into one table.

#include "core/Checklist.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class ChecklistStore;

namespace Bench {

// ---- Data

// `size` checklist items in ten sections, a group header every 50 items, and a
// sign-off table: the shape of a large real checklist.
ChecklistTemplate checklistTemplate(const QString& title, int size);
// A sign-off table (Role, Name, Signature, Date) with one row per role, in order.
ChecklistSection signOffSection(const QStringList& roles);
// The same checklist as a Markdown document MarkdownTemplateReader accepts.
QByteArray checklistMarkdown(const QString& title, int size);
// Ticks about a third of a record's items (some N/A and Failed with notes)
// through ChecklistStore::updateItem, as people would.
Status tickSome(ChecklistStore& store, qint64 recordId, int everyNth);

// ---- Timing

double medianOf(QList<double> values);
// Milliseconds of each of `runs` calls of `work`.
QList<double> timeRuns(int runs, const std::function<void()>& work);
// Runs a program to its end; wall-clock milliseconds, or a negative number
// with *error set when it failed.
double timeProcessMs(const QString& program, const QStringList& arguments, QString* error,
                     QByteArray* output = nullptr);
// The process's peak resident set (VmHWM), in MiB.
double peakResidentMiB();

// ---- Figures

enum class Goal {
    RatioAtMost,  // value / baseline <= target
    RatioAtLeast, // baseline / value >= target (how many times faster)
    ValueAtMost,  // value <= target, baseline for reference only
};

struct Figure {
    QString name;
    double value = 0;
    QString unit; // "ms", "MiB"
    QString baselineName;
    double baseline = 0; // < 0: none measured
    Goal goal = Goal::ValueAtMost;
    double target = 0;
};

// Prints one row of the results table:
//   | figure | value | baseline | ratio | target | PASS or MISS |
// and returns whether it passed.
bool report(const Figure& figure);
void print(const QString& line);

} // namespace Bench

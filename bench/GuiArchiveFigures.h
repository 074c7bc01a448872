#pragma once

// gui_benchmark's figures at archive scale (GuiArchiveFigures.cpp) and its
// cold start to a mapped window (MappedColdStart.cpp).

#include <QString>

namespace GuiBench {

// First paint, filter, sort and peak memory on ARCHIVE against SMALL.
int runArchiveFigures(const QString& app, const QString& archive, const QString& small, int runs);
// A fresh process's peak memory with DB's RECORD open (for runArchiveFigures).
int runMemoryFigure(const QString& db, qint64 record);
// Needs DISPLAY: countersign, bare_table and the peer timed to a mapped window.
int runColdStartMapped(const QString& watch, const QString& app, const QString& bareTable, const QString& db,
                       const QString& peer, int runs);

} // namespace GuiBench

#pragma once

#include <QLoggingCategory>

// countersign.pdf: timings of the layout and writing passes (debug, off by default).
Q_DECLARE_LOGGING_CATEGORY(lcPdf)

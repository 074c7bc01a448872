#pragma once

#include <QLoggingCategory>

// The desktop's logging category: QT_LOGGING_RULES="countersign.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)

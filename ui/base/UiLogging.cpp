#include "ui/base/UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "countersign.ui")

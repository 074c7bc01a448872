#include "RecordExporter.h"

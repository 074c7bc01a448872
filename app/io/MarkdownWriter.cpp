#include "MarkdownWriter.h"

#include "MarkdownTemplateReader.h"

#pragma once

#include "core/Checklist.h"
#include "core/Result.h"

// The built-in "Production Deployment Checklist", shipped inside the program
// as Markdown (resources/production-deployment-checklist.md). The store reads
// no Markdown: front ends hand it this, as ChecklistStore::setBuiltInTemplate's
// source or to ensureBuiltInTemplate().
class BuiltInTemplate {
public:
    static Result<ChecklistTemplate> load();
};

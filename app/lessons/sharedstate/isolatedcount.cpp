// SPDX-License-Identifier: MIT
// Processes, nothing shared: each child adds 1 to "the" counter, and each adds to its own copy.
#include "childcounting.h"

using namespace Qt::Literals::StringLiterals;

// One per process: every program that links this file has its own, set to 0 when the process
// starts. The app has one (the parent's counter, which no child can reach) and each worker child has
// one. Python: a module-level `counter = 0`, copied into every child (fork) or made anew (spawn).
qint64 ChildCounting::counter = 0;

// Python: for _ in range(increments): counter += 1
std::optional<qint64> ChildCounting::addToOwnCopy(Steps &steps, qint64 increments)
{
    for (qint64 i = 0; i < increments; ++i) {
        if (!steps.beginIncrement() || !steps.reach(u"child-add"_s))
            return std::nullopt;
        // No atomic and no lock: no other thread or process can see this variable.
        counter += 1;   // step: child-add
    }
    return counter;   // this child's copy; the parent's is still 0
}

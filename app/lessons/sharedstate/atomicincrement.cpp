// SPDX-License-Identifier: MIT
// Threads with an atomic add: the processor does the read-modify-write as one indivisible step.
#include "countingunit.h"
#include "threadincrements.h"

using namespace Qt::Literals::StringLiterals;

// Python has no atomic integer; next(itertools.count()) is one C call the GIL does not split.
bool ThreadIncrements::atomicAdd(SharedCounter &counter, CountingUnit &unit)
{
    if (!unit.reach(u"fetch-add"_s))
        return false;
    // QAtomicInteger::fetchAndAddRelaxed() is the same; relaxed: only the count matters, not the
    // order of other memory around it.
    counter.value.fetch_add(1, std::memory_order_relaxed);   // step: fetch-add
    return true;
}

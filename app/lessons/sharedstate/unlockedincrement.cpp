// SPDX-License-Identifier: MIT
// Threads, no lock: the read-modify-write of `counter += 1` split into its three parts.
#include "countingunit.h"
#include "threadincrements.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

// Python: seen = counter.value; new = seen + 1; counter.value = new
bool ThreadIncrements::unlocked(SharedCounter &counter, CountingUnit &unit, bool widen)
{
    if (!unit.reach(u"read"_s))
        return false;
    const qint64 seen = counter.value.load(std::memory_order_relaxed);   // step: read
    if (!unit.reach(u"add"_s))
        return false;
    const qint64 next = seen + 1;   // step: add
    // Between the read and the write, another thread may write: its update is then overwritten
    // with `next`, which was computed from an older value. Yielding here widens that window.
    if (widen)
        QThread::yieldCurrentThread();   // Python: time.sleep(0)
    if (!unit.reach(u"write"_s))
        return false;
    counter.value.store(next, std::memory_order_relaxed);   // step: write
    return true;
}

// SPDX-License-Identifier: MIT
// Threads with a QMutex: the same three parts, one thread at a time.
#include "countingunit.h"
#include "threadincrements.h"

#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

// Python: with lock: seen = counter.value; new = seen + 1; counter.value = new
bool ThreadIncrements::withMutex(SharedCounter &counter, CountingUnit &unit)
{
    if (!unit.reach(u"lock"_s))
        return false;
    unit.record(TraceEventKind::Sleeping, u"waiting for the lock"_s);
    QMutexLocker locker(&counter.mutex);   // step: lock
    unit.record(TraceEventKind::Busy, u"holds the lock"_s);
    if (!unit.reach(u"read"_s))
        return false;   // (cancelled: the locker unlocks as it goes out of scope)
    const qint64 seen = counter.value.load(std::memory_order_relaxed);   // step: read
    if (!unit.reach(u"add"_s))
        return false;
    const qint64 next = seen + 1;   // step: add
    if (!unit.reach(u"write"_s))
        return false;
    counter.value.store(next, std::memory_order_relaxed);   // step: write
    locker.unlock();   // Python: the end of the with block
    unit.record(TraceEventKind::Resumed, u"released the lock"_s);
    return true;
}

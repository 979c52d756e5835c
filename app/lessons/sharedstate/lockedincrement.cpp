// SPDX-License-Identifier: MIT
// Coroutines with a co_await inside an asynchronous lock: the others wait at the lock, in turn.
#include "coroutineincrements.h"

using namespace Qt::Literals::StringLiterals;

// Python: async with lock: seen = counter.value; await asyncio.sleep(0); counter.value = seen + 1
// (Better still: do not await inside the critical section at all.)
QCoro::Task<bool> CoroutineIncrements::awaitingUnderLock(std::shared_ptr<CoroutineCounter> counter, CoroutineUnit &unit)
{
    if (!unit.reach(u"lock"_s))
        co_return false;
    unit.record(TraceEventKind::Awaiting, u"waiting for the lock"_s);
    const bool locked = co_await counter->mutex.lock();   // step: lock
    if (!locked)
        co_return false;
    unit.record(TraceEventKind::Busy, u"holds the lock"_s);
    bool counted = false;
    if (unit.reach(u"read"_s)) {
        const qint64 seen = counter->value;   // step: read
        if (unit.reach(u"await"_s)) {
            const bool resumed = co_await unit.yieldToLoop();   // step: await
            if (resumed && unit.reach(u"add"_s)) {
                const qint64 next = seen + 1;   // step: add
                if (unit.reach(u"write"_s)) {
                    counter->value = next;   // step: write
                    counted = true;
                }
            }
        }
    }
    // Always unlock, cancelled or not: the next waiter (first come, first served) goes on.
    counter->mutex.unlock();
    unit.record(TraceEventKind::Resumed, u"released the lock"_s);
    co_return counted;
}

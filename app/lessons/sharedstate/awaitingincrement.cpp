// SPDX-License-Identifier: MIT
// Coroutines with a co_await between the read and the write: a lost update without any thread.
#include "coroutineincrements.h"

using namespace Qt::Literals::StringLiterals;

// Python: seen = counter.value; await asyncio.sleep(0); new = seen + 1; counter.value = new
QCoro::Task<bool> CoroutineIncrements::awaitingInside(std::shared_ptr<CoroutineCounter> counter, CoroutineUnit &unit)
{
    if (!unit.reach(u"read"_s))
        co_return false;
    const qint64 seen = counter->value;   // step: read
    if (!unit.reach(u"await"_s))
        co_return false;
    // The event loop runs the other coroutines here, round robin: each reads the same value before
    // any of them writes. N coroutines of M increments end at exactly M.
    const bool resumed = co_await unit.yieldToLoop();   // step: await
    if (!resumed || !unit.reach(u"add"_s))
        co_return false;
    const qint64 next = seen + 1;   // step: add
    if (!unit.reach(u"write"_s))
        co_return false;
    counter->value = next;   // step: write
    co_return true;
}

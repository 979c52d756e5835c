// SPDX-License-Identifier: MIT
// Coroutines, no await inside: the read-modify-write runs whole, because nothing else runs on the
// thread until this coroutine awaits.
#include "coroutineincrements.h"

using namespace Qt::Literals::StringLiterals;

// Python: seen = counter.value; new = seen + 1; counter.value = new
QCoro::Task<bool> CoroutineIncrements::withoutAwait(std::shared_ptr<CoroutineCounter> counter, CoroutineUnit &unit)
{
    if (!unit.reach(u"read"_s))
        co_return false;
    const qint64 seen = counter->value;   // step: read
    if (!unit.reach(u"add"_s))
        co_return false;
    const qint64 next = seen + 1;   // step: add
    if (!unit.reach(u"write"_s))
        co_return false;
    counter->value = next;   // step: write
    // Only now, after the write, does the coroutine let the others run (the caller's next line).
    co_return true;
}

// SPDX-License-Identifier: MIT
// Processes, one counter in shared memory, no lock: the read-modify-write of `counter += 1` split
// into its three parts, done by N processes at once.
#include "childcounting.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {

// Python: seen = counter.value; new = seen + 1; counter.value = new
bool incrementOnce(std::atomic_ref<qint64> shared, const ChildCounting::Steps &steps, bool widen)
{
    if (!steps.reach(u"read"_s))
        return false;
    const qint64 seen = shared.load(std::memory_order_relaxed);   // step: read
    if (!steps.reach(u"add"_s))
        return false;
    const qint64 next = seen + 1;   // step: add
    // Between the read and the write, another process may write: its update is then overwritten
    // with `next`, computed from an older value. The pages are the same physical memory in every
    // process that attached them, so this is the threads' race, across address spaces. Yielding
    // here (sched_yield) lets another child run inside that window: more updates are lost.
    if (widen)
        QThread::yieldCurrentThread();   // Python: os.sched_yield()
    if (!steps.reach(u"write"_s))
        return false;
    shared.store(next, std::memory_order_relaxed);   // step: write
    return true;
}

} // namespace

std::optional<qint64> ChildCounting::addUnlocked(std::atomic_ref<qint64> shared, Steps &steps, qint64 increments, bool widen)
{
    for (qint64 i = 0; i < increments; ++i) {
        if (!steps.beginIncrement() || !incrementOnce(shared, steps, widen))
            return std::nullopt;
    }
    return increments;
}

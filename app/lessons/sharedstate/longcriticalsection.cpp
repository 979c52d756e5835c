// SPDX-License-Identifier: MIT
// Threads with a long critical section: work done while holding the lock waits for the lock too.
#include "busywork.h"
#include "countingunit.h"
#include "threadincrements.h"

#include <QMutexLocker>

#include <algorithm>
#include <chrono>
#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace {

// The CPU time this thread has used: unlike the wall clock, it does not count the time the thread
// waited for a core, so the sum over the threads divided by the wall time is how many computed at once.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// How many iterations of BusyWork take about 10 microseconds (measured once).
quint64 workIterations()
{
    using namespace std::chrono_literals;
    static const quint64 iterations = std::max<quint64>(1, BusyWork::iterationsFor(10ms) / 1000);
    return iterations;
}

// About 10 microseconds of arithmetic: the "work" each increment stands for.
void doWork(qint64 &busyNs)
{
    const qint64 startNs = threadCpuNs();
    [[maybe_unused]] volatile quint64 sink = BusyWork::spin(workIterations(), quint64(startNs));
    busyNs += threadCpuNs() - startNs;
}

} // namespace

void ThreadIncrements::calibrateWork()
{
    workIterations();
}

// Python: with lock: work(); seen = counter.value; new = seen + 1; counter.value = new
bool ThreadIncrements::withWork(SharedCounter &counter, CountingUnit &unit, bool workInside, qint64 &busyNs)
{
    // Keep critical sections short: the second pass works first and locks for the increment only.
    if (!workInside)
        doWork(busyNs);
    if (!unit.reach(u"lock"_s))
        return false;
    unit.record(TraceEventKind::Sleeping, u"waiting for the lock"_s);
    QMutexLocker locker(&counter.mutex);   // step: lock
    unit.record(TraceEventKind::Busy, u"holds the lock"_s);
    if (!unit.reach(u"work"_s))
        return false;
    if (workInside)
        doWork(busyNs);   // step: work
    if (!unit.reach(u"read"_s))
        return false;
    const qint64 seen = counter.value.load(std::memory_order_relaxed);   // step: read
    if (!unit.reach(u"add"_s))
        return false;
    const qint64 next = seen + 1;   // step: add
    if (!unit.reach(u"write"_s))
        return false;
    counter.value.store(next, std::memory_order_relaxed);   // step: write
    locker.unlock();
    unit.record(TraceEventKind::Resumed, u"released the lock"_s);
    return true;
}

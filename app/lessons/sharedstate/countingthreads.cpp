// SPDX-License-Identifier: MIT
#include "countingthreads.h"

#include "blockinggate.h"
#include "countingunit.h"
#include "labclock.h"
#include "threadid.h"
#include "trace.h"

#include <QThread>

using namespace Qt::Literals::StringLiterals;

void CountingThreads::MarkTime::operator()() const noexcept
{
    at->store(LabClock::nowNs());
}

CountingThreads::CountingThreads(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_units(std::clamp(m_setup.parameters.units, 1, CounterParameters::mostUnits))
    , m_startLine(m_units, MarkTime{&m_startNs})
    , m_passSwitch(m_units, MarkTime{&m_passSwitchNs})
{
    for (int i = 0; i < m_units; ++i)
        m_gates.push_back(std::make_unique<BlockingGate>());
}

CountingThreads::~CountingThreads()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
}

void CountingThreads::start()
{
    if (m_setup.variant == Variant::LongCriticalSection)
        ThreadIncrements::calibrateWork();
    m_running = m_units;
    for (int i = 0; i < m_units; ++i) {
        QThread *thread = QThread::create([this, i] { count(i); });
        thread->setObjectName(u"counter-%1-%2"_s.arg(m_setup.runId).arg(i + 1));   // in a debugger and `ps -L`
        m_threads.append(thread);
        thread->start();
    }
}

void CountingThreads::cancel()
{
    m_cancelled = true;
    for (const auto &gate : m_gates)
        gate->cancel();
}

void CountingThreads::setGated(bool gated)
{
    m_stepMode = gated;
    for (const auto &gate : m_gates)
        gate->setGated(gated);
}

void CountingThreads::permitStepOf(const ExecutionUnit &unit)
{
    if (BlockingGate *gate = gateOf(unit.id))
        gate->permitStep();
}

BlockingGate *CountingThreads::gateOf(qint64 tid) const
{
    const QMutexLocker locker(&m_tidsMutex);
    const auto index = m_indexOfTid.constFind(tid);
    return index == m_indexOfTid.cend() ? nullptr : m_gates.at(std::size_t(*index)).get();
}

void CountingThreads::record(const ExecutionUnit &unit, TraceEventKind kind, const QString &detail) const
{
    if (m_setup.trace)
        m_setup.trace->append({0, m_setup.demo, m_setup.runId, unit.kind, unit.id, kind, detail});
}

bool CountingThreads::waitAtStep(const ExecutionUnit &unit, const QString &stepId)
{
    BlockingGate *gate = gateOf(unit.id);
    if (gate->isGated())
        Q_EMIT stepReached(unit.id, stepId);
    return gate->waitAtStep();
}

// Runs on each thread (Python: def count(counter, increments) in counter_threads_*.py).
void CountingThreads::count(int index)
{
    const qint64 tid = ThreadId::current();
    {
        const QMutexLocker locker(&m_tidsMutex);
        m_indexOfTid.insert(tid, index);
    }
    CountingUnit unit(*this, {UnitKind::WorkerThread, tid});
    record(unit.unit(), TraceEventKind::Started, {});
    Q_EMIT unitStarted(tid);
    m_startLine.arrive_and_wait();   // Python: barrier.wait()
    record(unit.unit(), TraceEventKind::Resumed, {});
    const int increments = m_setup.parameters.increments;
    if (m_setup.variant == Variant::LongCriticalSection) {
        const int each = CounterParameters::longSectionIncrements(increments);
        qint64 busyNs = 0;
        countPass(unit, each, true, busyNs);
        m_busyInsideNs += busyNs;
        m_passSwitch.arrive_and_wait();   // the second pass starts when every thread ended the first
        busyNs = 0;
        countPass(unit, each, false, busyNs);
        m_busyOutsideNs += busyNs;
    } else {
        qint64 busyNs = 0;
        countPass(unit, increments, false, busyNs);
    }
    record(unit.unit(), isCancelled() ? TraceEventKind::Cancelled : TraceEventKind::Result, {});
    // The last thread out reports for all of them.
    if (m_running.fetch_sub(1) == 1) {
        m_endNs = LabClock::nowNs();
        Q_EMIT finished(!isCancelled(), result());
    }
}

bool CountingThreads::countPass(CountingUnit &unit, qint64 increments, bool workInside, qint64 &busyNs)
{
    for (qint64 i = 0; i < increments; ++i) {
        unit.beginIncrement();
        bool counted = false;
        switch (m_setup.variant) {
        case Variant::Unlocked:
            counted = ThreadIncrements::unlocked(m_counter, unit, m_setup.parameters.widenWindow);
            break;
        case Variant::Mutex:
            counted = ThreadIncrements::withMutex(m_counter, unit);
            break;
        case Variant::Atomic:
            counted = ThreadIncrements::atomicAdd(m_counter, unit);
            break;
        case Variant::LongCriticalSection:
            counted = ThreadIncrements::withWork(m_counter, unit, workInside, busyNs);
            break;
        }
        if (!counted)
            return false;
    }
    return true;
}

CounterResult CountingThreads::result() const
{
    CounterResult result;
    result.units = m_units;
    result.total = m_counter.value.load();
    if (m_setup.variant == Variant::LongCriticalSection) {
        const int each = CounterParameters::longSectionIncrements(m_setup.parameters.increments);
        result.increments = 2 * qint64(each);
        const qint64 insideNs = std::max<qint64>(1, m_passSwitchNs - m_startNs);
        const qint64 outsideNs = std::max<qint64>(1, m_endNs - m_passSwitchNs);
        result.elapsedNs = insideNs;
        result.outsideElapsedNs = outsideNs;
        result.insideParallelism = double(m_busyInsideNs) / double(insideNs);
        result.outsideParallelism = double(m_busyOutsideNs) / double(outsideNs);
    } else {
        result.increments = m_setup.parameters.increments;
        result.elapsedNs = m_endNs - m_startNs;
    }
    return result;
}

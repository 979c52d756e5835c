// SPDX-License-Identifier: MIT
#pragma once

#include "counterresult.h"
#include "demoid.h"
#include "rungate.h"
#include "threadincrements.h"
#include "trace.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <barrier>
#include <functional>
#include <memory>
#include <vector>

class BlockingGate;
class CountingUnit;
class QThread;

// One run of part A's thread demos: N QThreads that each increment one shared counter M times, in
// one of four ways, all starting at the same instant (a barrier) so that they really overlap.
// It is the run's RunGate: every thread has a gate of its own, so that in step mode the user lets
// one chosen thread past one step (thread A reads, thread B does a whole increment, A writes: an
// update is lost, by hand). Created, steered and destroyed on the GUI thread; the threads report
// through queued signals.
class CountingThreads : public QObject, public RunGate
{
    Q_OBJECT
public:
    enum class Variant { Unlocked, Mutex, Atomic, LongCriticalSection };

    struct Setup {
        DemoId demo;
        quint64 runId = 0;
        Variant variant = Variant::Unlocked;
        CounterParameters parameters;
        Trace *trace = nullptr;   // may be null; outlives this
    };

    explicit CountingThreads(Setup setup, QObject *parent = nullptr);
    // Cancels and joins every thread.
    ~CountingThreads() override;

    // Starts the threads. Once.
    void start();

    void cancel() override;
    void setGated(bool gated) override;
    // Step mode names the unit to let go (permitStepOf); without one there is nothing to choose.
    void permitStep() override {}
    void permitStepOf(const ExecutionUnit &unit) override;

    // For the counting units (any thread):
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    bool stepMode() const { return m_stepMode.load(std::memory_order_relaxed); }
    void record(const ExecutionUnit &unit, TraceEventKind kind, const QString &detail) const;
    // `unit` waits at `stepId` until the user lets it go; false when cancelled.
    bool waitAtStep(const ExecutionUnit &unit, const QString &stepId);

Q_SIGNALS:
    void unitStarted(qint64 tid);
    // A thread waits at a step in step mode (for the step panel).
    void stepReached(qint64 tid, const QString &stepId);
    // Every thread has ended: with the result (`completed`), or cancelled.
    void finished(bool completed, const CounterResult &result);

private:
    // A std::barrier's completion step: records when all threads passed it.
    struct MarkTime {
        std::atomic<qint64> *at;
        void operator()() const noexcept;
    };

    void count(int index);   // the body of each thread
    bool countPass(CountingUnit &unit, qint64 increments, bool workInside, qint64 &busyNs);
    BlockingGate *gateOf(qint64 tid) const;
    CounterResult result() const;

    const Setup m_setup;
    const int m_units;
    SharedCounter m_counter;
    std::atomic<qint64> m_startNs{0};        // every thread passed the start line
    std::atomic<qint64> m_passSwitchNs{0};   // the long section: every thread finished pass one
    std::atomic<qint64> m_endNs{0};
    std::atomic<qint64> m_busyInsideNs{0};
    std::atomic<qint64> m_busyOutsideNs{0};
    std::barrier<MarkTime> m_startLine;
    std::barrier<MarkTime> m_passSwitch;
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_stepMode{false};
    std::atomic_int m_running{0};
    std::vector<std::unique_ptr<BlockingGate>> m_gates;   // one per thread, by index
    mutable QMutex m_tidsMutex;
    QHash<qint64, int> m_indexOfTid;   // guarded by m_tidsMutex
    QList<QThread *> m_threads;
};

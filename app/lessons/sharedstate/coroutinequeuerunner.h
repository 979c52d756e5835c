// SPDX-License-Identifier: MIT
#pragma once

#include "asyncqueue.h"
#include "coroutinegate.h"
#include "queuerunner.h"

#include <QCoro/QCoroTask>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

// One coroutine run's state, shared by its coroutines (each holds it, so it outlives the runner if
// need be) and read by the runner's progress timer: the queue, the consumers' counts, what is in flight.
// GUI thread only: the coroutines all run there, so nothing here needs a lock.
struct CoroutineQueueRun {
    CoroutineQueueRun(QueueParameters parameters, QueueOrder order);

    // Cancel: every coroutine waiting on a queue resumes (on the next turn) and ends.
    void close();
    void noteTaken(int n);
    QueueProgress progress() const;

    const QueueParameters parameters;
    const QueueOrder order;
    AsyncQueue<QueueItem> jobs;
    AsyncQueue<bool> allDone;   // LIFO only: asyncio's jobs.join() (see produce())
    std::vector<int> busy;      // per consumer: 1 while it works on an item
    qint64 done = 0;
    qint64 startNs = 0;
    qint64 endNs = 0;
    QList<int> firstTaken;
    int liveCoroutines = 0;     // coroutines of this run that have not returned yet
    bool workEnded = false;     // the producer has joined every consumer
};

// Part B with coroutines: Python's asyncio.Queue, LifoQueue or PriorityQueue between a producer
// coroutine and K consumer coroutines, all on the GUI thread; the queue is an AsyncQueue, the work
// a co_await InterruptibleSleep. Nothing blocks: a full queue suspends the producer, an empty one a
// consumer, and the event loop runs the others meanwhile. Step mode holds the GUI thread's steps;
// the coroutines record their first items step by step. GUI thread only.
class CoroutineQueueRunner : public QueueRunner
{
    Q_OBJECT
public:
    CoroutineQueueRunner(const DemoId &demoId, QueueOrder order, QueueParameters parameters, QObject *parent = nullptr);
    // Cancels the current run: its sleeps resume now and its queues close, so every coroutine ends
    // on the next turn of the event loop, without the runner.
    ~CoroutineQueueRunner() override;

    // The timeline lane of the producer (0) and of consumer i (1..K): a lane each (ids no thread
    // has: negative), named by its Started event.
    static ExecutionUnit laneOf(int index) { return {UnitKind::Coroutine, -1 - qint64(index)}; }

    // The current or last run's queue, for tests: closed, its waiters, its coroutines not yet returned.
    struct RunState {
        bool closed = false;
        std::size_t waitingPutters = 0;
        std::size_t waitingGetters = 0;
        int liveCoroutines = 0;
    };
    std::optional<RunState> lastRunState() const;

protected:
    void startWork(quint64 runId) override;

private:
    struct Tally {
        qint64 count = 0;
        qint64 sum = 0;
        bool completed = false;   // it took its sentinel (not cancelled)
    };
    using Self = QPointer<CoroutineQueueRunner>;

    // Python: async def run(...) and async def produce(jobs, items) in queue_asyncio.py.
    static QCoro::Task<> produce(Self self, quint64 runId, std::shared_ptr<CoroutineQueueRun> run, QPointer<CoroutineGate> gate);
    // Python: async def consume(jobs, work_seconds).
    static QCoro::Task<Tally> consume(Self self, quint64 runId, std::shared_ptr<CoroutineQueueRun> run, int index,
                                      QPointer<CoroutineGate> gate);
    static void pass(const Self &self, quint64 runId, int lane, const QString &stepId);
    // Whether `self` (null when the runner is gone) is still on run `runId`.
    static bool stillCurrent(const Self &self, quint64 runId) { return self && self->isCurrentRun(runId); }

    QPointer<CoroutineGate> m_gate;            // of the current run; a child of this
    std::shared_ptr<CoroutineQueueRun> m_run;  // the current or last run
};

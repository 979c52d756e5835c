// SPDX-License-Identifier: MIT
#pragma once

#include "blockinggate.h"
#include "blockingqueue.h"
#include "queuerunner.h"
#include "rungate.h"
#include "trace.h"

#include <QList>
#include <QObject>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

class QThread;

// One run of the thread queue demos: a producer QThread puts the items 1..J on a BlockingQueue of
// capacity C, and K consumer QThreads take them, sleeping W ms on each, until each takes a sentinel
// (Python: queue_threads.py). The queue is the only thing they share; it does its own locking.
//
// It is the run's RunGate: cancel() closes the queues and wakes every sleep, so each thread returns at
// once. The threads do not stop at steps (there are K + 1 of them): step mode holds the GUI thread's
// steps. Created, steered and destroyed on the GUI thread; the threads report through queued signals,
// and write only atomics that the GUI thread's progress timer reads (progress()).
class QueueThreads : public QObject, public RunGate
{
    Q_OBJECT
public:
    struct Setup {
        DemoId demo;
        quint64 runId = 0;
        QueueOrder order = QueueOrder::Fifo;
        QueueParameters parameters;
        Trace *trace = nullptr;   // may be null; outlives this
    };

    explicit QueueThreads(Setup setup, QObject *parent = nullptr);
    // Cancels, then joins every thread it started (a bounded wait each).
    ~QueueThreads() override;

    // Each once, in this order: the producer starts putting (it fills the queue and waits), then the
    // consumers start taking.
    void startProducer();
    void startConsumers();

    // GUI thread: a snapshot of the run, from the threads' atomics and the queue's size.
    QueueProgress progress() const;

    void cancel() override;
    void setGated(bool) override {}
    void permitStep() override {}

Q_SIGNALS:
    void producerStarted(qint64 tid);
    // Every thread started has ended: with the result (`completed`), or cancelled. Always queued.
    void finished(bool completed, const QueueResult &result);

private:
    struct Tally {   // one consumer's own count and sum: only its thread writes them
        qint64 count = 0;
        qint64 sum = 0;
    };

    void produce();           // the producer thread's body
    void consume(int index);  // each consumer thread's body
    bool put(QueueItem item);
    void noteTaken(int n);
    void record(qint64 tid, TraceEventKind kind, const QString &detail = {}) const;
    void threadEnded();
    QueueResult result() const;
    void startThread(const QString &name, std::function<void()> body);

    const Setup m_setup;
    const QueueParameters m_p;
    BlockingQueue<QueueItem> m_jobs;
    BlockingQueue<bool> m_allDone;   // LIFO only: the producer's jobs.join() (see produce())
    BlockingGate m_sleeps;           // the consumers' work; cancel() wakes them
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_producerWaiting{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_startNs{0};
    std::atomic<qint64> m_endNs{0};
    std::unique_ptr<std::atomic<int>[]> m_busy;   // per consumer: 1 while it works on an item
    std::vector<Tally> m_tallies;                 // per consumer
    std::array<std::atomic<int>, QueueResult::firstTakenKept> m_firstTaken{};
    std::atomic<int> m_taken{0};
    // Threads started and not yet ended, plus one for the consumers while they are not started yet.
    std::atomic<int> m_running{2};
    bool m_consumersStarted = false;   // GUI thread
    QList<QThread *> m_threads;        // GUI thread; joined and deleted by the destructor
};

// Part B with threads: Python's queue.Queue, queue.LifoQueue or queue.PriorityQueue between a
// producer thread and K consumer threads (QueueThreads runs them). GUI thread only.
class ThreadQueueRunner : public QueueRunner
{
    Q_OBJECT
public:
    ThreadQueueRunner(const DemoId &demoId, QueueOrder order, QueueParameters parameters, QObject *parent = nullptr);
    // Cancels and joins the threads of every run.
    ~ThreadQueueRunner() override;

    // Runs whose threads are not joined yet (their QueueThreads still exists): 0 once a run ended.
    int liveRuns() const;

protected:
    void startWork(quint64 runId) override;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "primesresult.h"
#include "rungate.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;
class QThreadPool;
class SimulatedGil;
class Trace;

// One run of N worker threads checking the numbers, each taking the next number from a shared queue
// as soon as it is free (the book's threads.py: a SimpleQueue of jobs), on N QThreads or on a
// QThreadPool through Qt Concurrent, optionally under the simulated GIL and pinned to one core.
// Created, steered and destroyed on the GUI thread; the workers report through queued signals.
// It is the run's RunGate: cancel() makes every worker stop within one block of divisions.
class PrimeCheckingThreads : public QObject, public RunGate
{
    Q_OBJECT
public:
    struct Setup {
        DemoId demo;
        quint64 runId = 0;
        QList<quint64> numbers;
        int workers = 1;
        bool oneCore = false;
        bool simulatedGil = false;
        Trace *trace = nullptr;   // where the workers record what they do; may be null; outlives this
    };

    explicit PrimeCheckingThreads(Setup setup, QObject *parent = nullptr);
    // Cancels and joins every worker (bounded by one block of divisions each).
    ~PrimeCheckingThreads() override;

    // Starts the workers on QThreads of their own (owned by this object). Once.
    void startOnThreads();
    // Starts them as Qt Concurrent tasks on `pool`, sized to the worker count. Once.
    void startOnPool(QThreadPool *pool);

    void cancel() override;
    // The workers do not stop at steps (there are many of them): step mode holds the GUI thread's
    // steps only, and the workers run on. See DemoRunner::passStep().
    void setGated(bool) override {}
    void permitStep() override {}

    // Whether every worker has ended.
    bool isFinished() const { return m_running.load() == 0; }

Q_SIGNALS:
    void workerStarted(qint64 tid);
    void checked(const PrimeCheck &check);
    // Every worker has ended: all numbers checked (`completed`, after `totalNs`), or cancelled.
    void finished(bool completed, qint64 totalNs, quint64 forcedSwitches);

private:
    void work();   // the body of each worker thread
    std::optional<bool> check(quint64 number, bool &holdingGil);
    void record(qint64 tid, int kind, const QString &detail) const;

    const Setup m_setup;
    std::atomic_int m_next{0};       // the queue: the index of the next number to hand out
    std::atomic_int m_running{0};    // workers that have not yet finished checking
    std::atomic_int m_inside{0};     // workers that have not yet left work() (the destructor waits)
    std::atomic_bool m_cancelled{false};
    qint64 m_startedAtNs = 0;
    std::unique_ptr<SimulatedGil> m_gil;
    QList<QThread *> m_threads;      // startOnThreads(): the QThreads
};

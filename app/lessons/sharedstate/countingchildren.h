// SPDX-License-Identifier: MIT
#pragma once

#include "childcounting.h"
#include "demoid.h"
#include "rungate.h"
#include "sharedcountersegment.h"
#include "trace.h"
#include "workerprocess.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSystemSemaphore>

#include <memory>

// One run of part A's process demos: N concurrency-lab-worker children that each add 1 to a counter
// M times (the "counter" workload, countingworkload.cpp), in one of four ways. For the shared ones it
// owns the counter in shared memory and the semaphore, which it removes only once every child has
// exited and been reaped: a child is never left with a segment or semaphore that has gone.
//
// The children start together: each says "set" when ready, and the parent sends all of them "go"
// once all are set (a barrier, like the book's), so they really overlap and the losses are real.
//
// It is the run's RunGate. Step mode: every child stops at its own steps, and the user lets one
// chosen child past one step (permitStepOf: child A reads, child B does a whole increment, A writes:
// an update lost by hand, across processes). If one child fails, the others are stopped and the run
// fails with that child's message. Created, steered and destroyed on the GUI thread.
class CountingChildren : public QObject, public RunGate
{
    Q_OBJECT
public:
    struct Setup {
        DemoId demo;
        quint64 runId = 0;
        CountingMode mode = CountingMode::Isolated;
        int children = 1;
        qint64 increments = 1;          // per child
        // The shared modes: each child yields the CPU between its read and its write (--widen).
        bool widen = false;
        WorkerProcess::Options options;
        Trace *trace = nullptr;         // may be null; outlives this
    };

    // Every child exited after counting all its increments.
    struct Outcome {
        QList<qint64> answers;          // each child's answer: how many times it added 1
        QList<qint64> sentCounts;       // the messages demo: the counts the children sent
        qint64 sharedTotal = 0;         // the shared counter, read after the last child exited
        qint64 elapsedNs = 0;           // from the go to the last child's end
    };

    explicit CountingChildren(Setup setup, QObject *parent = nullptr);
    // Kills and reaps the children still running (WorkerProcess does), then removes the segment and
    // the semaphore.
    ~CountingChildren() override;

    bool sharesMemory() const;
    // The shared counter's key; empty for the demos that share nothing.
    QString key() const { return m_key; }
    // Creates the counter in shared memory and, for the locked demo, the semaphore. On failure the
    // run fails (failed()).
    void createShared();
    // Starts the children. Once.
    void start();

    void cancel() override;
    void setGated(bool gated) override;
    // The user names the child to let go (permitStepOf); without one there is nothing to choose.
    void permitStep() override {}
    void permitStepOf(const ExecutionUnit &unit) override;

Q_SIGNALS:
    void childStarted(qint64 pid);
    void stepReached(qint64 pid, const QString &stepId);
    // Every child has exited and been reaped, the shared things are removed, and exactly one of these
    // tells how the run ended.
    void completed(const CountingChildren::Outcome &outcome);
    void cancelled();
    void failed(const QString &errorString);

private:
    WorkerProcess *newChild();
    void handleResult(WorkerProcess *child, const QByteArray &text);
    void letThemGo();
    void fail(const QString &errorString);
    void childExited();
    void endRun();
    void removeShared();
    bool isEnding() const { return m_ended || m_cancelRequested || !m_error.isEmpty(); }
    void record(qint64 pid, TraceEventKind kind, const QString &detail = {}) const;

    const Setup m_setup;
    const QString m_key;
    const QPointer<Trace> m_trace;
    // Declared before the children, destroyed after them (and removed explicitly before that).
    std::unique_ptr<SharedCounterSegment> m_segment;
    std::unique_ptr<QSystemSemaphore> m_semaphore;
    QList<WorkerProcess *> m_children;   // owned (children of this object)
    Outcome m_outcome;
    int m_set = 0;                       // children ready to count
    int m_running = 0;                   // children started and not yet exited
    int m_done = 0;                      // children that said when they stopped counting
    qint64 m_goNs = 0;                   // CountingWords::steadyNowNs() at the go
    qint64 m_lastEndNs = 0;
    bool m_started = false;
    bool m_cancelRequested = false;
    bool m_ended = false;                // one of completed/cancelled/failed was emitted
    QString m_error;                     // the first failure
};

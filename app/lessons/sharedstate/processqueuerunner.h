// SPDX-License-Identifier: MIT
#pragma once

#include "queuerunner.h"
#include "rungate.h"
#include "workerprocess.h"

#include <QList>
#include <QObject>

#include <optional>

// One run of the process queue demo: K concurrency-lab-worker children running the "queue-consumer"
// workload (queueconsumerworkload.cpp), and the GUI thread as the producer. There is no queue object:
// each child's stdin pipe is its share of the queue (the items are "item <n>" lines), and its stdout
// the way back ("done <n>"). A child works on one item at a time: an item sent to an idle child is
// taken at once, and one sent to a busy child waits in its pipe until the child answers the item
// before it. As in multiprocessing.Queue(maxsize=C), whose get() frees the slot, the capacity bounds
// the items waiting (sent, not taken yet), never the children at work: the producer sends to an idle
// child first, else to the child with the fewest waiting while fewer than C wait in all, and otherwise
// waits for an answer (back-pressure). It ends each child with "end" (the sentinel) once every item is
// sent.
//
// It is the run's RunGate: cancel kills every child. If one child fails, the others are stopped and
// the run fails with that child's message. The children do not stop at steps (there are K). Created,
// steered and destroyed on the GUI thread.
class QueueChildren : public QObject, public RunGate
{
    Q_OBJECT
public:
    QueueChildren(QueueParameters parameters, WorkerProcess::Options options, QObject *parent = nullptr);
    // Kills and reaps the children still running (WorkerProcess does).
    ~QueueChildren() override;

    // Starts the K children. Once.
    void start();
    // A snapshot: the items waiting in the pipes (the queue's fill level), and per child the item it
    // works on (1) or none (0).
    QueueProgress progress() const;
    // The PIDs of the children that said they were ready.
    QList<qint64> pids() const;

    void cancel() override;
    void setGated(bool) override {}
    void permitStep() override {}

Q_SIGNALS:
    void childStarted(qint64 pid, int index);
    void stepPassed(qint64 pid, const QString &stepId);
    // The producer put item `n` (sent it to a child) / put the sentinels.
    void itemPut(int n);
    void sentinelsPut();
    // Every child has exited and been reaped, and exactly one of these tells how the run ended.
    void completed(const QueueResult &result);
    void cancelled();
    void failed(const QString &errorString);

private:
    struct Consumer {
        WorkerProcess *process = nullptr;   // owned (a child of this object)
        bool ready = false;
        bool ended = false;                 // its sentinel was sent
        QList<int> inFlight;                // sent to it, not yet answered, in the order sent: the first
                                            // is the one it works on, the others wait in its pipe
        quint64 lastSent = 0;               // when it was last given an item (a send number)
        qint64 count = 0;
        qint64 sum = 0;
        std::optional<int> answer;
    };

    void produce();
    Consumer *leastBusy();
    void handleResult(Consumer &consumer, const QByteArray &text);
    void fail(const QString &errorString);
    void childExited();
    QueueResult result() const;

    const QueueParameters m_p;
    QList<Consumer> m_consumers;
    int m_next = 1;              // the next item to put
    int m_waiting = 0;           // sent and not taken yet, in all the pipes: at most C
    quint64 m_sends = 0;
    qint64 m_done = 0;
    QList<int> m_firstTaken;
    bool m_producerWaiting = false;
    qint64 m_waits = 0;
    qint64 m_waitSinceNs = 0;
    qint64 m_waitNs = 0;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
    bool m_started = false;
    int m_running = 0;           // children started and not yet exited
    bool m_cancelRequested = false;
    bool m_ended = false;        // one of completed/cancelled/failed was emitted
    QString m_error;             // the first failure
};

// Part B with processes: Python's multiprocessing.Queue between the parent and K child processes
// (QueueChildren runs them). multiprocessing.Queue is first in, first out only, so there is one
// process demo. GUI thread only.
class ProcessQueueRunner : public QueueRunner
{
    Q_OBJECT
public:
    ProcessQueueRunner(const DemoId &demoId, QueueParameters parameters, QObject *parent = nullptr);
    // Kills and reaps the children of every run.
    ~ProcessQueueRunner() override;

    // Defaults: the worker found by WorkerLocator. Tests pass fault flags. Apply to the next run.
    void setWorkerOptions(const WorkerProcess::Options &options) { m_options = options; }
    // The PIDs of the current or last run's children that said they were ready.
    QList<qint64> childPids() const { return m_pids; }
    // Runs whose children are not all reaped yet: 0 once a run ended.
    int liveRuns() const;

protected:
    void startWork(quint64 runId) override;

private:
    WorkerProcess::Options m_options = WorkerProcess::Options::standard();
    QList<qint64> m_pids;
};

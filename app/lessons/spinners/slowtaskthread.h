// SPDX-License-Identifier: MIT
#pragma once

#include "blockinggate.h"
#include "demoid.h"

#include <QThread>

#include <chrono>

class Trace;

// A thread whose whole job is one run of the slow task, so it subclasses QThread and overrides run()
// (a worker object moved to a thread would suit a stream of requests instead).
// Owned and started by ThreadRunner on the GUI thread. Its signals are emitted by the worker thread,
// so receivers on the GUI thread get them queued, carrying values only.
class SlowTaskThread : public QThread
{
    Q_OBJECT
public:
    // `trace` may be null; when set it must outlive this thread. Its events name `demo`.
    SlowTaskThread(DemoId demo, quint64 runId, std::chrono::milliseconds duration, Trace *trace,
                   QObject *parent = nullptr);
    ~SlowTaskThread() override;

    // The run's gate, thread-safe: a cancel wakes the sleeping worker at once and the run then
    // reports cancelled(); step mode steers it (see BlockingGate).
    BlockingGate &gate() { return m_gate; }

Q_SIGNALS:
    void workerStarted(quint64 runId, qint64 tid);
    void answered(quint64 runId, int answer);
    void cancelled(quint64 runId);
    // The worker reached a step; in step mode it now waits for a permit.
    void stepReached(quint64 runId, qint64 tid, const QString &stepId);

protected:
    void run() override;

private:
    const DemoId m_demo;
    const quint64 m_runId;
    const std::chrono::milliseconds m_duration;
    Trace *const m_trace;
    BlockingGate m_gate;
};

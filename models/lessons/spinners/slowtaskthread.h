// SPDX-License-Identifier: MIT
#pragma once

#include "runcontrol.h"
#include "demokind.h"

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
    // `trace` may be null; when set it must outlive this thread. `gated`: start in step mode.
    SlowTaskThread(quint64 runId, std::chrono::milliseconds duration, Trace *trace, bool gated,
                   QObject *parent = nullptr);
    ~SlowTaskThread() override;

    // Thread-safe: wakes the sleeping worker at once; the run then reports cancelled().
    void requestCancel() { m_control.cancel(); }
    // Thread-safe steering of step mode (see RunControl).
    RunControl &control() { return m_control; }

Q_SIGNALS:
    void workerStarted(quint64 runId, qint64 tid);
    void answered(quint64 runId, int answer);
    void cancelled(quint64 runId);
    // The worker reached a step; in step mode it now waits for a permit.
    void stepReached(quint64 runId, qint64 tid, const QString &stepId);

protected:
    void run() override;

private:
    const quint64 m_runId;
    const std::chrono::milliseconds m_duration;
    Trace *const m_trace;
    RunControl m_control;
};

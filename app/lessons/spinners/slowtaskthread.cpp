// SPDX-License-Identifier: MIT
#include "slowtaskthread.h"

#include "slowtask.h"
#include "threadid.h"
#include "trace.h"


using namespace Qt::Literals::StringLiterals;

SlowTaskThread::SlowTaskThread(DemoId demo, quint64 runId, std::chrono::milliseconds duration, Trace *trace,
                               QObject *parent)
    : QThread(parent)
    , m_demo(std::move(demo))
    , m_runId(runId)
    , m_duration(duration)
    , m_trace(trace)
{
    setObjectName(u"slow-task-%1"_s.arg(runId));   // the thread's name in a debugger and in `ps -L`
}

SlowTaskThread::~SlowTaskThread()
{
    // Whoever starts a thread stops it: never destroy a running QThread.
    m_gate.cancel();
    wait();
}

void SlowTaskThread::run()
{
    // Everything below runs on the worker thread; the GUI thread keeps painting the spinner.
    const qint64 tid = ThreadId::current();
    auto record = [&](TraceEventKind kind, const QString &detail = {}) {
        if (m_trace)
            m_trace->append({0, m_demo, m_runId, UnitKind::WorkerThread, tid, kind, detail});
    };
    record(TraceEventKind::Started);
    Q_EMIT workerStarted(m_runId, tid);

    const auto reach = [&](const QString &stepId) {
        record(TraceEventKind::Step, stepId);
        Q_EMIT stepReached(m_runId, tid, stepId);   // queued: the GUI shows where the worker is
        return m_gate.waitAtStep();
    };
    record(TraceEventKind::Sleeping);
    const std::optional<int> answer = SlowTask::run(m_duration, m_gate, reach);
    record(TraceEventKind::Resumed);

    if (answer) {
        record(TraceEventKind::Result, QString::number(*answer));
        Q_EMIT answered(m_runId, *answer);   // queued to the GUI thread
    } else {
        record(TraceEventKind::Cancelled);
        Q_EMIT cancelled(m_runId);
    }
}

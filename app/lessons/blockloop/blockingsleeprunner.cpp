// SPDX-License-Identifier: MIT
#include "blockingsleeprunner.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

BlockingSleepRunner::BlockingSleepRunner(SlowTaskParameters parameters, QObject *parent)
    : CoroutineRunner(u"block"_s, SlowTask::script(false), parameters, parent)
{
}

BlockingSleepRunner::~BlockingSleepRunner()
{
    stopCoroutines();
}

void BlockingSleepRunner::launch(quint64 runId, SlowTaskParameters parameters, QPointer<CoroutineGate> gate)
{
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()}, tr("blocked"));
    supervise(this, runId, gate, [self = QPointer(this), runId, duration = clampDuration(parameters.duration), gate] {
        return slow(self, runId, duration, gate);
    });
}

// Python (spinner_async_experiment.py): async def slow(): time.sleep(3); return 42
QCoro::Task<std::optional<SlowTaskResult>> BlockingSleepRunner::slow(QPointer<BlockingSleepRunner> self, quint64 runId,
                                                                     std::chrono::milliseconds duration,
                                                                     QPointer<CoroutineGate> gate)
{
    // Not in the book: a short await first, so the room sees the spinners turn before they stop.
    const bool leadInPassed = co_await InterruptibleSleep(spinnerLeadIn, gate);
    if (!leadInPassed || !stillCurrent(self, runId))
        co_return std::nullopt;
    if (!co_await self->reach(runId, gate, u"slow-task-sleeps"_s))
        co_return std::nullopt;

    // No co_await: the coroutine never gives the event loop back, and the loop is the GUI thread's.
    // Nothing else can run until the sleep returns: no painting, no clicks, no timers. The trace's
    // Blocked/Resumed pair of the GUI loop is what the lesson measures the freeze by.
    const ExecutionUnit gui{UnitKind::GuiLoop, ThreadId::current()};
    self->traceCoroutine(runId, TraceEventKind::Blocked);
    self->trace(runId, gui, TraceEventKind::Blocked);
    QThread::msleep(quint64(duration.count()));  // step: slow-task-sleeps
    self->trace(runId, gui, TraceEventKind::Resumed);
    self->traceCoroutine(runId, TraceEventKind::Resumed);

    if (!co_await self->reach(runId, gate, u"result-ready"_s))
        co_return std::nullopt;
    co_return SlowTaskResult{SlowTask::answer};  // step: result-ready
}

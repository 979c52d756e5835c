// SPDX-License-Identifier: MIT
#include "blockingsleeprunner.h"

#include "labclock.h"
#include "slowtask.h"
#include "threadid.h"

#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

BlockingSleepRunner::BlockingSleepRunner(QObject *parent)
    : CoroutineDemoRunner(DemoKind::BlockLoop, parent)
{
}

BlockingSleepRunner::~BlockingSleepRunner()
{
    stopCoroutines();
}

void BlockingSleepRunner::launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control)
{
    setExecutor(runId, tr("GUI thread (blocked)"));
    supervise(this, runId, control, [self = QPointer(this), runId, duration = std::min(duration, maximumDuration), control] {
        return slow(self, runId, duration, control);
    });
}

// Python (spinner_async_experiment.py): async def slow(): time.sleep(3); return 42
QCoro::Task<std::optional<int>> BlockingSleepRunner::slow(QPointer<BlockingSleepRunner> self, quint64 runId,
                                                          std::chrono::milliseconds duration,
                                                          QPointer<CoroutineRunControl> control)
{
    // Not in the book: a short await first, so the room sees the spinners turn before they stop.
    const bool leadInPassed = co_await InterruptibleSleep(spinnerLeadIn, control);
    if (!leadInPassed || !stillCurrent(self, runId))
        co_return std::nullopt;
    if (!co_await self->reach(runId, control, u"slow-task-sleeps"_s))
        co_return std::nullopt;

    // No co_await: the coroutine never gives the event loop back, and the loop is the GUI thread's.
    // Nothing else can run until the sleep returns: no painting, no clicks, no timers.
    const qint64 gui = ThreadId::current();
    const qint64 blockedAt = LabClock::nowNs();
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Blocked);
    self->trace(runId, UnitKind::GuiLoop, gui, TraceEventKind::Blocked);
    QThread::msleep(quint64(duration.count()));  // step: slow-task-sleeps
    self->trace(runId, UnitKind::GuiLoop, gui, TraceEventKind::Resumed);
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Resumed);
    self->recordLoopHold(blockedAt, LabClock::nowNs());

    if (!co_await self->reach(runId, control, u"result-ready"_s))
        co_return std::nullopt;
    co_return SlowTask::answer;  // step: result-ready
}

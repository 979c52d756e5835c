// SPDX-License-Identifier: MIT
#include "blockingsleeprunner.h"

#include "labclock.h"
#include "slowtask.h"
#include "threadid.h"

#include <QThread>

#include <algorithm>

BlockingSleepRunner::BlockingSleepRunner(QObject *parent)
    : CoroutineDemoRunner(DemoKind::BlockLoop, parent)
{
}

BlockingSleepRunner::~BlockingSleepRunner()
{
    stopCoroutines();
}

void BlockingSleepRunner::launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineCancelSource> cancel)
{
    setExecutor(runId, tr("GUI thread (blocked)"));
    slowButBlocking(this, runId, std::min(duration, maximumDuration), cancel);
}

QCoro::Task<> BlockingSleepRunner::slowButBlocking(QPointer<BlockingSleepRunner> self, quint64 runId,
                                                   std::chrono::milliseconds duration,
                                                   QPointer<CoroutineCancelSource> cancel)
{
    const qint64 gui = ThreadId::current();
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Started);
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Awaiting);
    const bool leadInPassed = co_await InterruptibleSleep(leadIn, cancel);
    if (!stillCurrent(self, runId))
        co_return;
    if (!leadInPassed) {
        self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Cancelled);
        self->finishCancelled(runId);
        co_return;
    }

    // Python: time.sleep(3) inside `async def slow()`. No co_await: the coroutine never gives the
    // event loop back, and the loop is the GUI thread's. Nothing else can run until this returns.
    const qint64 blockedAt = LabClock::nowNs();
    self->trace(runId, UnitKind::GuiLoop, gui, TraceEventKind::Blocked);
    QThread::msleep(quint64(duration.count()));  // step: blocking-sleep
    const qint64 unblockedAt = LabClock::nowNs();
    self->trace(runId, UnitKind::GuiLoop, gui, TraceEventKind::Resumed);

    self->recordLoopHold(blockedAt, unblockedAt);
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Result, QString::number(SlowTask::answer));
    self->finishWithAnswer(runId, SlowTask::answer);
}

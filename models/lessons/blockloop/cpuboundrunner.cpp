// SPDX-License-Identifier: MIT
#include "cpuboundrunner.h"

#include "busywork.h"
#include "labclock.h"
#include "slowtask.h"
#include "threadid.h"

#include <algorithm>

CpuBoundRunner::CpuBoundRunner(DemoKind kind, QObject *parent)
    : CoroutineDemoRunner(kind, parent)
{
    Q_ASSERT(kind == DemoKind::BlockCpu || kind == DemoKind::CooperativeCpu);
}

CpuBoundRunner::~CpuBoundRunner()
{
    stopCoroutines();
}

void CpuBoundRunner::setYieldEvery(quint64 iterations)
{
    m_yieldEvery = std::clamp(iterations, minimumYieldEvery, maximumYieldEvery);
}

void CpuBoundRunner::launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control)
{
    const bool cooperative = kind() == DemoKind::CooperativeCpu;
    setExecutor(runId, cooperative ? tr("GUI thread (yielding every %L1 iterations)").arg(m_yieldEvery)
                                   : tr("GUI thread (never yielding)"));
    m_lastYieldCount = 0;
    const quint64 iterations = BusyWork::iterationsFor(std::min(duration, maximumDuration));
    compute(this, runId, iterations, cooperative ? m_yieldEvery : 0, control);
}

QCoro::Task<> CpuBoundRunner::compute(QPointer<CpuBoundRunner> self, quint64 runId, quint64 iterations,
                                      quint64 yieldEvery, QPointer<CoroutineRunControl> control)
{
    const qint64 gui = ThreadId::current();
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Started);
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Awaiting);
    const bool leadInPassed = co_await InterruptibleSleep(spinnerLeadIn, control);
    if (!stillCurrent(self, runId))
        co_return;
    if (!leadInPassed) {
        self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Cancelled);
        self->finishCancelled(runId);
        co_return;
    }

    const qint64 startedAt = LabClock::nowNs();
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Busy);
    if (yieldEvery == 0)
        self->trace(runId, UnitKind::GuiLoop, gui, TraceEventKind::Blocked);

    quint64 value = 42;
    quint64 done = 0;
    quint64 yields = 0;
    while (done < iterations) {
        const quint64 chunk = yieldEvery == 0 ? iterations - done : std::min(yieldEvery, iterations - done);
        value = BusyWork::spin(chunk, value);
        done += chunk;
        if (yieldEvery != 0 && done < iterations) {
            // Python: await asyncio.sleep(0). One turn of the event loop: paint, clicks, timers.
            const bool notCancelled = co_await InterruptibleSleep(std::chrono::milliseconds(0), control);
            if (!stillCurrent(self, runId))
                co_return;
            if (!notCancelled) {
                self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Cancelled);
                self->finishCancelled(runId);
                co_return;
            }
            ++yields;
        }
    }

    if (yieldEvery == 0) {
        self->trace(runId, UnitKind::GuiLoop, gui, TraceEventKind::Resumed);
        self->recordLoopHold(startedAt, LabClock::nowNs());
    }
    self->m_lastYieldCount = yields;
    self->m_lastChecksum = value;   // keeps the computation from being optimised away
    self->trace(runId, UnitKind::Coroutine, gui, TraceEventKind::Result, QString::number(SlowTask::answer));
    self->finishWithAnswer(runId, SlowTask::answer);
}

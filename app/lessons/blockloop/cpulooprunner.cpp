// SPDX-License-Identifier: MIT
#include "cpulooprunner.h"

#include "busywork.h"
#include "slowtask.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString describe(const CpuLoopResult &result)
{
    return QCoreApplication::translate("SlowTask", "Answer: %1").arg(result.answer);
}

QString traceDetail(const CpuLoopResult &result)
{
    return QString::number(result.answer);
}

QJsonObject toJson(const CpuLoopResult &result)
{
    return {{u"answer"_s, result.answer}, {u"yields"_s, qint64(result.yields)}, {u"yieldEvery"_s, qint64(result.yieldEvery)}};
}

CpuLoopRunner::CpuLoopRunner(const DemoId &demoId, CpuLoopParameters parameters, QObject *parent)
    : CoroutineRunner(demoId, SlowTask::script(false), parameters, parent)
{
}

CpuLoopRunner::~CpuLoopRunner()
{
    stopCoroutines();
}

void CpuLoopRunner::setYieldEvery(quint64 iterations)
{
    CpuLoopParameters p = parameters();
    p.yieldEvery = std::clamp(iterations, CpuLoopParameters::minimumYieldEvery, CpuLoopParameters::maximumYieldEvery);
    setParameters(p);
}

void CpuLoopRunner::launch(quint64 runId, CpuLoopParameters parameters, QPointer<CoroutineGate> gate)
{
    const quint64 yieldEvery = parameters.yieldEvery;
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()},
                yieldEvery ? tr("yielding every %L1 iterations").arg(yieldEvery) : tr("never yielding"));
    const quint64 iterations = BusyWork::iterationsFor(clampDuration(parameters.duration));
    supervise(this, runId, gate, [self = QPointer(this), runId, iterations, yieldEvery, gate] {
        return compute(self, runId, iterations, yieldEvery, gate);
    });
}

// Python: async def slow(): a loop of arithmetic, with `await asyncio.sleep(0)` every N rounds in the
// cooperative version (the book's spinner_prime_async_nap.py does the same in is_prime()).
QCoro::Task<std::optional<CpuLoopResult>> CpuLoopRunner::compute(QPointer<CpuLoopRunner> self, quint64 runId,
                                                                 quint64 iterations, quint64 yieldEvery,
                                                                 QPointer<CoroutineGate> gate)
{
    // Not in the book: a short await first, so the room sees the spinners turn before they stop.
    const bool leadInPassed = co_await InterruptibleSleep(spinnerLeadIn, gate);
    if (!leadInPassed || !stillCurrent(self, runId))
        co_return std::nullopt;
    if (!co_await self->reach(runId, gate, u"slow-task-computes"_s))
        co_return std::nullopt;

    const ExecutionUnit gui{UnitKind::GuiLoop, ThreadId::current()};
    self->traceCoroutine(runId, TraceEventKind::Busy);
    if (yieldEvery == 0)
        self->trace(runId, gui, TraceEventKind::Blocked);   // the freeze the lesson measures

    CpuLoopResult result;
    result.yieldEvery = yieldEvery;
    quint64 value = 42;
    quint64 done = 0;
    while (done < iterations) {  // step: slow-task-computes
        const quint64 chunk = yieldEvery == 0 ? iterations - done : std::min(yieldEvery, iterations - done);
        value = BusyWork::spin(chunk, value);
        done += chunk;
        if (yieldEvery != 0 && done < iterations) {
            // Python: await asyncio.sleep(0). One turn of the event loop: paint, clicks, timers.
            const bool notCancelled = co_await InterruptibleSleep(std::chrono::milliseconds(0), gate);
            if (!notCancelled || !stillCurrent(self, runId))
                co_return std::nullopt;
            ++result.yields;
        }
    }
    if (yieldEvery == 0)
        self->trace(runId, gui, TraceEventKind::Resumed);
    result.checksum = value;

    if (!co_await self->reach(runId, gate, u"result-ready"_s))
        co_return std::nullopt;
    co_return result;  // step: result-ready
}

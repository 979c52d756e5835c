// SPDX-License-Identifier: MIT
#include "coroutinerunner.h"

#include "slowtask.h"
#include "threadid.h"

#include <exception>

namespace {

// Python: async def slow(): await asyncio.sleep(3); return 42
// The co_await suspends this coroutine and returns to the event loop, which goes on painting
// spinners and handling clicks until the timer (or a cancel) resumes it, on the same GUI thread.
QCoro::Task<std::optional<int>> slow(std::chrono::milliseconds duration, QPointer<CoroutineCancelSource> cancel)
{
    const bool sleptFully = co_await InterruptibleSleep(duration, cancel);  // step: slow-task-sleeps
    if (!sleptFully)
        co_return std::nullopt;
    co_return SlowTask::answer;  // step: result-ready
}

} // namespace

CoroutineRunner::CoroutineRunner(QObject *parent)
    : CoroutineDemoRunner(DemoKind::Coroutine, parent)
{
}

CoroutineRunner::~CoroutineRunner()
{
    stopCoroutines();
}

void CoroutineRunner::launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineCancelSource> cancel)
{
    setExecutor(runId, tr("GUI thread"));
    // Not awaited: like asyncio.create_task(), the coroutine runs until its first co_await, then
    // control comes back here and on to the event loop.
    supervise(this, runId, duration, cancel);
}

QCoro::Task<> CoroutineRunner::supervise(QPointer<CoroutineRunner> self, quint64 runId,
                                         std::chrono::milliseconds duration, QPointer<CoroutineCancelSource> cancel)
{
    // An exception escaping a coroutine nobody awaits would vanish: catch everything here.
    try {
        const qint64 tid = ThreadId::current();
        self->trace(runId, UnitKind::Coroutine, tid, TraceEventKind::Started);
        self->trace(runId, UnitKind::Coroutine, tid, TraceEventKind::Awaiting);
        const std::optional<int> answer = co_await slow(duration, cancel);  // step: start-slow-task
        // After every co_await: is the runner still there, and is this still its current run?
        if (!stillCurrent(self, runId))  // step: join
            co_return;
        self->trace(runId, UnitKind::Coroutine, ThreadId::current(), TraceEventKind::Resumed);
        if (answer) {
            self->trace(runId, UnitKind::Coroutine, ThreadId::current(), TraceEventKind::Result, QString::number(*answer));
            self->finishWithAnswer(runId, *answer);
        } else {
            self->trace(runId, UnitKind::Coroutine, ThreadId::current(), TraceEventKind::Cancelled);
            self->finishCancelled(runId);
        }
    } catch (const std::exception &error) {
        if (self)
            self->finishFailed(runId, tr("The coroutine failed: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

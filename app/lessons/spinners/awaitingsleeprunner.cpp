// SPDX-License-Identifier: MIT
#include "awaitingsleeprunner.h"

using namespace Qt::Literals::StringLiterals;

AwaitingSleepRunner::AwaitingSleepRunner(SlowTaskParameters parameters, QObject *parent)
    : CoroutineRunner(u"coroutine"_s, SlowTask::script(false), parameters, parent)
{
}

AwaitingSleepRunner::~AwaitingSleepRunner()
{
    stopCoroutines();
}

void AwaitingSleepRunner::launch(quint64 runId, SlowTaskParameters parameters, QPointer<CoroutineGate> gate)
{
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()});
    // Not awaited. A QCoro::Task starts at once and runs until its first co_await, then control comes
    // back here and on to the event loop. (Python's asyncio.create_task() only schedules the coroutine:
    // none of its body runs until the event loop gets control.)
    supervise(this, runId, gate, [self = QPointer(this), runId, duration = parameters.duration, gate] {
        return slow(self, runId, duration, gate);
    });
}

// Python: async def slow(): await asyncio.sleep(3); return 42
// The co_await suspends this coroutine and returns to the event loop, which goes on painting
// spinners and handling clicks until the timer (or a cancel) resumes it, on the same GUI thread.
// Every `co_await self->reach(...)` is a step: in step mode the coroutine waits there for the user.
QCoro::Task<std::optional<SlowTaskResult>> AwaitingSleepRunner::slow(QPointer<AwaitingSleepRunner> self, quint64 runId,
                                                                     std::chrono::milliseconds duration,
                                                                     QPointer<CoroutineGate> gate)
{
    if (!co_await self->reach(runId, gate, u"slow-task-sleeps"_s))
        co_return std::nullopt;
    const bool sleptFully = co_await InterruptibleSleep(duration, gate);  // step: slow-task-sleeps
    if (!sleptFully || !stillCurrent(self, runId))
        co_return std::nullopt;
    if (!co_await self->reach(runId, gate, u"result-ready"_s))
        co_return std::nullopt;
    co_return SlowTaskResult{SlowTask::answer};  // step: result-ready
}

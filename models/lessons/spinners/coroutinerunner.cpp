// SPDX-License-Identifier: MIT
#include "coroutinerunner.h"

#include "slowtask.h"

using namespace Qt::Literals::StringLiterals;

CoroutineRunner::CoroutineRunner(QObject *parent)
    : CoroutineDemoRunner(DemoKind::Coroutine, parent)
{
}

CoroutineRunner::~CoroutineRunner()
{
    stopCoroutines();
}

void CoroutineRunner::launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control)
{
    setExecutor(runId, tr("GUI thread"));
    // Not awaited: like asyncio.create_task(), the coroutine runs until its first co_await, then
    // control comes back here and on to the event loop.
    supervise(this, runId, control, [self = QPointer(this), runId, duration, control] {
        return slow(self, runId, duration, control);
    });
}

// Python: async def slow(): await asyncio.sleep(3); return 42
// The co_await suspends this coroutine and returns to the event loop, which goes on painting
// spinners and handling clicks until the timer (or a cancel) resumes it, on the same GUI thread.
// Every `co_await self->reach(...)` is a step: in step mode the coroutine waits there for the user.
QCoro::Task<std::optional<int>> CoroutineRunner::slow(QPointer<CoroutineRunner> self, quint64 runId,
                                                      std::chrono::milliseconds duration,
                                                      QPointer<CoroutineRunControl> control)
{
    if (!co_await self->reach(runId, control, u"slow-task-sleeps"_s))
        co_return std::nullopt;
    const bool sleptFully = co_await InterruptibleSleep(duration, control);  // step: slow-task-sleeps
    if (!sleptFully || !stillCurrent(self, runId))
        co_return std::nullopt;
    if (!co_await self->reach(runId, control, u"result-ready"_s))
        co_return std::nullopt;
    co_return SlowTask::answer;  // step: result-ready
}

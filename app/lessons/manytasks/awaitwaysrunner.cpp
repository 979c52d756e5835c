// SPDX-License-Identifier: MIT
#include "awaitwaysrunner.h"

using namespace Qt::Literals::StringLiterals;

AwaitWaysRunner::AwaitWaysRunner(Way way, WaysParameters parameters, QObject *parent)
    : WaysRunner(way == Way::Sequential ? u"await-sequential"_s : u"await-concurrent"_s,
                 way == Way::Sequential ? u"sequential"_s : u"concurrent"_s, parameters, parent)
    , m_way(way)
{
}

AwaitWaysRunner::~AwaitWaysRunner()
{
    stopCoroutines();
}

void AwaitWaysRunner::launch(quint64 runId, WaysParameters parameters, QPointer<CoroutineGate> gate)
{
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()});
    beginOutput(parameters);
    runMain(this, runId, m_way, parameters.duration, gate);   // not awaited: it reports when main is done
}

// Python: asyncio.run(main()), then the result. Not awaited by anyone, so it catches everything.
QCoro::Task<> AwaitWaysRunner::runMain(QPointer<AwaitWaysRunner> self, quint64 runId, Way way, std::chrono::milliseconds duration,
                                       QPointer<CoroutineGate> gate)
{
    try {
        self->traceCoroutine(runId, TraceEventKind::Started);
        self->traceCoroutine(runId, TraceEventKind::Awaiting);
        std::optional<WaysResult> result;
        if (way == Way::Sequential)
            result = co_await oneAfterTheOther(self, runId, duration, gate);
        else
            result = co_await bothAtOnce(self, runId, duration, gate);
        if (!stillCurrent(self, runId))
            co_return;
        if (result) {
            self->traceCoroutine(runId, TraceEventKind::Result, traceDetail(*result));
            self->finishWithResult(runId, *result);
        } else {
            self->traceCoroutine(runId, TraceEventKind::Cancelled);
            self->finishCancelled(runId);
        }
    } catch (const std::exception &error) {
        if (self)
            self->finishFailed(runId, tr("The coroutine failed: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

// Python:
//     await slow('A')
//     await slow('B')
QCoro::Task<std::optional<WaysResult>> AwaitWaysRunner::oneAfterTheOther(QPointer<AwaitWaysRunner> self, quint64 runId,
                                                                          std::chrono::milliseconds duration,
                                                                          QPointer<CoroutineGate> gate)
{
    self->say(runId, tr("main: awaits slow(A)"));
    if (!co_await self->reach(runId, gate, u"await-one"_s))
        co_return std::nullopt;
    // co_await suspends main until A has finished: B has not even been created yet.
    const bool doneA = co_await slow(self.data(), runId, u"A"_s, duration, gate);  // step: await-one
    if (!doneA || !stillCurrent(self, runId))
        co_return std::nullopt;
    self->say(runId, tr("main: A is done; awaits slow(B)"));
    if (!co_await self->reach(runId, gate, u"await-other"_s))
        co_return std::nullopt;
    const bool doneB = co_await slow(self.data(), runId, u"B"_s, duration, gate);  // step: await-other
    if (!doneB || !stillCurrent(self, runId))
        co_return std::nullopt;
    self->say(runId, tr("main: both are done, one after the other"));
    co_return self->resultNow();
}

// Python:
//     task_a = asyncio.create_task(slow('A'))
//     task_b = asyncio.create_task(slow('B'))
//     await task_a
//     await task_b
QCoro::Task<std::optional<WaysResult>> AwaitWaysRunner::bothAtOnce(QPointer<AwaitWaysRunner> self, quint64 runId,
                                                                    std::chrono::milliseconds duration, QPointer<CoroutineGate> gate)
{
    if (!co_await self->reach(runId, gate, u"create-task"_s))
        co_return std::nullopt;
    self->say(runId, tr("main: calls slow(A)"));
    // Eager: slow() runs A's body up to its first co_await, right here, before it returns the task.
    QCoro::Task<bool> a = slow(self.data(), runId, u"A"_s, duration, gate);  // step: create-task
    self->say(runId, tr("main: slow(A) returned its task; A's body has already run (Python's create_task() runs none of it yet)"));
    QCoro::Task<bool> b = slow(self.data(), runId, u"B"_s, duration, gate);
    self->say(runId, tr("main: both tasks have started; main awaits them"));
    if (!co_await self->reach(runId, gate, u"await-tasks"_s)) {
        co_await a;   // cancelled: both end at once; await them so neither outlives main
        co_await b;
        co_return std::nullopt;
    }
    const bool doneA = co_await a;  // step: await-tasks
    const bool doneB = co_await b;
    if (!doneA || !doneB || !stillCurrent(self, runId))
        co_return std::nullopt;
    self->say(runId, tr("main: both are done, after one sleep's time"));
    co_return self->resultNow();
}

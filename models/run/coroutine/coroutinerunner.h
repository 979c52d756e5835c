// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinegate.h"
#include "interruptiblesleep.h"
#include "steppoint.h"
#include "threadid.h"
#include "typeddemorunner.h"

#include <QCoro/QCoroTask>

#include <exception>
#include <functional>
#include <optional>

// Base of the runners whose work is a coroutine on the GUI thread (lesson 1's awaiting coroutine,
// lesson 2's loop-blocking demos). Gives each run its own CoroutineGate, since QCoro 0.8 has no
// cancellation, and supervises the coroutine like the book's asyncio examples. GUI thread only.
//
// Subclasses write their coroutine as a static function taking by-value parameters only (a lambda's
// captures would not survive the first suspension) and a QPointer to the runner (it may be gone when
// the coroutine resumes); after every co_await it checks stillCurrent(). Each subclass's destructor
// calls stopCoroutines() first, so no coroutine resumes into a half-destroyed runner.
template <typename Parameters, DemoResult Result>
class CoroutineRunner : public TypedDemoRunner<Parameters, Result>
{
    using Base = TypedDemoRunner<Parameters, Result>;

public:
protected:
    using Base::Base;

    // Start the coroutine of run `runId` with `parameters`; `gate` belongs to that run.
    virtual void launch(quint64 runId, Parameters parameters, QPointer<CoroutineGate> gate) = 0;

    // Starts a coroutine that computes the result (Python's `async def slow()`); see supervise().
    using SlowCoroutine = std::function<QCoro::Task<std::optional<Result>>()>;
    // The supervisor of the book's asyncio examples: `result = await slow()`, then the result is
    // reported (or the cancel, when slow() gave none). Not awaited by anyone: start it and return.
    static QCoro::Task<> supervise(QPointer<CoroutineRunner> self, quint64 runId, QPointer<CoroutineGate> gate,
                                   SlowCoroutine slow);

    // `co_await self->reach(runId, gate, id)` at a step marker: records the step and, in step mode,
    // waits there for the user. Evaluates to false when the run was cancelled.
    StepPoint reach(quint64 runId, CoroutineGate *gate, const QString &stepId)
    {
        this->reachStep(runId, {UnitKind::Coroutine, ThreadId::current()}, stepId);
        return StepPoint(gate);
    }
    // Records a trace event of run `runId`'s coroutine.
    void traceCoroutine(quint64 runId, TraceEventKind kind, const QString &detail = {})
    {
        this->trace(runId, {UnitKind::Coroutine, ThreadId::current()}, kind, detail);
    }

    // Resumes the suspended coroutine of the current run, which sees a stale run and ends at once.
    void stopCoroutines()
    {
        this->retireAllRuns();
        if (m_gate)
            m_gate->cancel();
    }
    // Whether `self` (null when the runner is gone) is still on run `runId`.
    static bool stillCurrent(const CoroutineRunner *self, quint64 runId) { return self && self->isCurrentRun(runId); }

    void startWork(quint64 runId) final
    {
        if (m_gate)
            m_gate->deleteLater();   // the previous run's: its coroutine has ended
        m_gate = new CoroutineGate(this);
        this->attachGate(runId, m_gate, m_gate);
        launch(runId, this->parameters(), m_gate);
    }

private:
    QPointer<CoroutineGate> m_gate;  // of the current run; a child of this
};

template <typename Parameters, DemoResult Result>
QCoro::Task<> CoroutineRunner<Parameters, Result>::supervise(QPointer<CoroutineRunner> self, quint64 runId,
                                                            QPointer<CoroutineGate> gate, SlowCoroutine slow)
{
    // An exception escaping a coroutine nobody awaits would vanish: catch everything here.
    try {
        self->traceCoroutine(runId, TraceEventKind::Started);
        std::optional<Result> result;
        if (co_await self->reach(runId, gate, QStringLiteral("start-slow-task"))) {
            self->traceCoroutine(runId, TraceEventKind::Awaiting);
            result = co_await slow();  // step: start-slow-task
        }
        // After every co_await: is the runner still there, and is this still its current run? (A run
        // superseded by a restart has had its lane ended by the runner: Trace::endRun().)
        if (!stillCurrent(self, runId))
            co_return;
        bool joined = true;
        if (result)
            joined = co_await self->reach(runId, gate, QStringLiteral("join"));
        if (!stillCurrent(self, runId))  // step: join
            co_return;
        if (result && joined) {
            self->traceCoroutine(runId, TraceEventKind::Result, traceDetail(*result));
            self->finishWithResult(runId, *result);
        } else {
            self->traceCoroutine(runId, TraceEventKind::Cancelled);
            self->finishCancelled(runId);
        }
    } catch (const std::exception &error) {
        if (self)
            self->finishFailed(runId, DemoRunner::tr("The coroutine failed: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

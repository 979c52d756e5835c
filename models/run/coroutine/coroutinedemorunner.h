// SPDX-License-Identifier: MIT
#pragma once

#include "demorunner.h"
#include "interruptiblesleep.h"
#include "steppoint.h"

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>
#include <utility>

// Base of the runners whose work is a coroutine on the GUI thread (lesson 1's coroutine demo and the
// loop-blocking demos of lesson 2). Gives each run its own CoroutineRunControl, since QCoro 0.8
// has no cancellation, and remembers when a run held the event loop. GUI thread only.
//
// Subclasses write their coroutine as a static function taking by-value parameters only (a lambda's
// captures would not survive the first suspension) and a QPointer to the runner (it may be gone when
// the coroutine resumes); after every co_await it checks stillCurrent(). Each subclass's destructor
// calls stopCoroutines() first, so no coroutine resumes into a half-destroyed runner.
class CoroutineDemoRunner : public DemoRunner
{
    Q_OBJECT
public:
    // Lesson 2's demos await this long before they hold the GUI thread, so the room sees the spinners
    // turn before they stop (in the book the spinner of the blocking experiment never appears).
    static constexpr std::chrono::milliseconds spinnerLeadIn{300};

    // The last interval (LabClock ns) during which a run of this runner held the GUI thread.
    std::optional<std::pair<qint64, qint64>> lastLoopHold() const { return m_lastLoopHold; }

protected:
    using DemoRunner::DemoRunner;

    // Start the coroutine of run `runId`; `control` belongs to that run.
    virtual void launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control) = 0;

    // Starts a coroutine that computes the answer (Python's `async def slow()`); see supervise().
    using SlowCoroutine = std::function<QCoro::Task<std::optional<int>>()>;
    // The supervisor of the book's asyncio examples: `result = await slow()`, then the result is
    // reported (or the cancel, when slow() gave none). Not awaited by anyone: start it and return.
    static QCoro::Task<> supervise(QPointer<CoroutineDemoRunner> self, quint64 runId,
                                   QPointer<CoroutineRunControl> control, SlowCoroutine slow);

    // `co_await self->reach(runId, control, id)` at a step marker: records the step and, in step
    // mode, waits there for the user. Evaluates to false when the run was cancelled.
    StepPoint reach(quint64 runId, CoroutineRunControl *control, const QString &stepId);

    // Resumes the suspended coroutine of the current run, which sees a stale run and ends at once.
    void stopCoroutines();
    // Whether `self` (null when the runner is gone) is still on run `runId`.
    static bool stillCurrent(const CoroutineDemoRunner *self, quint64 runId)
    {
        return self && self->isCurrentRun(runId);
    }
    void recordLoopHold(qint64 fromNs, qint64 toNs) { m_lastLoopHold = std::pair(fromNs, toNs); }

    void startRun(quint64 runId, std::chrono::milliseconds duration) override;
    void cancelRun(quint64 runId) override;
    void setRunGated(quint64 runId, bool gated) override;
    void permitStep(quint64 runId) override;
    // The coroutine itself marks start-slow-task (the supervisor's `await slow()`).
    bool guiStartsSlowTask() const override { return false; }

private:
    QPointer<CoroutineRunControl> m_control;  // of the current run; a child of this
    std::optional<std::pair<qint64, qint64>> m_lastLoopHold;
};

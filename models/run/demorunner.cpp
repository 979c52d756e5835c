// SPDX-License-Identifier: MIT
#include "demorunner.h"

#include "labclock.h"
#include "threadid.h"

#include <QCoreApplication>

DemoRunner::DemoRunner(DemoKind kind, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
{
}

DemoRunner::~DemoRunner() = default;

QString DemoRunner::stateTitle(State state)
{
    switch (state) {
    case State::Idle: return tr("idle");
    case State::Running: return tr("running");
    case State::Done: return tr("done");
    case State::Cancelled: return tr("cancelled");
    case State::Failed: return tr("failed");
    }
    Q_UNREACHABLE();
    return {};
}

QString DemoRunner::unitLabel(UnitKind unit, qint64 unitId)
{
    switch (unit) {
    case UnitKind::GuiLoop: return tr("GUI thread");
    case UnitKind::WorkerThread: return tr("worker TID %1").arg(unitId);
    case UnitKind::ChildProcess: return tr("child PID %1").arg(unitId);
    case UnitKind::Coroutine: return tr("coroutine");
    }
    Q_UNREACHABLE();
    return {};
}

void DemoRunner::setStepMode(bool on)
{
    if (m_stepMode == on)
        return;
    m_stepMode = on;
    if (m_state != State::Running || m_continued)
        return;
    if (!on)
        setWaiting(m_runId, {}, {});
    setRunGated(m_runId, on);
    if (!on)
        advanceGuiSteps();
}

void DemoRunner::stepOnce()
{
    if (m_state != State::Running || m_waitingStep.isEmpty())
        return;
    const bool gui = guiIsWaiting();
    setWaiting(m_runId, {}, {});
    if (!gui) {
        permitStep(m_runId);
        return;
    }
    const GuiStep step = m_guiSteps.takeFirst();
    if (step.action)
        step.action();
    advanceGuiSteps();
}

bool DemoRunner::guiIsWaiting() const
{
    return !m_guiSteps.isEmpty() && m_guiSteps.first().reached && m_waitingStep == m_guiSteps.first().id
        && m_waitingUnit == unitLabel(UnitKind::GuiLoop, ThreadId::gui());
}

void DemoRunner::atGuiStep(quint64 runId, const QString &stepId, std::function<void()> action)
{
    if (!isCurrentRun(runId)) {
        recordStep(runId, UnitKind::GuiLoop, ThreadId::gui(), stepId);
        if (action)
            action();
        return;
    }
    m_guiSteps.append({runId, stepId, std::move(action)});
    advanceGuiSteps();
}

void DemoRunner::advanceGuiSteps()
{
    if (m_advancingGuiSteps)
        return;   // an action added a step: the loop below takes it
    m_advancingGuiSteps = true;
    while (!m_guiSteps.isEmpty()) {
        GuiStep &head = m_guiSteps.first();
        if (!head.reached) {
            head.reached = true;
            recordStep(head.runId, UnitKind::GuiLoop, ThreadId::gui(), head.id);
        }
        if (runsAreGated() && isCurrentRun(head.runId)) {
            setWaiting(head.runId, unitLabel(UnitKind::GuiLoop, ThreadId::gui()), head.id);
            break;
        }
        const GuiStep step = m_guiSteps.takeFirst();
        if (step.action)
            step.action();
    }
    m_advancingGuiSteps = false;
}

void DemoRunner::beginSlowTask(quint64 runId, std::chrono::milliseconds duration)
{
    m_slowTaskStarted = true;
    startRun(runId, duration);
}

void DemoRunner::continueToEnd()
{
    if (m_state != State::Running || m_continued)
        return;
    m_continued = true;
    setWaiting(m_runId, {}, {});
    setRunGated(m_runId, false);
    advanceGuiSteps();
}

void DemoRunner::reachStep(quint64 runId, UnitKind unit, qint64 unitId, const QString &stepId)
{
    recordStep(runId, unit, unitId, stepId);
    if (runsAreGated())
        setWaiting(runId, unitLabel(unit, unitId), stepId);
}

void DemoRunner::recordStep(quint64 runId, UnitKind unit, qint64 unitId, const QString &stepId)
{
    if (runId == m_runId)
        trace(runId, unit, unitId, TraceEventKind::Step, stepId);
}

void DemoRunner::setWaiting(quint64 runId, const QString &unitLabel, const QString &stepId)
{
    if (!isCurrentRun(runId) || (m_waitingStep == stepId && m_waitingUnit == unitLabel))
        return;
    m_waitingStep = stepId;
    m_waitingUnit = unitLabel;
    Q_EMIT waitingChanged();
}

qint64 DemoRunner::elapsedMs() const
{
    if (m_state == State::Running)
        return m_clock.elapsed();
    return m_finishedElapsedMs;
}

void DemoRunner::start(std::chrono::milliseconds duration)
{
    // A new run number first: whatever the previous run still reports (even synchronously, from
    // inside cancelRun()) is then stale and dropped.
    const bool restarting = m_state == State::Running;
    const quint64 previousRunId = m_runId;
    const quint64 runId = ++m_runId;
    m_answer.reset();
    m_errorString.clear();
    m_executor.clear();
    m_clock.start();
    m_startedAtNs = LabClock::nowNs();
    m_finishedAtNs = 0;
    m_continued = false;
    m_waitingStep.clear();
    m_waitingUnit.clear();
    m_guiSteps.clear();
    const bool previousSlowTaskStarted = std::exchange(m_slowTaskStarted, false);
    m_slowTaskAnswered = false;
    m_state = State::Running;
    if (restarting && previousSlowTaskStarted)
        cancelRun(previousRunId);
    Q_EMIT waitingChanged();
    Q_EMIT executorChanged(m_executor);
    Q_EMIT stateChanged(m_state);
    // The book's order: start the spinner, then the slow task.
    atGuiStep(runId, QStringLiteral("start-spinner"), [this, runId, duration] {
        Q_EMIT spinningChanged(true);
        if (guiStartsSlowTask())
            atGuiStep(runId, QStringLiteral("start-slow-task"), [this, runId, duration] { beginSlowTask(runId, duration); });
        else
            beginSlowTask(runId, duration);
    });
}

void DemoRunner::cancel()
{
    if (m_state != State::Running)
        return;
    // Paused at the GUI thread's own steps, before the slow task started or after it answered:
    // nothing else to stop.
    if (m_slowTaskStarted && !m_slowTaskAnswered)
        cancelRun(m_runId);
    else
        finishCancelled(m_runId);
}

void DemoRunner::setExecutor(quint64 runId, const QString &executor)
{
    if (!isCurrentRun(runId))
        return;
    m_executor = executor;
    Q_EMIT executorChanged(m_executor);
}

void DemoRunner::finishWithAnswer(quint64 runId, int answer)
{
    if (!isCurrentRun(runId))
        return;
    m_slowTaskAnswered = true;
    // The book's order: stop the spinner, then print the answer (in step mode, one Step each).
    atGuiStep(runId, QStringLiteral("stop-spinner"), [this, runId, answer] {
        Q_EMIT spinningChanged(false);
        atGuiStep(runId, QStringLiteral("print-answer"), [this, answer] {
            m_answer = answer;
            finish(State::Done);
        });
    });
}

void DemoRunner::finishCancelled(quint64 runId)
{
    if (!isCurrentRun(runId))
        return;
    m_guiSteps.clear();   // a cancel does not wait for Step
    recordStep(runId, UnitKind::GuiLoop, ThreadId::gui(), QStringLiteral("stop-spinner"));
    Q_EMIT spinningChanged(false);
    finish(State::Cancelled);
}

void DemoRunner::finishFailed(quint64 runId, const QString &errorString)
{
    if (!isCurrentRun(runId))
        return;
    m_guiSteps.clear();
    m_errorString = errorString;
    recordStep(runId, UnitKind::GuiLoop, ThreadId::gui(), QStringLiteral("stop-spinner"));
    Q_EMIT spinningChanged(false);
    finish(State::Failed);
}

void DemoRunner::finish(State state)
{
    m_finishedElapsedMs = m_clock.elapsed();
    m_finishedAtNs = LabClock::nowNs();
    const bool wasWaiting = !m_waitingStep.isEmpty();
    m_waitingStep.clear();
    m_waitingUnit.clear();
    if (wasWaiting)
        Q_EMIT waitingChanged();
    m_state = state;
    Q_EMIT stateChanged(m_state);
    Q_EMIT finished();
}

void DemoRunner::trace(quint64 runId, UnitKind unit, qint64 unitId, TraceEventKind kind, const QString &detail)
{
    if (m_trace)
        m_trace->append({0, m_kind, runId, unit, unitId, kind, detail});
}

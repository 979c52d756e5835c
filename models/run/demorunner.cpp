// SPDX-License-Identifier: MIT
#include "demorunner.h"

#include "labclock.h"
#include "rungate.h"
#include "threadid.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
ExecutionUnit guiUnit()
{
    return {UnitKind::GuiLoop, ThreadId::gui()};
}
} // namespace

DemoRunner::DemoRunner(DemoId demoId, StepScript script, QObject *parent)
    : QObject(parent)
    , m_demoId(std::move(demoId))
    , m_script(std::move(script))
    , m_guiSteps({
          [this](quint64 runId, const QString &stepId) { recordStep(runId, guiUnit(), stepId); },
          [this](quint64 runId) { return runsAreGated() && isCurrentRun(runId); },
          [this](quint64 runId, const QString &stepId) { setWaiting(runId, guiUnit(), stepId); },
      })
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

QString DemoRunner::stateId(State state)
{
    switch (state) {
    case State::Idle: return u"idle"_s;
    case State::Running: return u"running"_s;
    case State::Done: return u"done"_s;
    case State::Cancelled: return u"cancelled"_s;
    case State::Failed: return u"failed"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString DemoRunner::executorText(ExecutorWording wording) const
{
    if (!m_executor)
        return {};
    const bool idFirst = wording == ExecutorWording::IdFirst;
    const QString name = idFirst ? m_executor->idFirstName() : m_executor->name();
    // "GUI thread (blocked)" was cut to "GUI thread (b…" in a narrow panel: without an id to lead
    // with, the short form is the unit's name, the note is for the whole wording (the tooltip).
    const bool hasIdForm = name != m_executor->name();
    if (m_executorNote.isEmpty() || (idFirst && !hasIdForm))
        return name;
    //: An execution unit and what the demo adds about it, e.g. "GUI thread (blocked)"
    return tr("%1 (%2)").arg(name, m_executorNote);
}

RunGate *DemoRunner::currentGate() const
{
    return m_gateLifetime ? m_gate : nullptr;
}

void DemoRunner::attachGate(quint64 runId, QObject *lifetime, RunGate *gate)
{
    if (!isCurrentRun(runId))
        return;
    m_gateLifetime = lifetime;
    m_gate = gate;
    gate->setGated(runsAreGated());
}

void DemoRunner::setStepMode(bool on)
{
    if (m_stepMode == on)
        return;
    m_stepMode = on;
    if (m_state != State::Running || m_continued)
        return;
    if (!on)
        clearWaiting();
    if (RunGate *gate = currentGate())
        gate->setGated(on);
    if (!on)
        m_guiSteps.advance();
}

std::optional<ExecutionUnit> DemoRunner::waitingUnit() const
{
    if (m_waiting.isEmpty())
        return std::nullopt;
    return m_waiting.first().unit;
}

void DemoRunner::stepOnce()
{
    if (!m_waiting.isEmpty())
        stepOnce(m_waiting.first().unit);
}

void DemoRunner::stepOnce(const ExecutionUnit &unit)
{
    if (m_state != State::Running)
        return;
    const auto waiting = std::find_if(m_waiting.cbegin(), m_waiting.cend(),
                                      [&unit](const WaitingUnit &entry) { return entry.unit == unit; });
    if (waiting == m_waiting.cend())
        return;
    const bool gui = unit.kind == UnitKind::GuiLoop && m_guiSteps.headIsWaiting(m_runId, waiting->step);
    m_waiting.erase(waiting);
    Q_EMIT waitingChanged();
    if (gui)
        m_guiSteps.releaseHead();
    else if (RunGate *gate = currentGate())
        gate->permitStepOf(unit);
}

void DemoRunner::continueToEnd()
{
    if (m_state != State::Running || m_continued)
        return;
    m_continued = true;
    clearWaiting();
    if (RunGate *gate = currentGate())
        gate->setGated(false);
    m_guiSteps.advance();
}

void DemoRunner::atGuiStep(quint64 runId, const QString &stepId, std::function<void()> action)
{
    if (!isCurrentRun(runId)) {
        recordStep(runId, guiUnit(), stepId);
        if (action)
            action();
        return;
    }
    m_guiSteps.add(runId, stepId, std::move(action));
}

void DemoRunner::reachStep(quint64 runId, const ExecutionUnit &unit, const QString &stepId)
{
    recordStep(runId, unit, stepId);
    unitWaits(runId, unit, stepId);
}

void DemoRunner::unitWaits(quint64 runId, const ExecutionUnit &unit, const QString &stepId)
{
    if (runsAreGated())
        setWaiting(runId, unit, stepId);
}

void DemoRunner::recordStep(quint64 runId, const ExecutionUnit &unit, const QString &stepId)
{
    if (runId == m_runId)
        trace(runId, unit, TraceEventKind::Step, stepId);
}

void DemoRunner::setWaiting(quint64 runId, const ExecutionUnit &unit, const QString &stepId)
{
    if (!isCurrentRun(runId))
        return;
    const auto waiting = std::find_if(m_waiting.begin(), m_waiting.end(),
                                      [&unit](const WaitingUnit &entry) { return entry.unit == unit; });
    if (waiting == m_waiting.end())
        m_waiting.append({unit, stepId});
    else if (waiting->step != stepId)
        waiting->step = stepId;
    else
        return;
    Q_EMIT waitingChanged();
}

void DemoRunner::clearWaiting()
{
    if (m_waiting.isEmpty())
        return;
    m_waiting.clear();
    Q_EMIT waitingChanged();
}

qint64 DemoRunner::elapsedMs() const
{
    if (m_state == State::Running)
        return m_clock.elapsed();
    return m_finishedElapsedMs;
}

void DemoRunner::start()
{
    // A new run number first: whatever the previous run still reports (even synchronously, from
    // inside its gate's cancel()) is then stale and dropped.
    const bool restarting = m_state == State::Running;
    RunGate *previousGate = currentGate();
    const bool previousWorkRunning = m_workStarted && !m_workFinished;
    const quint64 previousRunId = m_runId;
    const quint64 runId = ++m_runId;
    clearResult();
    m_errorString.clear();
    m_executor.reset();
    m_executorNote.clear();
    m_clock.start();
    m_startedAtNs = LabClock::nowNs();
    m_finishedAtNs = 0;
    m_continued = false;
    m_waiting.clear();
    m_guiSteps.clear();
    m_gateLifetime.clear();
    m_gate = nullptr;
    m_workStarted = false;
    m_workFinished = false;
    m_state = State::Running;
    if (restarting && previousWorkRunning && previousGate)
        previousGate->cancel();
    if (restarting && m_trace)
        m_trace->endRun(m_demoId, previousRunId, TraceEventKind::Cancelled);   // its units report no more
    Q_EMIT waitingChanged();
    Q_EMIT executorChanged();
    Q_EMIT stateChanged(m_state);
    runScript(runId, m_script.beforeWork, {});
}

void DemoRunner::runScript(quint64 runId, const QList<StepScript::Step> &steps, const std::function<void()> &publish)
{
    for (const StepScript::Step &step : steps)
        atGuiStep(runId, step.id, [this, runId, action = step.action, publish] { act(runId, action, publish); });
}

void DemoRunner::act(quint64 runId, StepScript::Action action, const std::function<void()> &publish)
{
    switch (action) {
    case StepScript::Action::None:
        break;
    case StepScript::Action::StartSpinner:
        Q_EMIT spinningChanged(true);
        break;
    case StepScript::Action::StopSpinner:
        Q_EMIT spinningChanged(false);
        break;
    case StepScript::Action::StartWork:
        if (isCurrentRun(runId)) {
            m_workStarted = true;
            startWork(runId);
        }
        break;
    case StepScript::Action::PublishResult:
        if (isCurrentRun(runId)) {
            publish();
            finish(State::Done);
        }
        break;
    }
}

void DemoRunner::cancel()
{
    if (m_state != State::Running)
        return;
    // Paused at the GUI thread's own steps, before the work started or after it reported, or a unit
    // with nothing to steer: nothing else to stop.
    RunGate *gate = currentGate();
    if (m_workStarted && !m_workFinished && gate)
        gate->cancel();   // the unit confirms with finishCancelled()
    else
        finishCancelled(m_runId);
}

void DemoRunner::setExecutor(quint64 runId, const ExecutionUnit &unit, const QString &note)
{
    if (!isCurrentRun(runId))
        return;
    m_executor = unit;
    m_executorNote = note;
    Q_EMIT executorChanged();
}

void DemoRunner::finishWork(quint64 runId, std::function<void()> publish)
{
    if (!isCurrentRun(runId))
        return;
    m_workFinished = true;
    runScript(runId, m_script.afterResult, publish);
}

void DemoRunner::finishCancelled(quint64 runId)
{
    if (!isCurrentRun(runId))
        return;
    m_guiSteps.clear();   // a cancel does not wait for Step
    stopSpinnerNow(runId);
    finish(State::Cancelled);
}

void DemoRunner::finishFailed(quint64 runId, const QString &errorString)
{
    if (!isCurrentRun(runId))
        return;
    m_guiSteps.clear();
    m_errorString = errorString;
    stopSpinnerNow(runId);
    finish(State::Failed);
}

void DemoRunner::stopSpinnerNow(quint64 runId)
{
    // The script's stop-spinner step, taken at once: the run ends without its result.
    for (const StepScript::Step &step : m_script.afterResult) {
        if (step.action == StepScript::Action::StopSpinner && !step.id.isEmpty())
            recordStep(runId, guiUnit(), step.id);
    }
    Q_EMIT spinningChanged(false);
}

void DemoRunner::finish(State state)
{
    m_finishedElapsedMs = m_clock.elapsed();
    m_finishedAtNs = LabClock::nowNs();
    clearWaiting();
    m_state = state;
    // A cancelled run's units that are still being stopped end with it (a failed run's units report
    // their own failure first, so they are left alone).
    if (state == State::Cancelled && m_trace)
        m_trace->endRun(m_demoId, m_runId, TraceEventKind::Cancelled);
    Q_EMIT stateChanged(m_state);
    Q_EMIT finished();
}

void DemoRunner::trace(quint64 runId, const ExecutionUnit &unit, TraceEventKind kind, const QString &detail)
{
    if (m_trace)
        m_trace->append({0, m_demoId, runId, unit.kind, unit.id, kind, detail});
}

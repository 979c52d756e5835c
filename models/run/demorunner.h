// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "executionunit.h"
#include "guistepqueue.h"
#include "stepscript.h"
#include "trace.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class RunGate;

// The lifecycle of one demo's runs, whatever runs them (a thread, a child process, a coroutine):
// numbered runs, states, cancel, step mode. A subclass says how the work starts (startWork()), hands
// the run's RunGate over (attachGate()) and reports the outcome; TypedDemoRunner adds the typed
// parameters and result. The GUI thread's steps around the work come from the demo's StepScript.
//
// GUI thread only. start() while a run is going cancels that run and starts a new one; anything the
// old run reports afterwards is dropped (every report names its run).
class DemoRunner : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Cancelled, Failed };
    Q_ENUM(State)

    ~DemoRunner() override;

    // Demos that hold the GUI thread (lesson 2's, lesson 3's sequential check) wait this long first, so
    // the room sees the spinners turn before they stop (in the book the spinner of the blocking
    // experiment never appears).
    static constexpr std::chrono::milliseconds spinnerLeadIn{300};

    const DemoId &demoId() const { return m_demoId; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // Translated reason of the last failure; empty unless state() is Failed.
    QString errorString() const { return m_errorString; }
    // Who runs the work of the current or last run, once known.
    std::optional<ExecutionUnit> executor() const { return m_executor; }
    // How executorText() names the unit: ExecutionUnit::name() with the demo's note, or the short
    // form for a narrow line: idFirstName(), and the note only after an id ("TID 13380, worker
    // thread (producer)"); a unit without an id of its own is its name alone ("GUI thread").
    enum class ExecutorWording { Full, IdFirst };
    // Translated "who runs the work", as panels and reports show it: the unit's name and, where the
    // demo says more ("blocked"), that too (see ExecutorWording). Empty until the unit is known.
    QString executorText(ExecutorWording wording = ExecutorWording::Full) const;
    // Milliseconds since the current run started, or the duration of the last finished run.
    qint64 elapsedMs() const;
    quint64 currentRunId() const { return m_runId; }
    // LabClock times of the current or last run: when it started and when it finished (0 while running).
    qint64 startedAtNs() const { return m_startedAtNs; }
    qint64 finishedAtNs() const { return m_finishedAtNs; }

    // The result of the last run that finished with one (state() Done).
    virtual bool hasResult() const = 0;
    // Translated one-line result for panels and the headless summary, e.g. "Answer: 42"; empty
    // without a result.
    virtual QString resultText() const = 0;
    // The result for reports, e.g. {"answer": 42}; empty without a result.
    virtual QJsonObject resultJson() const = 0;
    // Lessons 1 and 2 take the window's "slow task duration": a runner whose parameters have a
    // duration takes it for its next run (clamped to what the demo allows) and returns true.
    virtual bool applyDuration(std::chrono::milliseconds duration) { Q_UNUSED(duration) return false; }
    // When the last applyDuration() asked for more than the demo allows: what was asked and what it
    // runs (a real freeze is bounded), so the panel can say so. Otherwise nullopt.
    struct DurationCap {
        std::chrono::milliseconds asked;
        std::chrono::milliseconds used;
    };
    virtual std::optional<DurationCap> durationCap() const { return std::nullopt; }

    // Where the runner records what its execution units do; may be null. Not owned.
    void setTrace(Trace *trace) { m_trace = trace; }

    static QString stateTitle(State state);  // translated: "idle", "running", ...
    // Untranslated state id for reports: "idle", "running", "done", "cancelled", "failed".
    static QString stateId(State state);

    // Step mode: the execution unit of each run (and the GUI thread's own steps) stops at every step
    // marker until stepOnce(). Applies to the current run and to later ones.
    void setStepMode(bool on);
    bool stepMode() const { return m_stepMode; }
    // A unit of the current run waiting for Step, and where.
    struct WaitingUnit {
        ExecutionUnit unit;
        QString step;
        friend bool operator==(const WaitingUnit &, const WaitingUnit &) = default;
    };
    // Lets the unit that has waited longest past exactly one step.
    void stepOnce();
    // Lets `unit` past exactly one step, if it waits at one: with several units waiting (two threads
    // of one run), the user chooses which one goes on. Ignored for a unit that does not wait.
    void stepOnce(const ExecutionUnit &unit);
    // Lets the current run go to its end without stopping (step mode stays on for later runs).
    void continueToEnd();
    // The current run stops at its steps (step mode, not continued): a unit waits at one or is on its
    // way to the next. What Continue is for.
    bool isHeldAtSteps() const { return m_state == State::Running && runsAreGated(); }
    // The current run's units waiting for Step, the longest waiting first; empty if none.
    const QList<WaitingUnit> &waitingUnits() const { return m_waiting; }
    // The first of them: where it waits and which unit it is; empty if none waits.
    QString waitingStep() const { return m_waiting.isEmpty() ? QString() : m_waiting.first().step; }
    std::optional<ExecutionUnit> waitingUnit() const;

public Q_SLOTS:
    // Starts a run with the runner's current parameters.
    void start();
    void cancel();

Q_SIGNALS:
    void stateChanged(DemoRunner::State state);
    void executorChanged();
    // Emitted once per run when it leaves Running (done, cancelled or failed).
    void finished();
    // waitingStep() / waitingUnit() changed.
    void waitingChanged();
    // The demo's spinner should turn (the script's StartSpinner) or stop (StopSpinner).
    void spinningChanged(bool spinning);

protected:
    DemoRunner(DemoId demoId, StepScript script, QObject *parent = nullptr);

    // Start the work of run `runId`; it reports back through the calls below. A unit that can be
    // steered (cancel, step mode) is handed over with attachGate() as soon as it exists.
    virtual void startWork(quint64 runId) = 0;
    // Forget the result of the previous run (a new run starts).
    virtual void clearResult() = 0;

    // The gate of run `runId`'s unit; `lifetime` is the object it lives in (the gate is dropped when
    // that object is destroyed). The gate gets the current step mode at once.
    void attachGate(quint64 runId, QObject *lifetime, RunGate *gate);
    // Whether units started now stop at steps.
    bool runsAreGated() const { return m_stepMode && !m_continued; }

    // A step of the GUI thread in run `runId` outside the script (e.g. "join"), queued behind the
    // script's steps; see GuiStepQueue. For a finished or stale run: recorded, then run at once.
    void atGuiStep(quint64 runId, const QString &stepId, std::function<void()> action = {});
    // A unit of run `runId` reached `stepId`: recorded in the trace and, when the run is gated,
    // shown as waiting there. Ignored for a stale run.
    void reachStep(quint64 runId, const ExecutionUnit &unit, const QString &stepId);
    // A unit that does not stop at steps (one of many workers: step mode holds only the GUI thread's
    // steps then) passed `stepId`: recorded in the trace, never shown as waiting. Ignored for a stale run.
    void passStep(quint64 runId, const ExecutionUnit &unit, const QString &stepId) { recordStep(runId, unit, stepId); }
    // A unit that records its steps itself (a worker thread writes to the trace directly) reached
    // `stepId`: when the run is gated, it is shown as waiting there.
    void unitWaits(quint64 runId, const ExecutionUnit &unit, const QString &stepId);

    // These ignore calls for a run that is no longer the current one.
    // `note`: what the panel adds to the unit's name, translated ("blocked"); may be empty.
    void setExecutor(quint64 runId, const ExecutionUnit &unit, const QString &note = {});
    // The work has its result: the script's steps after the result run, and `publish` (which makes
    // the result the runner's) runs at its PublishResult step.
    void finishWork(quint64 runId, std::function<void()> publish);
    void finishCancelled(quint64 runId);
    void finishFailed(quint64 runId, const QString &errorString);
    bool isCurrentRun(quint64 runId) const { return runId == m_runId && m_state == State::Running; }

    Trace *traceLog() const { return m_trace; }
    // Records a trace event for run `runId` (no-op without a trace, or for a stale run's steps).
    void trace(quint64 runId, const ExecutionUnit &unit, TraceEventKind kind, const QString &detail = {});

    // Called by subclasses' destructors: makes every run stale, so nothing is reported any more.
    void retireAllRuns() { ++m_runId; }

private:
    void runScript(quint64 runId, const QList<StepScript::Step> &steps, const std::function<void()> &publish);
    void act(quint64 runId, StepScript::Action action, const std::function<void()> &publish);
    void recordStep(quint64 runId, const ExecutionUnit &unit, const QString &stepId);
    // `unit` of run `runId` waits at `stepId` (replacing where it waited before).
    void setWaiting(quint64 runId, const ExecutionUnit &unit, const QString &stepId);
    void clearWaiting();
    RunGate *currentGate() const;
    void stopSpinnerNow(quint64 runId);
    void finish(State state);

    const DemoId m_demoId;
    const StepScript m_script;
    State m_state = State::Idle;
    quint64 m_runId = 0;
    QString m_errorString;
    std::optional<ExecutionUnit> m_executor;
    QString m_executorNote;
    QElapsedTimer m_clock;
    qint64 m_finishedElapsedMs = 0;
    qint64 m_startedAtNs = 0;
    qint64 m_finishedAtNs = 0;
    bool m_stepMode = false;
    bool m_continued = false;   // continueToEnd() was called for the current run
    QList<WaitingUnit> m_waiting;
    GuiStepQueue m_guiSteps;    // the GUI thread's pending steps of the current run
    // The current run's gate, while the object it lives in exists.
    QPointer<QObject> m_gateLifetime;
    RunGate *m_gate = nullptr;
    bool m_workStarted = false;   // the script's StartWork ran for the current run
    bool m_workFinished = false;  // ... and the work has reported (the GUI thread may still be stepping)
    QPointer<Trace> m_trace;
};

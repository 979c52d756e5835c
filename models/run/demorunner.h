// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"
#include "trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

// One execution model running the slow task. The subclasses (ThreadRunner, ProcessRunner,
// CoroutineRunner) only say how the task is started and cancelled; this class keeps the state machine,
// the run numbering and the bookkeeping, so the three behave alike.
//
// GUI thread only. Runs are numbered: start() while a run is going cancels that run and starts a new
// one; anything the old run reports afterwards is dropped.
class DemoRunner : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Done, Cancelled, Failed };
    Q_ENUM(State)

    ~DemoRunner() override;

    DemoKind kind() const { return m_kind; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // The answer of the last finished run, if it finished with one.
    std::optional<int> answer() const { return m_answer; }
    // Translated reason of the last failure; empty unless state() is Failed.
    QString errorString() const { return m_errorString; }
    // Translated "who runs the slow task": "worker thread TID 1234", "child PID 4711", "GUI thread".
    QString executor() const { return m_executor; }
    // Milliseconds since the current run started, or the duration of the last finished run.
    qint64 elapsedMs() const;
    quint64 currentRunId() const { return m_runId; }
    // LabClock times of the current or last run: when it started and when it finished (0 while running).
    qint64 startedAtNs() const { return m_startedAtNs; }
    qint64 finishedAtNs() const { return m_finishedAtNs; }

    // Where the runner records what its execution units do; may be null. Not owned.
    void setTrace(Trace *trace) { m_trace = trace; }

    static QString stateTitle(State state);  // translated: "idle", "running", ...
    // Translated name of an execution unit, as the code viewer labels it: "GUI thread",
    // "worker TID 1234", "child PID 4711", "coroutine".
    static QString unitLabel(UnitKind unit, qint64 unitId);

    // Step mode: the execution unit of each run (worker thread, child process, coroutine) stops at
    // every step marker until stepOnce(). Applies to the current run and to later ones.
    void setStepMode(bool on);
    bool stepMode() const { return m_stepMode; }
    // Lets the current run's waiting unit past exactly one step.
    void stepOnce();
    // Lets the current run go to its end without stopping (step mode stays on for later runs).
    void continueToEnd();
    // Where the current run's unit waits for stepOnce(), and which unit it is; empty if not waiting.
    QString waitingStep() const { return m_waitingStep; }
    QString waitingUnit() const { return m_waitingUnit; }

public Q_SLOTS:
    void start(std::chrono::milliseconds duration);
    void cancel();

Q_SIGNALS:
    void stateChanged(DemoRunner::State state);
    void executorChanged(const QString &executor);
    // Emitted once per run when it leaves Running (done, cancelled or failed).
    void finished();
    // waitingStep() / waitingUnit() changed.
    void waitingChanged();
    // The demo's spinner should turn (the GUI thread's start-spinner step) or stop (stop-spinner).
    void spinningChanged(bool spinning);

protected:
    explicit DemoRunner(DemoKind kind, QObject *parent = nullptr);

    // Start the slow task of run `runId`. The run reports back through the protected calls below.
    virtual void startRun(quint64 runId, std::chrono::milliseconds duration) = 0;
    // Ask run `runId` to stop; it confirms with finishCancelled().
    virtual void cancelRun(quint64 runId) = 0;
    // Step mode switched on or off (continue) for the running run `runId`.
    virtual void setRunGated(quint64 runId, bool gated) = 0;
    // Let the gated unit of run `runId` past one step.
    virtual void permitStep(quint64 runId) = 0;
    // Whether runs started now stop at steps.
    bool runsAreGated() const { return m_stepMode && !m_continued; }
    // Whether startRun() is the GUI thread starting the slow task (thread, process: true), or the run's
    // own unit marks that step (coroutines).
    virtual bool guiStartsSlowTask() const { return true; }

    // A step of the GUI thread in run `runId`: recorded when reached, then `action` runs; in step mode
    // the GUI thread first waits there for stepOnce(), without blocking (the action is deferred; the
    // event loop runs on). Steps are taken in order. For a finished or stale run: recorded, run at once.
    void atGuiStep(quint64 runId, const QString &stepId, std::function<void()> action = {});

    // A unit of run `runId` reached `stepId`: records it in the trace (recordStep) and, when the run
    // is gated, shows the unit as waiting there (setWaiting). Ignored for a stale run.
    void reachStep(quint64 runId, UnitKind unit, qint64 unitId, const QString &stepId);
    void recordStep(quint64 runId, UnitKind unit, qint64 unitId, const QString &stepId);
    void setWaiting(quint64 runId, const QString &unitLabel, const QString &stepId);

    // These ignore calls for a run that is no longer the current one.
    void setExecutor(quint64 runId, const QString &executor);
    void finishWithAnswer(quint64 runId, int answer);
    void finishCancelled(quint64 runId);
    void finishFailed(quint64 runId, const QString &errorString);
    bool isCurrentRun(quint64 runId) const { return runId == m_runId && m_state == State::Running; }

    Trace *traceLog() const { return m_trace; }
    // Records a trace event for run `runId` (no-op without a trace).
    void trace(quint64 runId, UnitKind unit, qint64 unitId, TraceEventKind kind, const QString &detail = {});

    // Called by subclasses' destructors: makes every run stale, so nothing is reported any more.
    void retireAllRuns() { ++m_runId; }

private:
    struct GuiStep {
        quint64 runId = 0;
        QString id;
        std::function<void()> action;
        bool reached = false;
    };
    void beginSlowTask(quint64 runId, std::chrono::milliseconds duration);
    void advanceGuiSteps();
    bool guiIsWaiting() const;
    void finish(State state);

    const DemoKind m_kind;
    State m_state = State::Idle;
    quint64 m_runId = 0;
    std::optional<int> m_answer;
    QString m_errorString;
    QString m_executor;
    QElapsedTimer m_clock;
    qint64 m_finishedElapsedMs = 0;
    qint64 m_startedAtNs = 0;
    bool m_stepMode = false;
    bool m_continued = false;   // continueToEnd() was called for the current run
    QString m_waitingStep;
    QString m_waitingUnit;
    QList<GuiStep> m_guiSteps;        // the GUI thread's pending steps of the current run
    bool m_advancingGuiSteps = false;
    bool m_slowTaskStarted = false;   // startRun() was called for the current run
    bool m_slowTaskAnswered = false;  // ... and it has answered (the GUI thread may still be stepping)
    qint64 m_finishedAtNs = 0;
    QPointer<Trace> m_trace;
};

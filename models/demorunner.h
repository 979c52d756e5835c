// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"
#include "trace.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
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

public Q_SLOTS:
    void start(std::chrono::milliseconds duration);
    void cancel();

Q_SIGNALS:
    void stateChanged(DemoRunner::State state);
    void executorChanged(const QString &executor);
    // Emitted once per run when it leaves Running (done, cancelled or failed).
    void finished();

protected:
    explicit DemoRunner(DemoKind kind, QObject *parent = nullptr);

    // Start the slow task of run `runId`. The run reports back through the protected calls below.
    virtual void startRun(quint64 runId, std::chrono::milliseconds duration) = 0;
    // Ask run `runId` to stop; it confirms with finishCancelled().
    virtual void cancelRun(quint64 runId) = 0;

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
    void finish(quint64 runId, State state);

    const DemoKind m_kind;
    State m_state = State::Idle;
    quint64 m_runId = 0;
    std::optional<int> m_answer;
    QString m_errorString;
    QString m_executor;
    QElapsedTimer m_clock;
    qint64 m_finishedElapsedMs = 0;
    qint64 m_startedAtNs = 0;
    qint64 m_finishedAtNs = 0;
    QPointer<Trace> m_trace;
};

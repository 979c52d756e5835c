// SPDX-License-Identifier: MIT
#pragma once

#include "rungate.h"
#include "sleepersresult.h"
#include "typeddemorunner.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

// What the units of one run count, each for itself: written by the units (any thread), read by the
// runner's progress timer. One per run, so a unit of an old run never counts into a new one.
struct SleepersCounts {
    std::atomic<int> started{0};
    std::atomic<int> done{0};       // slept the whole time and counted itself
    std::atomic<int> ended{0};      // done, cancelled or failed: no longer alive
    std::atomic<qint64> lastDoneNs{0};

    // A unit slept its whole time: Python's `done += 1`. Any thread.
    void countDone();
};

// The gate of a run whose units do not stop at steps (one of thousands): cancel only.
class CancelOnlyGate : public QObject, public RunGate
{
public:
    CancelOnlyGate(std::function<void()> cancel, QObject *parent) : QObject(parent), m_cancel(std::move(cancel)) {}
    void cancel() override { m_cancel(); }
    void setGated(bool) override {}
    void permitStep() override {}

private:
    std::function<void()> m_cancel;
};

// Lesson 4, part B: N units that each sleep, then count themselves done, in one model. The base
// checks N against the machine (SleepersLimits) before anything starts, follows the run live
// (started, alive, done, memory) and measures it: launch time, wall time beyond the sleep, peak
// memory and memory per unit. Subclasses start and cancel the units. GUI thread only.
class SleepersRunner : public TypedDemoRunner<SleepersParameters, SleepersResult>
{
    Q_OBJECT
public:
    struct Progress {
        int count = 0;
        int started = 0;
        int alive = 0;
        int done = 0;
    };

    SleepersModel model() const { return m_model; }
    bool isPython() const { return m_python; }
    // The current run's figures (or the last run's, once it ended).
    Progress progress() const;
    // Units alive over the current or last run: (seconds since it started, count), at most a few
    // hundred points however many units there are.
    const QList<QPointF> &aliveOverTime() const { return m_aliveOverTime; }

    static constexpr std::chrono::milliseconds progressInterval{50};
    // Only the first few units of a run get lanes on the timeline (with their steps); the others are counts.
    static constexpr int sampledUnits = 3;
    static constexpr qsizetype maxAliveSamples = 400;

Q_SIGNALS:
    // The progress or the curve changed: at most every progressInterval while running, and at the end.
    void progressChanged();

protected:
    SleepersRunner(DemoId demoId, SleepersModel model, bool python, SleepersParameters parameters, QObject *parent);
    // The steps of the GUI thread around the units: "launch" before, "report" after.
    static StepScript script();

    // Call first in startWork(): checks the count against the machine (a run beyond it fails at once,
    // nothing started; returns false), takes a clean memory baseline and starts the progress timer.
    bool beginRun(quint64 runId);
    // The parameters the current run started with (parameters() may change meanwhile, for the next).
    const SleepersParameters &runParameters() const { return m_runParameters; }
    // The current run's counters (shared with its units).
    SleepersCounts &counts() const { return *m_counts; }
    std::shared_ptr<SleepersCounts> sharedCounts() const { return m_counts; }
    // The first unit is about to start / every unit has started.
    void launchStarted();
    void launchFinished();
    // Every unit has ended and is gone (joined, reaped, destroyed). Publishes the figures, or reports
    // the cancel or `failure` (translated; empty when none). `children`: their memory, for processes.
    struct ChildrenMemory {
        qint64 peakBytes = 0;       // the most their PSS summed to at once
        qint64 perChildBytes = 0;   // the most one child took, on average, at a moment
    };
    void completeRun(quint64 runId, const QString &failure = {}, std::optional<ChildrenMemory> children = {});
    // Figures a Python script measured itself; the run ends with them (or failed / cancelled).
    void completeWithResult(quint64 runId, const SleepersResult &result);
    // The lane that stands for all the units of a run (coroutines: they share the GUI thread's), if
    // any: its trace ends with the run's outcome.
    void setAggregateLane(std::optional<ExecutionUnit> unit) { m_aggregateLane = unit; }
    // Whether the current run was cancelled (the units are being stopped).
    bool cancelRequested() const { return m_cancelRequested; }
    void noteCancelRequested() { m_cancelRequested = true; }
private:
    void publish(quint64 runId, const SleepersResult &result);
    void endAggregateLane(quint64 runId, TraceEventKind kind, const QString &detail);
    void sample();
    void stopSampling();

    const SleepersModel m_model;
    const bool m_python;
    std::shared_ptr<SleepersCounts> m_counts = std::make_shared<SleepersCounts>();
    SleepersParameters m_runParameters;
    QTimer m_progressTimer;
    QElapsedTimer m_runClock;
    qint64 m_launchStartNs = 0;
    qint64 m_launchEndNs = 0;
    qint64 m_baselineRss = 0;
    qint64 m_peakRss = 0;
    int m_peakAlive = 0;   // sampled, as the memory is
    bool m_cancelRequested = false;
    bool m_completed = false;   // the current run's outcome is decided
    std::optional<ExecutionUnit> m_aggregateLane;
    QList<QPointF> m_aliveOverTime;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "sleepersrunner.h"
#include "workerprocess.h"

#include <QFutureWatcher>
#include <QThreadPool>

// Lesson 4, part B, process model: N concurrency-lab-worker children, each running the slow task
// (it sleeps, then answers), started a few per turn of the event loop so the window stays alive.
// Their memory is summed as PSS from /proc while they run (off the GUI thread). Python: N
// multiprocessing.Process. GUI thread only.
class ProcessSleepersRunner : public SleepersRunner
{
    Q_OBJECT
public:
    explicit ProcessSleepersRunner(SleepersParameters parameters = {}, QObject *parent = nullptr);
    // Kills and reaps every child still running.
    ~ProcessSleepersRunner() override;

    // The worker's path and options (tests point it elsewhere). Apply to the next run.
    void setWorkerOptions(const WorkerProcess::Options &options) { m_options = options; }

    // Children started per turn of the event loop, at most (each start is a fork and an exec).
    static constexpr std::chrono::milliseconds launchSlice{8};
    // How often the children's PSS is summed while they run.
    static constexpr std::chrono::milliseconds memoryInterval{250};

protected:
    void startWork(quint64 runId) override;

private:
    void launchSome(quint64 runId);
    void startChild(quint64 runId, int index);
    void childExited(quint64 runId, WorkerProcess *worker);
    void stopAll();
    void sampleChildren();

    WorkerProcess::Options m_options = WorkerProcess::Options::standard();
    QList<WorkerProcess *> m_children;   // the current run's, until each has exited
    QTimer m_launcher;
    QTimer m_memoryTimer;
    QThreadPool m_memoryPool;   // its own, whose thread ends when idle: no thread outlives a run
    QFutureWatcher<QPair<qint64, int>> m_memoryWatcher;   // the children's PSS summed, and how many were read
    QPointer<CancelOnlyGate> m_gate;
    quint64 m_launchingRun = 0;
    int m_launched = 0;
    int m_exited = 0;
    ChildrenMemory m_childrenMemory;
    QString m_failure;   // the first child's failure; the others are then stopped
};

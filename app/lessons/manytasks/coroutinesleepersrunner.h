// SPDX-License-Identifier: MIT
#pragma once

#include "sleepersrunner.h"
#include "sleepscheduler.h"

#include <QCoro/QCoroTask>

// Lesson 4, part B, coroutine model: N QCoro coroutines on the GUI thread, each awaiting
// lab::sleepFor(), which keeps every sleeper in one heap behind one timer (as asyncio's event loop
// does), so a million of them fit. Python: N asyncio tasks. GUI thread only.
class CoroutineSleepersRunner : public SleepersRunner
{
    Q_OBJECT
public:
    explicit CoroutineSleepersRunner(SleepersParameters parameters = {}, QObject *parent = nullptr);
    // Resumes every sleeper of a run still going (each ends at once): no coroutine frame is left.
    ~CoroutineSleepersRunner() override;

    // How many coroutines are started per slice of launching, at most; between slices the event
    // loop paints, so the window stays alive while a million start.
    static constexpr std::chrono::milliseconds launchSlice{8};

protected:
    void startWork(quint64 runId) override;

private:
    void launchSome(quint64 runId);
    void stopRun();
    // Python: async def sleeper(): await asyncio.sleep(1); done += 1. Parameters by value: they live
    // in the frame (a lambda's captures would not survive the first suspension); the counts and the
    // canceller outlive every sleeper, since the runner resumes them all (stopRun()) before a new run
    // replaces either, and before it is destroyed.
    static QCoro::Task<> sleeper(SleepersCounts *counts, lab::SleepCanceller *canceller, std::chrono::milliseconds sleep);

    std::unique_ptr<lab::SleepCanceller> m_canceller;   // the current run's: cancelling it ends the run
    QPointer<CancelOnlyGate> m_gate;
    QTimer m_launcher;
    quint64 m_launchingRun = 0;
    int m_launched = 0;
    bool m_sawDone = false;   // the run's first sleeper counted itself done
};

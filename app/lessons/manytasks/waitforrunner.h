// SPDX-License-Identifier: MIT
#pragma once

#include "waysrunner.h"

#include <QTimer>

// Lesson 4, part A, the third way: a coroutine run from plain synchronous code. QCoro::waitFor() runs
// a nested event loop until the coroutine ends (Python: asyncio.run(slow('A')), which starts a loop).
// The app never does this on the GUI thread outside this demo, and the demo shows why: the nested loop
// is re-entrant. A timer set before the call fires, and clicks are handled, *inside* waitFor(),
// before the line after it runs; the output says so. (The lag meter reads about zero meanwhile: the
// nested loop keeps ticking.) GUI thread only.
class WaitForRunner : public WaysRunner
{
    Q_OBJECT
public:
    explicit WaitForRunner(WaysParameters parameters = {}, QObject *parent = nullptr);
    ~WaitForRunner() override;

    // Whether a run is inside QCoro::waitFor() now (its nested event loop runs).
    bool isInsideWaitFor() const { return m_insideWaitFor; }

protected:
    void launch(quint64 runId, WaysParameters parameters, QPointer<CoroutineGate> gate) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Python: def main(): asyncio.run(slow('A')) — plain synchronous code, no co_await.
    void runFromSynchronousCode(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineGate> gate);

    bool m_insideWaitFor = false;
    quint64 m_waitingRun = 0;
    QPointer<CoroutineGate> m_waitingGate;
    int m_eventsInside = 0;
    int m_clicksInside = 0;
    bool m_timerFiredInside = false;
    QTimer m_ticks;   // counts turns of the nested loop, as the lag meter's heartbeat would
};

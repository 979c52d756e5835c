// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinerunner.h"
#include "waysresult.h"

#include <QElapsedTimer>

// Lesson 4, part A: the base of the three ways to run two slow coroutines on the GUI thread. It
// holds the slow coroutine (Python: async def slow(name)) and the run's output: lines stamped with
// the time since the run started, so the order in which code ran is there to read. GUI thread only.
class WaysRunner : public CoroutineRunner<WaysParameters, WaysResult>
{
    Q_OBJECT
public:
    // The current (or last) run's output lines.
    const QStringList &lines() const { return m_lines; }
    // The id of this runner's way: "sequential", "concurrent", "wait-for".
    const QString &way() const { return m_way; }

Q_SIGNALS:
    // The output was cleared (a run starts) or has one more line.
    void linesReset();
    void lineAdded(const QString &line);

protected:
    WaysRunner(DemoId demoId, QString way, WaysParameters parameters, QObject *parent);
    std::chrono::milliseconds clampDuration(std::chrono::milliseconds duration) const override;

    // Starts the run's clock and clears its output (call first in launch()).
    void beginOutput(const WaysParameters &parameters);
    // Python's print(): one line of the run's output, stamped "+0.00 s".
    void say(quint64 runId, const QString &text);
    // The result of the run so far: its time and output.
    WaysResult resultNow() const;

    // The timeline lane of the slow coroutine `name`: a lane of its own, named after it, so that A and
    // B show one after the other or side by side (its id is no thread's: negative).
    static ExecutionUnit laneOf(const QString &name) { return {UnitKind::Coroutine, -1 - qint64(name.at(0).unicode())}; }

    // Python: async def slow(name, seconds): print(...); await asyncio.sleep(seconds); print(...)
    // true when it slept its whole time (false: cancelled).
    static QCoro::Task<bool> slow(QPointer<WaysRunner> self, quint64 runId, QString name, std::chrono::milliseconds duration,
                                  QPointer<CoroutineGate> gate);

private:
    const QString m_way;
    QElapsedTimer m_clock;
    QStringList m_lines;
    quint64 m_outputRun = 0;
    std::chrono::milliseconds m_runDuration{0};
};

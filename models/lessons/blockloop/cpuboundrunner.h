// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinedemorunner.h"

// Lesson 2, CPU-bound work in a coroutine. A fixed amount of computation (as much as takes the
// duration on this machine) runs on the GUI thread:
// - BlockCpu: without a single co_await, so the event loop is frozen until it is done;
// - CooperativeCpu: yielding to the event loop every N iterations (asyncio.sleep(0)), so spinners
//   keep turning; the smaller N, the smoother, and the longer the whole computation takes.
// GUI thread only.
class CpuBoundRunner : public CoroutineDemoRunner
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds maximumDuration{10000};
    static constexpr quint64 minimumYieldEvery = 1000;
    static constexpr quint64 maximumYieldEvery = 10'000'000;
    static constexpr quint64 defaultYieldEvery = 100'000;

    // `kind` is DemoKind::BlockCpu or DemoKind::CooperativeCpu.
    explicit CpuBoundRunner(DemoKind kind, QObject *parent = nullptr);
    ~CpuBoundRunner() override;

    // Iterations between two yields of the cooperative variant (clamped); applies to the next run.
    void setYieldEvery(quint64 iterations);
    quint64 yieldEvery() const { return m_yieldEvery; }
    // How many times the last run gave the event loop a turn.
    quint64 lastYieldCount() const { return m_lastYieldCount; }

protected:
    void launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control) override;

private:
    static QCoro::Task<> compute(QPointer<CpuBoundRunner> self, quint64 runId, quint64 iterations,
                                 quint64 yieldEvery, QPointer<CoroutineRunControl> control);

    quint64 m_yieldEvery = defaultYieldEvery;
    quint64 m_lastYieldCount = 0;
    quint64 m_lastChecksum = 0;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinerunner.h"

// Lesson 2, CPU-bound work in a coroutine. A fixed amount of computation (as much as takes the
// duration on this machine) runs on the GUI thread:
// - "block-cpu": without a single co_await (yieldEvery 0), so the event loop is frozen until it is done;
// - "cooperative-cpu": yielding to the event loop every N iterations (asyncio.sleep(0)), so spinners
//   keep turning; the smaller N, the smoother, and the longer the whole computation takes.
// GUI thread only.
struct CpuLoopParameters {
    static constexpr quint64 minimumYieldEvery = 1000;
    static constexpr quint64 maximumYieldEvery = 10'000'000;
    static constexpr quint64 defaultYieldEvery = 100'000;

    std::chrono::milliseconds duration{3000};
    quint64 yieldEvery = 0;   // iterations between two turns of the event loop; 0: never
};

struct CpuLoopResult {
    int answer = 42;
    quint64 yields = 0;       // turns given to the event loop
    quint64 yieldEvery = 0;
    quint64 checksum = 0;     // the computation's value, so it cannot be optimised away
};
QString describe(const CpuLoopResult &result);
QString traceDetail(const CpuLoopResult &result);
QJsonObject toJson(const CpuLoopResult &result);

class CpuLoopRunner : public CoroutineRunner<CpuLoopParameters, CpuLoopResult>
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds maximumDuration{10000};

    // `demoId` is "block-cpu" (yieldEvery 0) or "cooperative-cpu".
    CpuLoopRunner(const DemoId &demoId, CpuLoopParameters parameters, QObject *parent = nullptr);
    ~CpuLoopRunner() override;

    // Iterations between two yields (clamped); applies to the next run. Not for the busy loop.
    void setYieldEvery(quint64 iterations);

protected:
    void launch(quint64 runId, CpuLoopParameters parameters, QPointer<CoroutineGate> gate) override;
    std::chrono::milliseconds clampDuration(std::chrono::milliseconds duration) const override
    {
        return std::min(duration, maximumDuration);
    }

private:
    static QCoro::Task<std::optional<CpuLoopResult>> compute(QPointer<CpuLoopRunner> self, quint64 runId,
                                                             quint64 iterations, quint64 yieldEvery,
                                                             QPointer<CoroutineGate> gate);
};

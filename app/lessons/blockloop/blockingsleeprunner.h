// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinerunner.h"
#include "slowtask.h"

// Lesson 2, the book's experiment (spinner_async_experiment.py): a coroutine that calls a blocking
// sleep instead of awaiting one. It runs on the GUI thread, so the whole event loop stops for the
// duration: no spinner turns, no click is handled, no timer fires. GUI thread only.
class BlockingSleepRunner : public CoroutineRunner<SlowTaskParameters, SlowTaskResult>
{
    Q_OBJECT
public:
    // The freeze is real: it is bounded so that a classroom never waits long.
    static constexpr std::chrono::milliseconds maximumDuration{10000};

    explicit BlockingSleepRunner(SlowTaskParameters parameters = {}, QObject *parent = nullptr);
    ~BlockingSleepRunner() override;

protected:
    void launch(quint64 runId, SlowTaskParameters parameters, QPointer<CoroutineGate> gate) override;
    std::chrono::milliseconds clampDuration(std::chrono::milliseconds duration) const override
    {
        return std::min(duration, maximumDuration);
    }

private:
    static QCoro::Task<std::optional<SlowTaskResult>> slow(QPointer<BlockingSleepRunner> self, quint64 runId,
                                                           std::chrono::milliseconds duration, QPointer<CoroutineGate> gate);
};

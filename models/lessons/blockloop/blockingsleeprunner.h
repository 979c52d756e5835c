// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinedemorunner.h"

// Lesson 2, the book's experiment (spinner_async_experiment.py): a coroutine that calls a blocking
// sleep instead of awaiting one. It runs on the GUI thread, so the whole event loop stops for the
// duration: no spinner turns, no click is handled, no timer fires. GUI thread only.
class BlockingSleepRunner : public CoroutineDemoRunner
{
    Q_OBJECT
public:
    // The freeze is real: it is bounded so that a classroom never waits long.
    static constexpr std::chrono::milliseconds maximumDuration{10000};

    explicit BlockingSleepRunner(QObject *parent = nullptr);
    ~BlockingSleepRunner() override;

protected:
    void launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control) override;

private:
    static QCoro::Task<std::optional<int>> slow(QPointer<BlockingSleepRunner> self, quint64 runId,
                                                std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control);
};

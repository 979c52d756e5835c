// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinerunner.h"
#include "slowtask.h"

// Lesson 1, coroutine model: the slow task is a QCoro coroutine on the GUI thread that awaits a
// sleep; no other thread is involved. Python: an asyncio task. GUI thread only.
class AwaitingSleepRunner : public CoroutineRunner<SlowTaskParameters, SlowTaskResult>
{
    Q_OBJECT
public:
    explicit AwaitingSleepRunner(SlowTaskParameters parameters = {}, QObject *parent = nullptr);
    ~AwaitingSleepRunner() override;

protected:
    void launch(quint64 runId, SlowTaskParameters parameters, QPointer<CoroutineGate> gate) override;

private:
    // By-value parameters only (a lambda's captures would not survive the first suspension), and a
    // QPointer to the runner, which may be gone when the coroutine resumes.
    static QCoro::Task<std::optional<SlowTaskResult>> slow(QPointer<AwaitingSleepRunner> self, quint64 runId,
                                                           std::chrono::milliseconds duration, QPointer<CoroutineGate> gate);
};

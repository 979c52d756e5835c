// SPDX-License-Identifier: MIT
#pragma once

#include "coroutinedemorunner.h"

// Lesson 1, coroutine model: the slow task is a QCoro coroutine on the GUI thread that awaits a
// sleep; no other thread is involved. Python: an asyncio task. GUI thread only.
class CoroutineRunner : public CoroutineDemoRunner
{
    Q_OBJECT
public:
    explicit CoroutineRunner(QObject *parent = nullptr);
    ~CoroutineRunner() override;

protected:
    void launch(quint64 runId, std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control) override;

private:
    // By-value parameters only (a lambda's captures would not survive the first suspension), and a
    // QPointer to the runner, which may be gone when the coroutine resumes.
    static QCoro::Task<std::optional<int>> slow(QPointer<CoroutineRunner> self, quint64 runId,
                                                std::chrono::milliseconds duration, QPointer<CoroutineRunControl> control);
};

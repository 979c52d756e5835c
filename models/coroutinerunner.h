// SPDX-License-Identifier: MIT
#pragma once

#include "demorunner.h"

#include <QCoro/QCoroTask>

class CoroutineCancelSource;

// Lesson 1, coroutine model: the slow task is a QCoro coroutine on the GUI thread that awaits a
// sleep; no other thread is involved. Python: an asyncio task. GUI thread only.
class CoroutineRunner : public DemoRunner
{
    Q_OBJECT
public:
    explicit CoroutineRunner(QObject *parent = nullptr);
    // Cancels the suspended coroutine, which resumes and ends at once (no frame is left behind).
    ~CoroutineRunner() override;

protected:
    void startRun(quint64 runId, std::chrono::milliseconds duration) override;
    void cancelRun(quint64 runId) override;

private:
    // The supervisor coroutine: by-value parameters only (a lambda's captures would not survive the
    // first suspension), and a QPointer because the runner may be gone when it resumes.
    static QCoro::Task<> supervise(QPointer<CoroutineRunner> self, quint64 runId,
                                   std::chrono::milliseconds duration, QPointer<CoroutineCancelSource> cancel);

    QPointer<CoroutineCancelSource> m_cancelSource;  // of the current run; a child of this
};

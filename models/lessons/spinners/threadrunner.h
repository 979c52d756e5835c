// SPDX-License-Identifier: MIT
#pragma once

#include "demorunner.h"

class SlowTaskThread;

// Lesson 1, thread model: the slow task runs on a worker thread (SlowTaskThread); the result comes
// back as a queued signal. Python: threading.Thread. GUI thread only.
class ThreadRunner : public DemoRunner
{
    Q_OBJECT
public:
    explicit ThreadRunner(QObject *parent = nullptr);
    // Cancels every thread still running and joins it (they wake at once, so this is quick).
    ~ThreadRunner() override;

protected:
    void startRun(quint64 runId, std::chrono::milliseconds duration) override;
    void cancelRun(quint64 runId) override;
    void setRunGated(quint64 runId, bool gated) override;
    void permitStep(quint64 runId) override;

private:
    SlowTaskThread *m_current = nullptr;  // the thread of the current run; a child of this
};

// SPDX-License-Identifier: MIT
#pragma once

#include "slowtask.h"
#include "typeddemorunner.h"

class SlowTaskThread;

// Lesson 1, thread model: the slow task runs on a worker thread (SlowTaskThread); the result comes
// back as a queued signal. Python: threading.Thread. GUI thread only.
class ThreadRunner : public TypedDemoRunner<SlowTaskParameters, SlowTaskResult>
{
    Q_OBJECT
public:
    explicit ThreadRunner(SlowTaskParameters parameters = {}, QObject *parent = nullptr);
    // Cancels every thread still running and joins it (they wake at once, so this is quick).
    ~ThreadRunner() override;

protected:
    void startWork(quint64 runId) override;
};

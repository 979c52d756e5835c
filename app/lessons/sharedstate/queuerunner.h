// SPDX-License-Identifier: MIT
#pragma once

#include "queueprogress.h"
#include "queueresult.h"
#include "typeddemorunner.h"

#include <QTimer>

#include <chrono>
#include <functional>

// What every part B runner is, whatever model passes the items (threads, coroutines, processes): the
// page sets K, J, C and W on each through this one type, and a QueueView follows its progress.
//
// Progress is sampled, never pushed per item: while a run works, a timer on the GUI thread asks the
// subclass for a snapshot every progressInterval and publishes it when it changed, so a million items
// cost the window 20 updates a second at most, and an idle runner costs nothing. GUI thread only.
class QueueRunner : public TypedDemoRunner<QueueParameters, QueueResult>
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds progressInterval{50};
    static constexpr int tracedItems = queueTracedItems;

    QueueOrder order() const { return m_order; }
    // The current run's latest snapshot, or the last run's final one.
    const QueueProgress &progress() const { return m_progress; }

Q_SIGNALS:
    // progress() changed: at most every progressInterval while a run works, and once at its end.
    void progressChanged(const QueueProgress &progress);

protected:
    QueueRunner(DemoId demoId, QueueOrder order, QueueParameters parameters, QObject *parent);
    // The GUI thread's steps of every queue demo: create-queue starts the work, report publishes.
    static StepScript script();

    // A snapshot of the current run; it must be safe to call at any time until stopSampling() (hold
    // what it reads through a QPointer or a shared_ptr).
    using Sampler = std::function<QueueProgress()>;
    // The run's work starts: a first snapshot now, then every progressInterval.
    void startSampling(Sampler sampler);
    // The run's work has ended: a last snapshot (not running), then none until the next start.
    void stopSampling();

private:
    void sample();

    const QueueOrder m_order;
    QTimer m_timer;
    Sampler m_sampler;
    QueueProgress m_progress;
};

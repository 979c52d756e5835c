// SPDX-License-Identifier: MIT
#include "coroutinesleepersrunner.h"

#include "threadid.h"

#include <QDeadlineTimer>

using namespace Qt::Literals::StringLiterals;

CoroutineSleepersRunner::CoroutineSleepersRunner(SleepersParameters parameters, QObject *parent)
    : SleepersRunner(u"many-coroutines"_s, SleepersModel::Coroutines, false, parameters, parent)
{
    m_launcher.setInterval(0);
    connect(&m_launcher, &QTimer::timeout, this, [this] { launchSome(m_launchingRun); });
    // The sleepers cannot call the runner (a pointer more in each of a million frames): the progress
    // timer notices when the last one has ended. The wall time comes from the units' own clock reads.
    connect(this, &SleepersRunner::progressChanged, this, [this] {
        if (!isCurrentRun(m_launchingRun))
            return;
        // The coroutines' steps, once per run on their one lane (a million trace records would not do).
        const ExecutionUnit coroutines{UnitKind::Coroutine, ThreadId::current()};
        if (!m_sawDone && counts().done.load() > 0) {
            m_sawDone = true;
            passStep(m_launchingRun, coroutines, u"count-done"_s);
        }
        if (m_launched == runParameters().count && counts().ended.load() == m_launched)
            completeRun(m_launchingRun);
    });
}

CoroutineSleepersRunner::~CoroutineSleepersRunner()
{
    retireAllRuns();
    stopRun();
}

void CoroutineSleepersRunner::stopRun()
{
    m_launcher.stop();
    if (m_canceller)
        m_canceller->cancel();   // resumes every sleeper now: each ends, its frame is freed
}

void CoroutineSleepersRunner::startWork(quint64 runId)
{
    stopRun();
    if (!beginRun(runId))
        return;
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()});
    m_canceller = std::make_unique<lab::SleepCanceller>();
    m_launchingRun = runId;
    m_launched = 0;
    m_sawDone = false;
    delete m_gate;
    m_gate = new CancelOnlyGate([this, runId] {
        noteCancelRequested();
        stopRun();   // every sleeper ends now
        completeRun(runId);
    }, this);
    attachGate(runId, m_gate, m_gate);
    setAggregateLane(ExecutionUnit{UnitKind::Coroutine, ThreadId::current()});
    trace(runId, {UnitKind::Coroutine, ThreadId::current()}, TraceEventKind::Started);
    launchStarted();
    launchSome(runId);
    passStep(runId, {UnitKind::Coroutine, ThreadId::current()}, u"sleep"_s);
}

void CoroutineSleepersRunner::launchSome(quint64 runId)
{
    if (!isCurrentRun(runId))
        return;
    const int count = runParameters().count;
    const QDeadlineTimer slice(launchSlice, Qt::PreciseTimer);
    // Started in a loop, like the book's asyncio examples start their tasks: none of them is awaited
    // here. A QCoro::Task starts at once and runs to its first co_await; the task object goes, the
    // suspended coroutine stays (its frame is freed when it ends).
    while (m_launched < count) {
        sleeper(&counts(), m_canceller.get(), runParameters().sleep);  // step: launch
        ++m_launched;
        if (m_launched % 1024 == 0 && slice.hasExpired())
            break;
    }
    if (m_launched < count) {
        m_launcher.start();
        return;
    }
    m_launcher.stop();
    launchFinished();
    trace(runId, {UnitKind::Coroutine, ThreadId::current()}, TraceEventKind::Awaiting,
          tr("%n coroutine(s) sleeping", nullptr, count));
}

QCoro::Task<> CoroutineSleepersRunner::sleeper(SleepersCounts *counts, lab::SleepCanceller *canceller, std::chrono::milliseconds sleep)
{
    counts->started.fetch_add(1, std::memory_order_relaxed);
    // One co_await per statement: g++ 12 miscompiles one inside a condition.
    const bool slept = co_await lab::sleepFor(sleep, canceller);  // step: sleep
    if (slept)
        counts->countDone();  // step: count-done
    counts->ended.fetch_add(1, std::memory_order_relaxed);
}

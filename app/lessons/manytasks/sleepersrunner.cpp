// SPDX-License-Identifier: MIT
#include "sleepersrunner.h"

#include "labclock.h"
#include "processmemory.h"
#include "sleeperslimits.h"

using namespace Qt::Literals::StringLiterals;

void SleepersCounts::countDone()
{
    // A maximum, not a plain store: a unit pre-empted between reading the clock and storing must not
    // put back an earlier time over a later one.
    const qint64 now = LabClock::nowNs();
    qint64 last = lastDoneNs.load(std::memory_order_relaxed);
    while (last < now && !lastDoneNs.compare_exchange_weak(last, now, std::memory_order_relaxed)) {
    }
    done.fetch_add(1, std::memory_order_relaxed);
}

SleepersRunner::SleepersRunner(DemoId demoId, SleepersModel model, bool python, SleepersParameters parameters, QObject *parent)
    : TypedDemoRunner(std::move(demoId), script(), parameters, parent)
    , m_model(model)
    , m_python(python)
{
    m_progressTimer.setInterval(progressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &SleepersRunner::sample);
    connect(this, &DemoRunner::finished, this, &SleepersRunner::stopSampling);
}

StepScript SleepersRunner::script()
{
    return {
        {{{}, StepScript::Action::StartSpinner}, {u"launch"_s, StepScript::Action::StartWork}},
        {{{}, StepScript::Action::StopSpinner}, {u"report"_s, StepScript::Action::PublishResult}},
    };
}

SleepersRunner::Progress SleepersRunner::progress() const
{
    const int started = m_counts->started.load(std::memory_order_relaxed);
    return {m_runParameters.count, started, started - m_counts->ended.load(std::memory_order_relaxed),
            m_counts->done.load(std::memory_order_relaxed)};
}

bool SleepersRunner::beginRun(quint64 runId)
{
    m_runParameters = parameters();
    m_counts = std::make_shared<SleepersCounts>();
    m_aliveOverTime.clear();
    m_cancelRequested = false;
    m_completed = false;
    m_launchStartNs = m_launchEndNs = 0;
    // The Python scripts check their own bounds (the interpreter's limits differ) but not the machine's.
    if (const QString refusal = SleepersLimits::refusal(m_model, m_runParameters.count, m_python); !refusal.isEmpty()) {
        finishFailed(runId, refusal);
        Q_EMIT progressChanged();
        return false;
    }
    ProcessMemory::releaseFreedMemory();
    m_baselineRss = m_peakRss = ProcessMemory::residentBytes();
    m_peakAlive = 0;
    m_runClock.start();
    m_progressTimer.start();
    Q_EMIT progressChanged();
    return true;
}

void SleepersRunner::launchStarted()
{
    m_launchStartNs = LabClock::nowNs();
}

void SleepersRunner::launchFinished()
{
    m_launchEndNs = LabClock::nowNs();
    sample();
}

void SleepersRunner::sample()
{
    const Progress now = progress();
    m_peakRss = std::max(m_peakRss, ProcessMemory::residentBytes());
    m_peakAlive = std::max(m_peakAlive, now.alive);
    m_aliveOverTime.append({m_runClock.elapsed() / 1000.0, double(now.alive)});
    if (m_aliveOverTime.size() > maxAliveSamples) {
        // Keep every other point: the curve stays bounded, whatever the run's length.
        QList<QPointF> thinned;
        for (qsizetype i = 0; i < m_aliveOverTime.size(); i += 2)
            thinned.append(m_aliveOverTime.at(i));
        m_aliveOverTime = thinned;
    }
    Q_EMIT progressChanged();
}

void SleepersRunner::stopSampling()
{
    if (!m_progressTimer.isActive())
        return;
    m_progressTimer.stop();
    sample();
}

void SleepersRunner::completeRun(quint64 runId, const QString &failure, std::optional<ChildrenMemory> children)
{
    if (!isCurrentRun(runId) || m_completed)
        return;
    m_completed = true;   // sample() below emits progressChanged, whose receivers may call again
    sample();
    if (!failure.isEmpty()) {
        endAggregateLane(runId, TraceEventKind::Failed, failure);
        finishFailed(runId, failure);
        return;
    }
    if (m_cancelRequested) {
        endAggregateLane(runId, TraceEventKind::Cancelled, {});
        finishCancelled(runId);
        return;
    }
    const SleepersCounts &c = *m_counts;
    SleepersResult result;
    result.model = m_model;
    result.count = m_runParameters.count;
    result.done = c.done.load();
    result.sleepMs = m_runParameters.sleep.count();
    result.launchNs = std::max<qint64>(0, m_launchEndNs - m_launchStartNs);
    const qint64 lastDone = c.lastDoneNs.load();
    result.wallNs = std::max<qint64>(0, (lastDone > 0 ? lastDone : LabClock::nowNs()) - m_launchStartNs);
    result.peakRssBytes = m_peakRss;
    const qint64 grown = std::max<qint64>(0, m_peakRss - m_baselineRss);
    // Per unit started: when fewer were alive at once (a launch longer than the sleep), the page
    // shows that figure beside it.
    result.peakAlive = m_peakAlive;
    result.bytesPerUnit = result.count > 0 ? grown / result.count : 0;
    if (children) {
        // Not all children live at once when their start-up takes longer than the sleep: each costs
        // what one took at a moment, not the peak spread over all of them.
        result.childrenPssBytes = children->peakBytes;
        result.bytesPerUnit += children->perChildBytes;
    }
    publish(runId, result);
}

void SleepersRunner::endAggregateLane(quint64 runId, TraceEventKind kind, const QString &detail)
{
    if (m_aggregateLane)
        trace(runId, *m_aggregateLane, kind, detail);
}

void SleepersRunner::publish(quint64 runId, const SleepersResult &result)
{
    endAggregateLane(runId, TraceEventKind::Result, traceDetail(result));
    // Python: await asyncio.gather(*tasks) / t.join() for each / p.join() for each: all have ended.
    atGuiStep(runId, u"wait-all"_s, [this, runId, result] {  // step: wait-all
        finishWithResult(runId, result);  // step: report
    });
}

void SleepersRunner::completeWithResult(quint64 runId, const SleepersResult &result)
{
    if (!isCurrentRun(runId) || m_completed)
        return;
    m_completed = true;
    m_counts->started.store(result.count);
    m_counts->done.store(result.done);
    m_counts->ended.store(result.count);
    sample();
    publish(runId, result);
}

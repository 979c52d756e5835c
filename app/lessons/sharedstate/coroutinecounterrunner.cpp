// SPDX-License-Identifier: MIT
#include "coroutinecounterrunner.h"

#include "coroutineincrements.h"
#include "counterrunner.h"
#include "yieldtoloop.h"
#include "labclock.h"

#include <vector>

using namespace Qt::Literals::StringLiterals;

CoroutineUnit::CoroutineUnit(QPointer<CoroutineCounterRunner> runner, quint64 runId, ExecutionUnit lane, QPointer<CoroutineGate> gate)
    : m_runner(std::move(runner))
    , m_runId(runId)
    , m_lane(lane)
    , m_gate(std::move(gate))
{
}

bool CoroutineUnit::reach(const QString &stepId)
{
    if (!m_runner || !m_runner->isCurrentRun(m_runId) || !m_gate || m_gate->isCancelled())
        return false;
    if (m_increment <= tracedIncrements)
        m_runner->passStep(m_runId, m_lane, stepId);
    return true;
}

void CoroutineUnit::record(TraceEventKind kind, const QString &detail)
{
    if (m_increment <= tracedIncrements && m_runner && m_runner->isCurrentRun(m_runId))
        m_runner->trace(m_runId, m_lane, kind, detail);
}

QCoro::Task<bool> CoroutineUnit::yieldToLoop()
{
    // One turn of the event loop; the coroutines that yielded resume in the order they yielded, so
    // they take turns round robin, as with asyncio's ready queue.
    co_await YieldToLoop();
    co_return m_runner && m_runner->isCurrentRun(m_runId) && m_gate && !m_gate->isCancelled();
}

CoroutineCounterRunner::CoroutineCounterRunner(const DemoId &demoId, Variant variant, CounterParameters parameters, QObject *parent)
    : CoroutineRunner(demoId, unitsCounterScript(), parameters, parent)
    , m_variant(variant)
{
}

CoroutineCounterRunner::~CoroutineCounterRunner()
{
    stopCoroutines();
}

void CoroutineCounterRunner::launch(quint64 runId, CounterParameters parameters, QPointer<CoroutineGate> gate)
{
    countAll(this, runId, m_variant, parameters, gate);
}

QCoro::Task<> CoroutineCounterRunner::countAll(QPointer<CoroutineCounterRunner> self, quint64 runId, Variant variant,
                                               CounterParameters parameters, QPointer<CoroutineGate> gate)
{
    // An exception escaping a coroutine nobody awaits would vanish: catch everything here.
    try {
        auto counter = std::make_shared<CoroutineCounter>();
        const int units = std::clamp(parameters.units, 1, CounterParameters::mostUnits);
        self->setExecutor(runId, {UnitKind::Coroutine, ThreadId::current()});
        const qint64 startNs = LabClock::nowNs();
        std::vector<QCoro::Task<bool>> tasks;
        tasks.reserve(std::size_t(units));
        // QCoro's tasks start at once and run to their first co_await (asyncio.create_task() would
        // only schedule them): coroutine 1 has done its first increment before coroutine 2 starts.
        for (int index = 0; index < units; ++index)
            tasks.push_back(count(self, runId, variant, index, parameters.increments, counter, gate));   // step: start-units
        bool completed = true;
        for (QCoro::Task<bool> &task : tasks) {
            const bool counted = co_await task;
            completed = completed && counted;
        }
        if (!stillCurrent(self, runId))
            co_return;
        if (!completed) {
            self->finishCancelled(runId);
            co_return;
        }
        CounterResult result;
        result.units = units;
        result.increments = parameters.increments;
        result.total = counter->value;
        result.elapsedNs = LabClock::nowNs() - startNs;
        result.stepped = self->stepMode();
        // Python: await asyncio.gather(*tasks). The supervisor waits at this step on the run's gate
        // (step mode), so a cancel there ends the run.
        const bool joined = co_await self->reach(runId, gate, u"join"_s);   // step: join
        if (!stillCurrent(self, runId))
            co_return;
        if (joined)
            self->finishWithResult(runId, result);
        else
            self->finishCancelled(runId);
    } catch (const std::exception &error) {
        if (self)
            self->finishFailed(runId, DemoRunner::tr("The coroutine failed: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

QCoro::Task<bool> CoroutineCounterRunner::count(QPointer<CoroutineCounterRunner> self, quint64 runId, Variant variant, int index,
                                                qint64 increments, std::shared_ptr<CoroutineCounter> counter,
                                                QPointer<CoroutineGate> gate)
{
    const ExecutionUnit lane = laneOf(index);
    // Its lane is named "coroutine <number>" (the timeline names a coroutine lane by its Started detail).
    self->trace(runId, lane, TraceEventKind::Started, QString::number(index + 1));
    CoroutineUnit unit(self, runId, lane, gate);
    for (qint64 i = 0; i < increments; ++i) {
        unit.beginIncrement();
        bool counted = false;
        switch (variant) {
        case Variant::WithoutAwait:
            counted = co_await CoroutineIncrements::withoutAwait(counter, unit);
            break;
        case Variant::AwaitInside:
            counted = co_await CoroutineIncrements::awaitingInside(counter, unit);
            break;
        case Variant::AwaitUnderLock:
            counted = co_await CoroutineIncrements::awaitingUnderLock(counter, unit);
            break;
        }
        if (!counted)
            co_return false;
        // Between increments, the others get a turn (Python: await asyncio.sleep(0)).
        if (variant == Variant::WithoutAwait) {
            const bool resumed = co_await unit.yieldToLoop();
            if (!resumed)
                co_return false;
        }
    }
    if (stillCurrent(self, runId))
        self->trace(runId, lane, TraceEventKind::Result, QString::number(increments));
    co_return true;
}

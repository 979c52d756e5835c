// SPDX-License-Identifier: MIT
#include "processcounterrunner.h"

#include "threadid.h"
#include "workerlocator.h"

#include <QPointer>

#include <numeric>

using namespace Qt::Literals::StringLiterals;

ProcessCounterRunner::ProcessCounterRunner(const DemoId &demoId, Variant variant, CounterParameters parameters, QObject *parent)
    : CounterRunner(demoId, script(), parameters, parent)
    , m_variant(variant)
{
}

ProcessCounterRunner::~ProcessCounterRunner()
{
    retireAllRuns();
    // Each kills and reaps its children, then removes its segment and semaphore.
    qDeleteAll(findChildren<CountingChildren *>(Qt::FindDirectChildrenOnly));
}

StepScript ProcessCounterRunner::script()
{
    return {{{{}, StepScript::Action::StartWork}}, {{u"report"_s, StepScript::Action::PublishResult}}};
}

void ProcessCounterRunner::startWork(quint64 runId)
{
    const CounterParameters p = parameters();
    auto *children = new CountingChildren({demoId(), runId, m_variant, std::clamp(p.units, 1, CounterParameters::mostUnits),
                                           std::clamp<qint64>(p.increments, 1, CounterParameters::mostIncrements), p.widenWindow,
                                           m_options, traceLog()},
                                          this);
    m_sharedKey = children->key();
    connect(children, &CountingChildren::childStarted, this, [this, runId](qint64 pid) {
        if (!executor() || executor()->kind != UnitKind::ChildProcess)
            setExecutor(runId, {UnitKind::ChildProcess, pid});   // the first child that is ready
    });
    connect(children, &CountingChildren::stepReached, this, [this, runId](qint64 pid, const QString &stepId) {
        reachStep(runId, {UnitKind::ChildProcess, pid}, stepId);   // in step mode, the child waits there
    });
    connect(children, &CountingChildren::completed, this, [this, runId, children](const CountingChildren::Outcome &outcome) {
        children->deleteLater();   // its children are reaped, its shared counter and semaphore removed
        finishCounting(runId, outcome);
    });
    connect(children, &CountingChildren::cancelled, this, [this, runId, children] {
        children->deleteLater();
        finishCancelled(runId);
    });
    connect(children, &CountingChildren::failed, this, [this, runId, children](const QString &error) {
        children->deleteLater();
        finishFailed(runId, error);
    });
    attachGate(runId, children, children);
    // The GUI thread's own steps; a cancel drops those still waiting (and `alive` guards the rest).
    const QPointer<CountingChildren> alive(children);
    if (children->sharesMemory())
        atGuiStep(runId, u"create-shared"_s, [alive] { if (alive) alive->createShared(); });
    atGuiStep(runId, u"start-children"_s, [this, runId, alive] {
        // Until a child is ready (a fork, an exec and Qt's start-up: milliseconds), the GUI thread
        // is what runs the demo.
        setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()}, tr("starting the children"));
        if (alive)
            alive->start();
    });
}

void ProcessCounterRunner::finishCounting(quint64 runId, const CountingChildren::Outcome &outcome)
{
    CounterResult result;
    result.units = int(outcome.answers.size());
    result.increments = std::clamp<qint64>(parameters().increments, 1, CounterParameters::mostIncrements);
    result.elapsedNs = outcome.elapsedNs;
    result.stepped = stepMode();
    if (m_variant == Variant::Messages) {
        // Python: total = sum(counts.get() for _ in children)
        atGuiStep(runId, u"sum"_s, [this, runId, result, counts = outcome.sentCounts]() mutable {
            result.total = std::accumulate(counts.cbegin(), counts.cend(), qint64(0));   // step: sum
            finishWithResult(runId, result);
        });
        return;
    }
    // Python: for child in children: child.join(). Every child has exited and been reaped already,
    // and the shared counter was read and removed then (CountingChildren::endRun()); this step is
    // where the parent looks at the total.
    atGuiStep(runId, u"join"_s, [this, runId, result, outcome]() mutable {   // step: join
        if (m_variant == Variant::Isolated) {
            // The parent's own counter, which no child could reach; they counted in their copies.
            result.total = ChildCounting::counter;
            result.childrenCounted = std::accumulate(outcome.answers.cbegin(), outcome.answers.cend(), qint64(0));
        } else {
            result.total = outcome.sharedTotal;   // read after the last child exited
        }
        finishWithResult(runId, result);
    });
}

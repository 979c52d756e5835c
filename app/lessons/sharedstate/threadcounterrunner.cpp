// SPDX-License-Identifier: MIT
#include "threadcounterrunner.h"

using namespace Qt::Literals::StringLiterals;

ThreadCounterRunner::ThreadCounterRunner(const DemoId &demoId, Variant variant, CounterParameters parameters, QObject *parent)
    : CounterRunner(demoId, unitsCounterScript(), parameters, parent)
    , m_variant(variant)
{
}

ThreadCounterRunner::~ThreadCounterRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<CountingThreads *>(Qt::FindDirectChildrenOnly));
}

void ThreadCounterRunner::startWork(quint64 runId)
{
    auto *threads = new CountingThreads({demoId(), runId, m_variant, parameters(), traceLog()}, this);
    connect(threads, &CountingThreads::unitStarted, this, [this, runId](qint64 tid) {
        if (!executor())
            setExecutor(runId, {UnitKind::WorkerThread, tid});
    });
    connect(threads, &CountingThreads::stepReached, this, [this, runId](qint64 tid, const QString &stepId) {
        unitWaits(runId, {UnitKind::WorkerThread, tid}, stepId);
    });
    connect(threads, &CountingThreads::finished, this, [this, runId, threads](bool completed, CounterResult result) {
        threads->deleteLater();   // joins its threads, which have ended
        if (!completed) {
            finishCancelled(runId);
            return;
        }
        result.stepped = stepMode();
        // Python: for thread in threads: thread.join()
        atGuiStep(runId, u"join"_s, [this, runId, result] { finishWithResult(runId, result); });  // step: join
    });
    attachGate(runId, threads, threads);
    // Python: for _ in range(units): Thread(target=count, args=(counter, increments)).start()
    threads->start();   // step: start-units
}

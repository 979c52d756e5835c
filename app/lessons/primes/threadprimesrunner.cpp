// SPDX-License-Identifier: MIT
#include "threadprimesrunner.h"

#include "primecheckingthreads.h"

using namespace Qt::Literals::StringLiterals;

ThreadPrimesRunner::ThreadPrimesRunner(const DemoId &demoId, Mode mode, PrimesParameters parameters, QObject *parent)
    : PrimesRunner(demoId, workersScript(), Language::Cpp, mode == Mode::OneThread, parameters, parent)
    , m_mode(mode)
{
    m_pool.setObjectName(u"primes-pool"_s);
    // A pool thread ends as soon as it has no task: no thread outlives the run it worked for (and a
    // run with fewer workers does not find idle threads of a bigger one).
    m_pool.setExpiryTimeout(0);
}

ThreadPrimesRunner::~ThreadPrimesRunner()
{
    retireAllRuns();
    // Each run cancels and joins its workers; delete them while this is still a ThreadPrimesRunner.
    qDeleteAll(findChildren<PrimeCheckingThreads *>(Qt::FindDirectChildrenOnly));
    m_pool.waitForDone();
}

void ThreadPrimesRunner::startWork(quint64 runId)
{
    beginChecks(runId);
    const PrimesParameters p = runParameters();
    const int workers = m_mode == Mode::OneThread ? 1 : PrimesParameters::clampWorkers(p.workers);
    auto *threads = new PrimeCheckingThreads({demoId(), runId, PrimeNumbers::numbers(p.numbers), workers,
                                              p.oneCore && m_mode != Mode::OneThread, m_mode == Mode::SimulatedGil,
                                              traceLog()},
                                             this);
    connect(threads, &PrimeCheckingThreads::workerStarted, this, [this, runId](qint64 tid) {
        if (!executor())
            setExecutor(runId, {UnitKind::WorkerThread, tid});
    });
    connect(threads, &PrimeCheckingThreads::checked, this, [this, runId](const PrimeCheck &check) {
        // Python: n, prime, elapsed = results.get()
        atGuiStep(runId, u"receive-result"_s, [this, runId, check] { addCheck(runId, check); });  // step: receive-result
    });
    connect(threads, &PrimeCheckingThreads::finished, this,
            [this, runId, threads](bool completed, qint64 totalNs, quint64 forcedSwitches) {
                threads->deleteLater();   // joins its QThreads, which have ended
                if (!completed) {
                    finishCancelled(runId);
                    return;
                }
                const auto switches = m_mode == Mode::SimulatedGil ? std::optional(forcedSwitches) : std::nullopt;
                // Every worker has ended (Python: each sent its "done" sentinel); after the results
                // still queued on the GUI thread, the total.
                atGuiStep(runId, {}, [this, runId, totalNs, switches] { finishChecks(runId, totalNs, switches); });
            });
    attachGate(runId, threads, threads);
    launch(*threads);  // step: start-workers
}

void ThreadPrimesRunner::launch(PrimeCheckingThreads &threads)
{
    // Python: for _ in range(workers): Thread(target=worker, args=(jobs, results)).start()
    if (m_mode == Mode::QtConcurrent)
        threads.startOnPool(&m_pool);   // QtConcurrent::run() N times on a pool of N threads
    else
        threads.startOnThreads();       // N QThreads (one for OneThread)
}

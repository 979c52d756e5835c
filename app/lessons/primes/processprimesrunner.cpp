// SPDX-License-Identifier: MIT
#include "processprimesrunner.h"

#include "cpuaffinity.h"
#include "primecheckingchildren.h"
#include "workerlocator.h"

using namespace Qt::Literals::StringLiterals;

ProcessPrimesRunner::ProcessPrimesRunner(PrimesParameters parameters, QObject *parent)
    : PrimesRunner(u"primes-processes"_s, workersScript(), Language::Cpp, false, parameters, parent)
{
}

ProcessPrimesRunner::~ProcessPrimesRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<PrimeCheckingChildren *>(Qt::FindDirectChildrenOnly));
}

void ProcessPrimesRunner::startWork(quint64 runId)
{
    beginChecks(runId);
    const PrimesParameters p = runParameters();
    WorkerProcess::Options options = m_options;
    if (p.oneCore)
        options.inChild = CpuAffinity::oneCoreInChild();
    auto *children = new PrimeCheckingChildren(PrimeNumbers::numbers(p.numbers), PrimesParameters::clampWorkers(p.workers),
                                               options, this);
    const auto child = [](qint64 pid) { return ExecutionUnit{UnitKind::ChildProcess, pid}; };
    connect(children, &PrimeCheckingChildren::childStarted, this, [this, runId, child](qint64 pid) {
        if (!executor())
            setExecutor(runId, child(pid));
        trace(runId, child(pid), TraceEventKind::Started);
    });
    connect(children, &PrimeCheckingChildren::stepPassed, this, [this, runId, child](qint64 pid, const QString &stepId) {
        passStep(runId, child(pid), stepId);
        trace(runId, child(pid), TraceEventKind::Busy);
    });
    connect(children, &PrimeCheckingChildren::checked, this, [this, runId](const PrimeCheck &check) {
        trace(runId, check.unit, TraceEventKind::Result, traceDetail(check));
        // Python: n, prime, elapsed = results.get()
        atGuiStep(runId, u"receive-result"_s, [this, runId, check] { addCheck(runId, check); });  // step: receive-result
    });
    connect(children, &PrimeCheckingChildren::completed, this, [this, runId, children](qint64 totalNs) {
        children->deleteLater();
        // Every child has exited and been reaped; after the results still queued, the total.
        atGuiStep(runId, {}, [this, runId, totalNs] { finishChecks(runId, totalNs); });
    });
    connect(children, &PrimeCheckingChildren::cancelled, this, [this, runId, children] {
        children->deleteLater();
        finishCancelled(runId);
    });
    connect(children, &PrimeCheckingChildren::failed, this, [this, runId, children](const QString &error) {
        children->deleteLater();
        finishFailed(runId, error);
    });
    attachGate(runId, children, children);
    children->start();
}

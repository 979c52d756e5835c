// SPDX-License-Identifier: MIT
#include "processrunner.h"


using namespace Qt::Literals::StringLiterals;

ProcessRunner::ProcessRunner(SlowTaskParameters parameters, QObject *parent)
    : TypedDemoRunner(u"process"_s, SlowTask::script(true), parameters, parent)
{
}

ProcessRunner::~ProcessRunner()
{
    retireAllRuns();
    // Each WorkerProcess kills and reaps its child in its destructor; delete them now, while this
    // object is still a ProcessRunner, rather than leaving it to ~QObject.
    qDeleteAll(findChildren<WorkerProcess *>(Qt::FindDirectChildrenOnly));
}

void ProcessRunner::startWork(quint64 runId)
{
    const auto duration = parameters().duration;
    const WorkerProcess::Request request{u"slow-task"_s, {u"--milliseconds"_s, QString::number(duration.count())}, duration,
                                         SlowTask::answer, SlowTask::answer};
    auto *worker = new WorkerProcess(request, m_options, this);
    const auto child = [worker] { return ExecutionUnit{UnitKind::ChildProcess, worker->pid()}; };
    connect(worker, &WorkerProcess::childReady, this, [this, runId, child] {
        setExecutor(runId, child());
        trace(runId, child(), TraceEventKind::Started);
        trace(runId, child(), TraceEventKind::Sleeping);
    });
    connect(worker, &WorkerProcess::stepReached, this, [this, runId, child](const QString &stepId) {
        reachStep(runId, child(), stepId);
    });
    connect(worker, &WorkerProcess::answered, this, [this, runId, child](int answer) {
        const SlowTaskResult result{answer};
        trace(runId, child(), TraceEventKind::Result, traceDetail(result));
        finishWithResult(runId, result);
    });
    connect(worker, &WorkerProcess::cancelled, this, [this, runId, child] {
        trace(runId, child(), TraceEventKind::Cancelled);
        finishCancelled(runId);
    });
    connect(worker, &WorkerProcess::failed, this, [this, runId, child](const QString &error) {
        trace(runId, child(), TraceEventKind::Failed, error);
        finishFailed(runId, error);
    });
    connect(worker, &WorkerProcess::exited, this, [this, runId, worker] {
        worker->deleteLater();
        // Python's process.join(): the child has exited and been reaped.
        atGuiStep(runId, u"join"_s);  // step: join
    });
    attachGate(runId, worker, worker);
    worker->start();  // step: start-slow-task
}

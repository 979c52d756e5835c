// SPDX-License-Identifier: MIT
#include "processrunner.h"

#include "workerlocator.h"

using namespace Qt::Literals::StringLiterals;

ProcessRunner::ProcessRunner(QObject *parent)
    : DemoRunner(DemoKind::Process, parent)
{
    m_options.program = WorkerLocator::workerPath();
}

ProcessRunner::~ProcessRunner()
{
    retireAllRuns();
    // Each WorkerProcess kills and reaps its child in its destructor; delete them now, while this
    // object is still a ProcessRunner, rather than leaving it to ~QObject.
    qDeleteAll(findChildren<WorkerProcess *>(Qt::FindDirectChildrenOnly));
}

void ProcessRunner::startRun(quint64 runId, std::chrono::milliseconds duration)
{
    auto *worker = new WorkerProcess(duration, m_options, runsAreGated(), this);
    connect(worker, &WorkerProcess::childReady, this, [this, runId](qint64 pid) {
        setExecutor(runId, tr("child PID %1").arg(pid));
        trace(runId, UnitKind::ChildProcess, pid, TraceEventKind::Started);
        trace(runId, UnitKind::ChildProcess, pid, TraceEventKind::Sleeping);
    });
    connect(worker, &WorkerProcess::stepReached, this, [this, runId, worker](const QString &stepId) {
        reachStep(runId, UnitKind::ChildProcess, worker->pid(), stepId);
    });
    connect(worker, &WorkerProcess::answered, this, [this, runId, worker](int answer) {
        trace(runId, UnitKind::ChildProcess, worker->pid(), TraceEventKind::Result, QString::number(answer));
        finishWithAnswer(runId, answer);
    });
    connect(worker, &WorkerProcess::cancelled, this, [this, runId, worker] {
        trace(runId, UnitKind::ChildProcess, worker->pid(), TraceEventKind::Cancelled);
        finishCancelled(runId);
    });
    connect(worker, &WorkerProcess::failed, this, [this, runId, worker](const QString &error) {
        trace(runId, UnitKind::ChildProcess, worker->pid(), TraceEventKind::Failed, error);
        finishFailed(runId, error);
    });
    connect(worker, &WorkerProcess::exited, this, [this, runId, worker] {
        worker->deleteLater();
        // Python's process.join(): the child has exited and been reaped.
        atGuiStep(runId, u"join"_s);  // step: join
    });
    m_current = worker;
    worker->start();  // step: start-slow-task
}

void ProcessRunner::cancelRun(quint64 runId)
{
    Q_UNUSED(runId)
    if (m_current)
        m_current->cancel();
}

void ProcessRunner::setRunGated(quint64 runId, bool gated)
{
    Q_UNUSED(runId)
    if (m_current)
        m_current->setGated(gated);
}

void ProcessRunner::permitStep(quint64 runId)
{
    Q_UNUSED(runId)
    if (m_current)
        m_current->permitStep();
}

// SPDX-License-Identifier: MIT
#include "processsleepersrunner.h"

#include "processmemory.h"
#include "trace.h"
#include "slowtask.h"

#include "threadid.h"

#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

ProcessSleepersRunner::ProcessSleepersRunner(SleepersParameters parameters, QObject *parent)
    : SleepersRunner(u"many-processes"_s, SleepersModel::Processes, false, parameters, parent)
{
    m_launcher.setInterval(0);
    connect(&m_launcher, &QTimer::timeout, this, [this] { launchSome(m_launchingRun); });
    m_memoryPool.setMaxThreadCount(1);
    m_memoryPool.setExpiryTimeout(0);
    m_memoryTimer.setInterval(memoryInterval);
    connect(&m_memoryTimer, &QTimer::timeout, this, &ProcessSleepersRunner::sampleChildren);
    connect(&m_memoryWatcher, &QFutureWatcher<QPair<qint64, int>>::finished, this, [this] {
        const auto [bytes, children] = m_memoryWatcher.result();
        m_childrenMemory.peakBytes = std::max(m_childrenMemory.peakBytes, bytes);
        if (children > 0)
            m_childrenMemory.perChildBytes = std::max(m_childrenMemory.perChildBytes, bytes / children);
    });
}

ProcessSleepersRunner::~ProcessSleepersRunner()
{
    retireAllRuns();
    m_launcher.stop();
    m_memoryTimer.stop();
    // Each WorkerProcess kills and reaps its child in its destructor.
    qDeleteAll(findChildren<WorkerProcess *>(Qt::FindDirectChildrenOnly));
    m_memoryWatcher.waitForFinished();   // reads /proc only: a few milliseconds at most
}

void ProcessSleepersRunner::startWork(quint64 runId)
{
    stopAll();
    if (!beginRun(runId))
        return;
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()}, tr("starting children"));
    m_launchingRun = runId;
    m_launched = m_exited = 0;
    m_childrenMemory = {};
    m_failure.clear();
    delete m_gate;
    m_gate = new CancelOnlyGate([this] {
        noteCancelRequested();
        stopAll();   // the run ends once every child has exited
    }, this);
    attachGate(runId, m_gate, m_gate);
    launchStarted();
    m_memoryTimer.start();
    launchSome(runId);
}

void ProcessSleepersRunner::launchSome(quint64 runId)
{
    if (!isCurrentRun(runId) || cancelRequested() || !m_failure.isEmpty()) {
        m_launcher.stop();
        return;
    }
    const QDeadlineTimer slice(launchSlice, Qt::PreciseTimer);
    while (m_launched < runParameters().count && !slice.hasExpired())
        startChild(runId, m_launched++);
    if (m_launched < runParameters().count) {
        m_launcher.start();
        return;
    }
    m_launcher.stop();
    launchFinished();
}

void ProcessSleepersRunner::startChild(quint64 runId, int index)
{
    const auto sleep = runParameters().sleep;
    const WorkerProcess::Request request{u"slow-task"_s, {u"--milliseconds"_s, QString::number(sleep.count())}, sleep,
                                         SlowTask::answer, SlowTask::answer};
    auto *worker = new WorkerProcess(request, m_options, this);
    m_children.append(worker);
    const bool sampled = index < sampledUnits;
    const auto child = [worker] { return ExecutionUnit{UnitKind::ChildProcess, worker->pid()}; };
    // The child sleeps in the slow task (models/tasks/slowtaskworkload.cpp), then answers.
    connect(worker, &WorkerProcess::childReady, this, [this, runId, sampled, child] {
        counts().started.fetch_add(1);  // step: sleep
        if (sampled) {
            trace(runId, child(), TraceEventKind::Started);
            passStep(runId, child(), u"sleep"_s);
            trace(runId, child(), TraceEventKind::Sleeping);
        }
    });
    connect(worker, &WorkerProcess::answered, this, [this, runId, sampled, child] {
        counts().countDone();  // step: count-done
        if (sampled) {
            passStep(runId, child(), u"count-done"_s);
            trace(runId, child(), TraceEventKind::Result, u"done"_s);
        }
    });
    connect(worker, &WorkerProcess::cancelled, this, [this, runId, sampled, child] {
        if (sampled)
            trace(runId, child(), TraceEventKind::Cancelled);
    });
    connect(worker, &WorkerProcess::failed, this, [this, runId, child](const QString &error) {
        trace(runId, child(), TraceEventKind::Failed, error);
        if (m_failure.isEmpty() && !cancelRequested()) {
            //: %1: why one child failed; the others are stopped then
            m_failure = tr("A child failed, so the run stopped: %1").arg(error);
            stopAll();
        }
    });
    connect(worker, &WorkerProcess::exited, this, [this, runId, worker] { childExited(runId, worker); });
    worker->start();  // step: launch
}

void ProcessSleepersRunner::childExited(quint64 runId, WorkerProcess *worker)
{
    m_children.removeOne(worker);
    worker->deleteLater();
    if (!isCurrentRun(runId))
        return;
    // A child that never became ready is counted started here, so alive stays right.
    ++m_exited;
    if (counts().started.load() < m_exited)
        counts().started.store(m_exited);
    counts().ended.store(m_exited);
    const bool launching = m_launched < runParameters().count && m_failure.isEmpty() && !cancelRequested();
    if (launching || !m_children.isEmpty())
        return;
    m_memoryTimer.stop();
    completeRun(runId, m_failure, m_childrenMemory);
}

void ProcessSleepersRunner::stopAll()
{
    m_launcher.stop();
    const QList<WorkerProcess *> children = m_children;
    for (WorkerProcess *worker : children)
        worker->cancel();
}

void ProcessSleepersRunner::sampleChildren()
{
    if (m_memoryWatcher.isRunning())
        return;
    QList<qint64> pids;
    for (const WorkerProcess *worker : std::as_const(m_children)) {
        if (worker->pid() > 0)
            pids.append(worker->pid());
    }
    // Reading hundreds of smaps_rollup files takes tens of milliseconds: not on the GUI thread.
    m_memoryWatcher.setFuture(QtConcurrent::run(&m_memoryPool, [pids] {
        QPair<qint64, int> sum{0, 0};
        for (qint64 pid : pids) {
            if (const qint64 bytes = ProcessMemory::proportionalBytes(pid); bytes > 0) {   // 0: gone meanwhile
                sum.first += bytes;
                ++sum.second;
            }
        }
        return sum;
    }));
}

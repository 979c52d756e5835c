// SPDX-License-Identifier: MIT
#include "threadrunner.h"

#include "slowtaskthread.h"

using namespace Qt::Literals::StringLiterals;

ThreadRunner::ThreadRunner(QObject *parent)
    : DemoRunner(DemoKind::Thread, parent)
{
}

ThreadRunner::~ThreadRunner()
{
    retireAllRuns();
    // Threads of superseded runs may still be finishing: stop and join them all before QObject's
    // destructor deletes them (destroying a running QThread aborts the program).
    for (SlowTaskThread *thread : findChildren<SlowTaskThread *>(Qt::FindDirectChildrenOnly)) {
        thread->requestCancel();
        thread->wait();
    }
}

void ThreadRunner::startRun(quint64 runId, std::chrono::milliseconds duration)
{
    auto *thread = new SlowTaskThread(runId, duration, traceLog(), runsAreGated(), this);
    connect(thread, &SlowTaskThread::workerStarted, this, [this](quint64 id, qint64 tid) {
        setExecutor(id, tr("worker thread TID %1").arg(tid));
    });
    connect(thread, &SlowTaskThread::stepReached, this, [this](quint64 id, qint64 tid, const QString &stepId) {
        if (runsAreGated())
            setWaiting(id, unitLabel(UnitKind::WorkerThread, tid), stepId);
    });
    connect(thread, &SlowTaskThread::answered, this, &ThreadRunner::finishWithAnswer);
    connect(thread, &SlowTaskThread::cancelled, this, &ThreadRunner::finishCancelled);
    connect(thread, &QThread::finished, this, [this, runId, thread] {
        if (m_current == thread)
            m_current = nullptr;
        thread->deleteLater();
        // Python's spinner.join(): the worker thread has ended. The GUI thread never waited for it.
        atGuiStep(runId, u"join"_s);  // step: join
    });
    m_current = thread;
    thread->start();  // step: start-slow-task
}

void ThreadRunner::cancelRun(quint64 runId)
{
    Q_UNUSED(runId)
    if (m_current)
        m_current->requestCancel();   // wakes the sleeping worker; it answers with cancelled()
}

void ThreadRunner::setRunGated(quint64 runId, bool gated)
{
    Q_UNUSED(runId)
    if (m_current)
        m_current->control().setGated(gated);
}

void ThreadRunner::permitStep(quint64 runId)
{
    Q_UNUSED(runId)
    if (m_current)
        m_current->control().permitOneStep();
}

// SPDX-License-Identifier: MIT
#include "threadrunner.h"

#include "slowtaskthread.h"

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
    auto *thread = new SlowTaskThread(runId, duration, traceLog(), this);
    connect(thread, &SlowTaskThread::workerStarted, this, [this](quint64 id, qint64 tid) {
        setExecutor(id, tr("worker thread TID %1").arg(tid));
    });
    connect(thread, &SlowTaskThread::answered, this, &ThreadRunner::finishWithAnswer);
    connect(thread, &SlowTaskThread::cancelled, this, &ThreadRunner::finishCancelled);
    // Python's spinner.join(): here the GUI thread never waits; the finished thread is deleted later.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);  // step: join
    connect(thread, &QObject::destroyed, this, [this, thread] {
        if (m_current == thread)
            m_current = nullptr;
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

// SPDX-License-Identifier: MIT
#include "threadrunner.h"

#include "slowtaskthread.h"

using namespace Qt::Literals::StringLiterals;

ThreadRunner::ThreadRunner(SlowTaskParameters parameters, QObject *parent)
    : TypedDemoRunner(u"thread"_s, SlowTask::script(true), parameters, parent)
{
}

ThreadRunner::~ThreadRunner()
{
    retireAllRuns();
    // Threads of superseded runs may still be finishing: stop and join them all before QObject's
    // destructor deletes them (destroying a running QThread aborts the program).
    for (SlowTaskThread *thread : findChildren<SlowTaskThread *>(Qt::FindDirectChildrenOnly)) {
        thread->gate().cancel();
        thread->wait();
    }
}

void ThreadRunner::startWork(quint64 runId)
{
    auto *thread = new SlowTaskThread(demoId(), runId, parameters().duration, traceLog(), this);
    connect(thread, &SlowTaskThread::workerStarted, this, [this](quint64 id, qint64 tid) {
        setExecutor(id, {UnitKind::WorkerThread, tid});
    });
    connect(thread, &SlowTaskThread::stepReached, this, [this](quint64 id, qint64 tid, const QString &stepId) {
        unitWaits(id, {UnitKind::WorkerThread, tid}, stepId);   // the worker recorded the step itself
    });
    connect(thread, &SlowTaskThread::answered, this, [this](quint64 id, int answer) {
        finishWithResult(id, {answer});
    });
    connect(thread, &SlowTaskThread::cancelled, this, &ThreadRunner::finishCancelled);
    connect(thread, &QThread::finished, this, [this, runId, thread] {
        thread->deleteLater();
        // Python's spinner.join(): the worker thread has ended. The GUI thread never waited for it.
        atGuiStep(runId, u"join"_s);  // step: join
    });
    attachGate(runId, thread, &thread->gate());
    thread->start();  // step: start-slow-task
}

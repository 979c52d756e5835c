// SPDX-License-Identifier: MIT
#include "threadsleepersrunner.h"

#include "sleepingthreads.h"
#include "threadid.h"
#include "trace.h"

using namespace Qt::Literals::StringLiterals;

ThreadSleepersRunner::ThreadSleepersRunner(SleepersParameters parameters, QObject *parent)
    : SleepersRunner(u"many-threads"_s, SleepersModel::Threads, false, parameters, parent)
{
}

ThreadSleepersRunner::~ThreadSleepersRunner()
{
    retireAllRuns();
    m_threads.reset();   // cancels and joins
}

void ThreadSleepersRunner::startWork(quint64 runId)
{
    m_threads.reset();   // a previous run's threads: cancelled already, joined here
    if (!beginRun(runId))
        return;
    setExecutor(runId, {UnitKind::GuiLoop, ThreadId::current()}, tr("launching threads"));
    const QPointer self(this);
    // Called on the launcher thread: hand over to the GUI thread (dropped when the runner is gone).
    const auto onGuiThread = [self](std::function<void()> action) {
        QMetaObject::invokeMethod(self, std::move(action), Qt::QueuedConnection);
    };
    Trace *log = traceLog();
    const DemoId demo = demoId();
    SleepingThreads::Callbacks callbacks{
        [this, runId, onGuiThread] { onGuiThread([this, runId] {
            if (isCurrentRun(runId))
                launchFinished();
        }); },
        [this, runId, onGuiThread](const QString &failure) { onGuiThread([this, runId, failure] { completeRun(runId, failure); }); },
        // The sampled threads record their own steps (the trace is thread-safe): a few lanes, however many threads.
        [log, demo, runId](qint64 tid, const char *stepId) {
            if (!log)
                return;
            const auto record = [&](TraceEventKind kind, const QString &detail = {}) {
                log->append({0, demo, runId, UnitKind::WorkerThread, tid, kind, detail});
            };
            const QString step = QString::fromLatin1(stepId);
            if (step == u"cancelled"_s) {
                record(TraceEventKind::Cancelled);
                return;
            }
            if (step == u"sleep"_s)
                record(TraceEventKind::Started);
            record(TraceEventKind::Step, step);
            if (step == u"sleep"_s)
                record(TraceEventKind::Sleeping);
            else
                record(TraceEventKind::Result, u"done"_s);
        },
    };
    m_threads = std::make_unique<SleepingThreads>(runParameters().count, runParameters().sleep, sharedCounts(), callbacks);
    delete m_gate;
    m_gate = new CancelOnlyGate([this] {
        noteCancelRequested();
        m_threads->cancel();   // the launcher reports once every thread is joined
    }, this);
    attachGate(runId, m_gate, m_gate);
    launchStarted();
    m_threads->start();
}

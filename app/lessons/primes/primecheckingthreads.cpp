// SPDX-License-Identifier: MIT
#include "primecheckingthreads.h"

#include "cpuaffinity.h"
#include "labclock.h"
#include "primenumbers.h"
#include "simulatedgil.h"
#include "threadid.h"
#include "trace.h"

#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

PrimeCheckingThreads::PrimeCheckingThreads(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_gil(m_setup.simulatedGil ? std::make_unique<SimulatedGil>() : nullptr)
{
}

PrimeCheckingThreads::~PrimeCheckingThreads()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    // Pool tasks use `this` until they leave work(): wait for the last one.
    while (m_inside.load() > 0)
        QThread::yieldCurrentThread();
}

void PrimeCheckingThreads::startOnThreads()
{
    m_startedAtNs = LabClock::nowNs();
    m_running = m_inside = m_setup.workers;
    for (int i = 0; i < m_setup.workers; ++i) {
        QThread *thread = QThread::create([this] { work(); });
        thread->setObjectName(u"primes-%1-%2"_s.arg(m_setup.runId).arg(i + 1));   // in a debugger and `ps -L`
        m_threads.append(thread);
        thread->start();
    }
}

void PrimeCheckingThreads::startOnPool(QThreadPool *pool)
{
    m_startedAtNs = LabClock::nowNs();
    m_running = m_inside = m_setup.workers;
    pool->setMaxThreadCount(m_setup.workers);
    for (int i = 0; i < m_setup.workers; ++i) {
        // The futures are not needed: the workers report through signals, and m_inside counts them out.
        const QFuture<void> task = QtConcurrent::run(pool, [this] { work(); });
        Q_UNUSED(task)
    }
}

void PrimeCheckingThreads::cancel()
{
    m_cancelled = true;
    if (m_gil)
        m_gil->cancel();
}

void PrimeCheckingThreads::record(qint64 tid, int kind, const QString &detail) const
{
    if (m_setup.trace)
        m_setup.trace->append({0, m_setup.demo, m_setup.runId, UnitKind::WorkerThread, tid, TraceEventKind(kind), detail});
}

// Runs on each worker thread (Python: def worker(jobs, results) in threads.py).
void PrimeCheckingThreads::work()
{
    const qint64 tid = ThreadId::current();
    // Pool threads are reused: set the affinity either way, so a pinned thread does not stay pinned.
    CpuAffinity::restrictCurrentThread(m_setup.oneCore);
    record(tid, int(TraceEventKind::Started), {});
    Q_EMIT workerStarted(tid);
    bool holdingGil = false;
    while (!m_cancelled) {
        const int index = m_next.fetch_add(1);   // Python: n = jobs.get()
        if (index >= m_setup.numbers.size())
            break;
        const quint64 number = m_setup.numbers.at(index);
        record(tid, int(TraceEventKind::Step), u"check-number"_s);   // the worker records its own steps
        const qint64 startNs = LabClock::nowNs();
        const std::optional<bool> prime = check(number, holdingGil);  // step: check-number
        if (!prime)
            break;
        const PrimeCheck result{index, number, *prime, LabClock::nowNs() - startNs, {UnitKind::WorkerThread, tid}};
        record(tid, int(TraceEventKind::Result), traceDetail(result));   // Python: results.put(...)
        Q_EMIT checked(result);
    }
    if (holdingGil)
        m_gil->release();
    if (m_cancelled)
        record(tid, int(TraceEventKind::Cancelled), {});
    // The last worker out reports for all of them.
    if (m_running.fetch_sub(1) == 1) {
        const bool completed = !m_cancelled;
        Q_EMIT finished(completed, LabClock::nowNs() - m_startedAtNs, m_gil ? m_gil->forcedSwitches() : 0);
    }
    m_inside.fetch_sub(1);   // the last use of `this`
}

std::optional<bool> PrimeCheckingThreads::check(quint64 number, bool &holdingGil)
{
    const qint64 tid = ThreadId::current();
    if (m_gil && !holdingGil) {
        record(tid, int(TraceEventKind::Sleeping), u"waiting for the GIL"_s);
        holdingGil = m_gil->acquire();
        if (!holdingGil)
            return std::nullopt;
    }
    record(tid, int(TraceEventKind::Busy), QString::number(number));
    return PrimeNumbers::isPrime(number, [&] {
        if (m_cancelled)
            return false;
        if (m_gil && m_gil->dropRequested()) {
            record(tid, int(TraceEventKind::Sleeping), u"waiting for the GIL"_s);
            holdingGil = m_gil->checkpoint();
            if (!holdingGil)
                return false;
            record(tid, int(TraceEventKind::Busy), QString::number(number));
        }
        return true;
    });
}

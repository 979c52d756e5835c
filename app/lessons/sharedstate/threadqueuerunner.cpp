// SPDX-License-Identifier: MIT
// Part B with threads: one producer QThread, K consumer QThreads and a BlockingQueue (QMutex and two
// QWaitConditions) between them. Python: queue_threads.py.
#include "threadqueuerunner.h"

#include "labclock.h"
#include "threadid.h"

#include <QDeadlineTimer>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace {
// How long the destructor waits for one thread after cancelling: every wait of these threads is
// interruptible, so they end within microseconds; this only bounds a bug.
constexpr std::chrono::seconds joinBound{10};
} // namespace

QueueThreads::QueueThreads(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
    , m_p(m_setup.parameters.clamped())
    , m_jobs(std::size_t(m_p.capacity), m_setup.order)
    , m_allDone(1)
    , m_busy(std::make_unique<std::atomic<int>[]>(std::size_t(m_p.consumers)))
    , m_tallies(std::size_t(m_p.consumers))
{
}

QueueThreads::~QueueThreads()
{
    cancel();
    for (QThread *thread : std::as_const(m_threads)) {
        if (!thread->wait(QDeadlineTimer(joinBound))) {
            qCritical("QueueThreads: thread %s did not end after its cancel", qPrintable(thread->objectName()));
            thread->wait();   // destroying a running QThread would abort the whole program
        }
        delete thread;
    }
}

void QueueThreads::startThread(const QString &name, std::function<void()> body)
{
    QThread *thread = QThread::create(std::move(body));
    thread->setObjectName(name);   // in a debugger and `ps -L`
    m_threads.append(thread);
    thread->start();
}

void QueueThreads::startProducer()
{
    startThread(u"queue-producer-%1"_s.arg(m_setup.runId), [this] { produce(); });
}

void QueueThreads::startConsumers()
{
    if (m_consumersStarted || m_cancelled)
        return;
    m_consumersStarted = true;
    m_running += m_p.consumers;
    for (int i = 0; i < m_p.consumers; ++i)
        startThread(u"queue-consumer-%1-%2"_s.arg(m_setup.runId).arg(i + 1), [this, i] { consume(i); });
    threadEnded();   // the consumers' place-holder: they are running now
}

void QueueThreads::cancel()
{
    m_cancelled = true;
    m_sleeps.cancel();   // a consumer at work wakes at once
    m_jobs.close();      // every put() and get() returns, now and later
    m_allDone.close();
    if (!m_consumersStarted) {
        m_consumersStarted = true;   // they never will: the run ends with the producer
        threadEnded();
    }
}

void QueueThreads::record(qint64 tid, TraceEventKind kind, const QString &detail) const
{
    if (m_setup.trace)
        m_setup.trace->append({0, m_setup.demo, m_setup.runId, UnitKind::WorkerThread, tid, kind, detail});
}

// One put, as the producer sees it: it waits here while the queue is full.
bool QueueThreads::put(QueueItem item)
{
    // Python: if jobs.full(): waits += 1 (the BlockingQueue counts the waits itself, under its lock).
    m_producerWaiting = m_jobs.size() >= m_jobs.capacity();
    const bool accepted = m_jobs.put(item);
    m_producerWaiting = false;
    return accepted;
}

// The producer thread. Python: def produce(jobs, items) and def stop_consumers(kind, jobs, threads).
void QueueThreads::produce()
{
    const qint64 tid = ThreadId::current();
    //: the name of a thread's timeline lane
    record(tid, TraceEventKind::Started, ThreadQueueRunner::tr("producer"));
    Q_EMIT producerStarted(tid);
    m_startNs = LabClock::nowNs();
    bool open = true;
    for (int n = 1; n <= m_p.items && open; ++n) {
        if (n <= QueueRunner::tracedItems)
            record(tid, TraceEventKind::Step, u"put"_s);
        open = put(QueueItem::of(n));   // step: put
    }
    // A stack hands out the last item put first: sentinels put now would overtake the items still
    // waiting. Python waits with jobs.join() until every item is done; BlockingQueue has no join(),
    // so the consumer that finishes the last item puts "all done" on a queue of one place.
    if (open && m_setup.order == QueueOrder::Lifo)
        open = m_allDone.get().has_value();
    for (int i = 0; i < m_p.consumers && open; ++i) {
        if (i == 0)
            record(tid, TraceEventKind::Step, u"put-sentinel"_s);
        open = put(QueueItem::sentinel());   // step: put-sentinel
    }
    record(tid, open ? TraceEventKind::Result : TraceEventKind::Cancelled);
    threadEnded();
}

// Each consumer thread. Python: def consume(jobs, work_seconds, results, index).
void QueueThreads::consume(int index)
{
    const qint64 tid = ThreadId::current();
    //: the name of a thread's timeline lane; %1: its number
    record(tid, TraceEventKind::Started, ThreadQueueRunner::tr("consumer %1").arg(index + 1));
    Tally &tally = m_tallies[std::size_t(index)];
    std::atomic<int> &busy = m_busy[std::size_t(index)];
    const std::chrono::milliseconds work(m_p.workMs);
    for (;;) {
        const std::optional<QueueItem> item = m_jobs.get();   // step: get
        if (!item || item->isSentinel())
            break;   // closed (cancelled), or this consumer's sentinel
        noteTaken(item->n);
        const bool traced = tally.count < QueueRunner::tracedItems;
        if (traced)
            record(tid, TraceEventKind::Step, u"get"_s);
        busy = 1;
        if (traced)
            record(tid, TraceEventKind::Step, u"work"_s);
        const bool worked = m_sleeps.sleepFor(work);   // step: work
        busy = 0;
        if (!worked)
            break;   // cancelled mid-work: this item is not counted
        ++tally.count;
        tally.sum += item->n;
        // Python: jobs.task_done()
        if (++m_done == m_p.items && m_setup.order == QueueOrder::Lifo)
            m_allDone.put(true);
    }
    record(tid, m_cancelled ? TraceEventKind::Cancelled : TraceEventKind::Result, QString::number(tally.count));
    threadEnded();
}

void QueueThreads::noteTaken(int n)
{
    const int index = m_taken++;
    if (index < QueueResult::firstTakenKept)
        m_firstTaken[std::size_t(index)] = n;
}

void QueueThreads::threadEnded()
{
    // The last one out reports for all of them (the atomic orders every tally before this).
    if (m_running.fetch_sub(1) != 1)
        return;
    m_endNs = LabClock::nowNs();
    const bool completed = !m_cancelled;
    const QueueResult outcome = result();
    QMetaObject::invokeMethod(this, [this, completed, outcome] { Q_EMIT finished(completed, outcome); }, Qt::QueuedConnection);
}

QueueResult QueueThreads::result() const
{
    QueueResult result;
    result.order = m_setup.order;
    result.consumers = m_p.consumers;
    result.capacity = m_p.capacity;
    for (const Tally &tally : m_tallies) {
        result.perConsumer.append(tally.count);
        result.items += tally.count;
        result.sum += tally.sum;
    }
    result.elapsedNs = m_endNs - m_startNs;
    result.producerWaits = qint64(m_jobs.putsThatWaited());
    result.producerWaitNs = m_jobs.putWaitNs();
    const int taken = std::min(m_taken.load(), QueueResult::firstTakenKept);
    for (int i = 0; i < taken; ++i)
        result.firstTaken.append(m_firstTaken[std::size_t(i)]);
    return result;
}

QueueProgress QueueThreads::progress() const
{
    QueueProgress progress;
    progress.queued = int(m_jobs.size());
    progress.capacity = m_p.capacity;
    for (int i = 0; i < m_p.consumers; ++i)
        progress.inFlight.append(m_busy[std::size_t(i)].load(std::memory_order_relaxed));
    progress.done = m_done;
    progress.items = m_p.items;
    progress.producerWaiting = m_producerWaiting;
    progress.producerWaits = qint64(m_jobs.putsThatWaited());
    const qint64 start = m_startNs;
    const qint64 end = m_endNs;
    progress.elapsedNs = start == 0 ? 0 : (end != 0 ? end : LabClock::nowNs()) - start;
    for (const std::atomic<int> &n : m_firstTaken) {
        if (n == 0)
            break;   // not taken yet (or its taker has not written it yet)
        progress.firstTaken.append(n);
    }
    return progress;
}

ThreadQueueRunner::ThreadQueueRunner(const DemoId &demoId, QueueOrder order, QueueParameters parameters, QObject *parent)
    : QueueRunner(demoId, order, parameters, parent)
{
}

ThreadQueueRunner::~ThreadQueueRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<QueueThreads *>(Qt::FindDirectChildrenOnly));   // each cancels and joins
}

int ThreadQueueRunner::liveRuns() const
{
    return int(findChildren<QueueThreads *>(Qt::FindDirectChildrenOnly).size());
}

void ThreadQueueRunner::startWork(quint64 runId)
{
    // Python: jobs = queue.Queue(maxsize=capacity) (or LifoQueue, PriorityQueue)
    auto *run = new QueueThreads({demoId(), runId, order(), parameters(), traceLog()}, this);   // step: create-queue
    connect(run, &QueueThreads::producerStarted, this, [this, runId](qint64 tid) {
        //: what the panel adds to the name of the thread it shows
        setExecutor(runId, {UnitKind::WorkerThread, tid}, tr("producer"));
    });
    connect(run, &QueueThreads::finished, this, [this, runId, run](bool completed, const QueueResult &result) {
        if (isCurrentRun(runId))
            stopSampling();
        run->deleteLater();   // joins its threads, which have ended
        if (!completed) {
            finishCancelled(runId);
            return;
        }
        // Python: for thread in threads: thread.join()
        atGuiStep(runId, u"join"_s, [this, runId, result] { finishWithResult(runId, result); });   // step: join
    });
    attachGate(runId, run, run);
    startSampling([run = QPointer(run)] { return run ? run->progress() : QueueProgress{}; });
    // The producer first: in step mode it fills the queue and waits for room while the consumers are
    // held at their start, which is back-pressure with nobody taking.
    run->startProducer();
    // Python: threading.Thread(target=consume, ...).start() for each consumer
    atGuiStep(runId, u"start-consumers"_s, [run = QPointer(run)] {
        if (run)
            run->startConsumers();   // step: start-consumers
    });
}

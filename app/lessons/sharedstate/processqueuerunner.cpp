// SPDX-License-Identifier: MIT
// Part B with processes: the GUI thread puts the items, K concurrency-lab-worker children take them
// through their pipes. Python: queue_processes.py (a multiprocessing.Queue, which is pipes and locks
// too).
#include "processqueuerunner.h"

#include "labclock.h"
#include "threadid.h"
#include "workerlocator.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// How long a child may go without a result beyond the run's own length: room for a slow, busy machine.
constexpr std::chrono::seconds silenceAllowed{20};

// The longest a child can wait for its next item: the whole run (all K children at work), if every
// item went to the others.
std::chrono::milliseconds longestSilence(const QueueParameters &p)
{
    const qint64 atOnce = std::max(1, p.consumers);
    return std::chrono::milliseconds(qint64(p.items) * p.workMs / atOnce) + silenceAllowed;
}

} // namespace

QueueChildren::QueueChildren(QueueParameters parameters, WorkerProcess::Options options, QObject *parent)
    : QObject(parent)
    , m_p(parameters.clamped())
{
    // Each answers how many items it did: at most all of them.
    const WorkerProcess::Request request{u"queue-consumer"_s, {u"--work-ms"_s, QString::number(m_p.workMs)}, longestSilence(m_p),
                                         0, m_p.items};
    m_consumers.resize(m_p.consumers);
    for (int index = 0; index < m_p.consumers; ++index) {
        auto *child = new WorkerProcess(request, options, this);
        m_consumers[index].process = child;
        connect(child, &WorkerProcess::childReady, this, [this, index](qint64 pid) {
            m_consumers[index].ready = true;
            Q_EMIT childStarted(pid, index);
            produce();   // room for this one too (or, when every item is out, its sentinel)
        });
        connect(child, &WorkerProcess::stepReached, this, [this, child](const QString &stepId) {
            Q_EMIT stepPassed(child->pid(), stepId);
        });
        connect(child, &WorkerProcess::resultReceived, this, [this, index](const QByteArray &text) {
            handleResult(m_consumers[index], text);
        });
        connect(child, &WorkerProcess::answered, this, [this, index](int answer) { m_consumers[index].answer = answer; });
        connect(child, &WorkerProcess::failed, this, [this, child](const QString &error) {
            //: %1: the child's PID, %2: what went wrong
            fail(child->pid() == 0 ? error : tr("Worker child PID %1: %2").arg(child->pid()).arg(error));
        });
        connect(child, &WorkerProcess::exited, this, &QueueChildren::childExited);
    }
}

QueueChildren::~QueueChildren()
{
    // Each WorkerProcess kills and reaps its child; delete them now, while this is still whole.
    for (const Consumer &consumer : std::as_const(m_consumers)) {
        consumer.process->disconnect(this);
        delete consumer.process;
    }
}

void QueueChildren::start()
{
    if (m_started || m_cancelRequested)
        return;
    m_started = true;
    m_running = int(m_consumers.size());
    // Python: multiprocessing.Process(target=consume, ...).start() for each consumer
    for (const Consumer &consumer : std::as_const(m_consumers))
        consumer.process->start();   // step: start-consumers
}

// The child to give the next item to: of those ready, an idle one (it takes the item at once), else the
// one with the fewest items waiting in its pipe; of those the one that was given an item longest ago, so
// that all of them get turns.
QueueChildren::Consumer *QueueChildren::leastBusy()
{
    Consumer *best = nullptr;
    for (Consumer &consumer : m_consumers) {
        if (!consumer.ready || consumer.ended)
            continue;
        if (!best || consumer.inFlight.size() < best->inFlight.size()
            || (consumer.inFlight.size() == best->inFlight.size() && consumer.lastSent < best->lastSent))
            best = &consumer;
    }
    return best;
}

// The producer, run whenever there may be room: after a child is ready and after every answer.
// Python: def produce(jobs, items) and stop_consumers(jobs, children, results) in queue_processes.py.
void QueueChildren::produce()
{
    if (m_cancelRequested || !m_error.isEmpty())
        return;
    while (m_next <= m_p.items) {
        Consumer *consumer = leastBusy();
        if (!consumer)
            return;   // no child ready yet
        // An idle child takes the item at once: it never waits in the queue. Python: get() frees the
        // slot of multiprocessing.Queue(maxsize=capacity) as it returns the item.
        const bool takenAtOnce = consumer->inFlight.isEmpty();
        if (!takenAtOnce && m_waiting >= m_p.capacity) {
            // The queue is full (every child at work, C items waiting): the producer waits until a
            // child answers (back-pressure). The GUI thread does not block meanwhile: "waiting" is this
            // state, left at the next put. Each put that found the queue full counts once.
            if (!m_producerWaiting) {
                m_producerWaiting = true;
                ++m_waits;
                m_waitSinceNs = LabClock::nowNs();
            }
            return;
        }
        if (m_producerWaiting) {
            m_producerWaiting = false;
            m_waitNs += LabClock::nowNs() - m_waitSinceNs;
        }
        if (m_startNs == 0)
            m_startNs = LabClock::nowNs();
        const int n = m_next++;
        consumer->inFlight.append(n);
        consumer->lastSent = ++m_sends;
        if (!takenAtOnce)
            ++m_waiting;   // behind the item the child works on, in its pipe
        Q_EMIT itemPut(n);
        consumer->process->sendJob(QueueJobs::jobText(n));   // step: put
    }
    // Every item is out: one sentinel per child, behind its items in its pipe. Python: jobs.put(None)
    bool first = true;
    for (Consumer &consumer : m_consumers) {
        if (!consumer.ready || consumer.ended)
            continue;   // a child not ready yet gets its sentinel when it is
        if (std::exchange(first, false))
            Q_EMIT sentinelsPut();
        consumer.ended = true;
        consumer.process->endJobs();   // step: put-sentinel
    }
}

void QueueChildren::handleResult(Consumer &consumer, const QByteArray &text)
{
    if (m_cancelRequested || !m_error.isEmpty())
        return;   // the run is ending: nothing more is counted
    // A child takes its items in the order its pipe brought them and answers each once: nothing else
    // is believed.
    const std::optional<int> n = QueueJobs::itemOfResult(text);
    if (!n || consumer.inFlight.isEmpty() || consumer.inFlight.first() != *n) {
        //: %1: the child's PID, %2: the line it sent
        fail(tr("Worker child PID %1 answered an item it was not given: \"%2\".").arg(consumer.process->pid()).arg(QString::fromLatin1(text)));
        return;
    }
    consumer.inFlight.removeFirst();
    if (!consumer.inFlight.isEmpty())
        --m_waiting;   // the child takes the next item of its pipe now
    ++consumer.count;
    consumer.sum += *n;
    ++m_done;
    if (m_firstTaken.size() < QueueResult::firstTakenKept)
        m_firstTaken.append(*n);
    if (m_done == m_p.items)
        m_endNs = LabClock::nowNs();
    produce();
}

void QueueChildren::cancel()
{
    if (m_cancelRequested || !m_error.isEmpty() || m_ended)
        return;
    m_cancelRequested = true;
    if (!m_started) {
        // Held before the children started (step mode): there is nothing to stop.
        m_ended = true;
        QMetaObject::invokeMethod(this, [this] { Q_EMIT cancelled(); }, Qt::QueuedConnection);
        return;
    }
    for (const Consumer &consumer : std::as_const(m_consumers))
        consumer.process->cancel();
}

void QueueChildren::fail(const QString &errorString)
{
    if (!m_error.isEmpty() || m_cancelRequested)
        return;
    m_error = errorString;
    for (const Consumer &consumer : std::as_const(m_consumers))
        consumer.process->cancel();   // the others stop too: the run has failed
}

void QueueChildren::childExited()
{
    if (--m_running > 0 || m_ended)
        return;
    // Every child is gone and reaped: now say how the run ended, once.
    m_ended = true;
    if (m_cancelRequested) {
        Q_EMIT cancelled();
        return;
    }
    if (m_error.isEmpty() && m_done != m_p.items)
        m_error = tr("The worker children exited before every item was done.");
    for (const Consumer &consumer : std::as_const(m_consumers)) {
        if (m_error.isEmpty() && consumer.answer != consumer.count) {
            //: %1: the child's PID, %2: the items it said it did, %3: the items the parent saw it do
            m_error = tr("Worker child PID %1 said it did %2 items, but answered %3.")
                          .arg(consumer.process->pid()).arg(consumer.answer.value_or(-1)).arg(consumer.count);
        }
    }
    if (!m_error.isEmpty())
        Q_EMIT failed(m_error);
    else
        Q_EMIT completed(result());
}

QueueResult QueueChildren::result() const
{
    QueueResult result;
    result.order = QueueOrder::Fifo;
    result.consumers = m_p.consumers;
    result.capacity = m_p.capacity;
    for (const Consumer &consumer : m_consumers) {
        result.perConsumer.append(consumer.count);
        result.items += consumer.count;
        result.sum += consumer.sum;
    }
    result.elapsedNs = m_endNs - m_startNs;
    result.producerWaits = m_waits;
    result.producerWaitNs = m_waitNs;
    result.firstTaken = m_firstTaken;
    return result;
}

QueueProgress QueueChildren::progress() const
{
    QueueProgress progress;
    progress.queued = m_waiting;
    progress.capacity = m_p.capacity;
    for (const Consumer &consumer : m_consumers)
        progress.inFlight.append(consumer.inFlight.isEmpty() ? 0 : 1);   // the item it works on
    progress.done = m_done;
    progress.items = m_p.items;
    progress.producerWaiting = m_producerWaiting;
    progress.producerWaits = m_waits;
    progress.elapsedNs = m_startNs == 0 ? 0 : (m_endNs != 0 ? m_endNs : LabClock::nowNs()) - m_startNs;
    progress.firstTaken = m_firstTaken;
    return progress;
}

QList<qint64> QueueChildren::pids() const
{
    QList<qint64> pids;
    for (const Consumer &consumer : m_consumers) {
        if (consumer.ready)
            pids.append(consumer.process->pid());
    }
    return pids;
}

ProcessQueueRunner::ProcessQueueRunner(const DemoId &demoId, QueueParameters parameters, QObject *parent)
    : QueueRunner(demoId, QueueOrder::Fifo, parameters, parent)
{
}

ProcessQueueRunner::~ProcessQueueRunner()
{
    retireAllRuns();
    qDeleteAll(findChildren<QueueChildren *>(Qt::FindDirectChildrenOnly));
}

int ProcessQueueRunner::liveRuns() const
{
    return int(findChildren<QueueChildren *>(Qt::FindDirectChildrenOnly).size());
}

void ProcessQueueRunner::startWork(quint64 runId)
{
    m_pids.clear();
    // Python: jobs = multiprocessing.Queue(maxsize=capacity). Here the queue is the children's pipes,
    // and the capacity is how many items the producer lets wait in them at once (sent to a child that
    // is busy with the one before).
    auto *children = new QueueChildren(parameters(), m_options, this);   // step: create-queue
    const auto child = [](qint64 pid) { return ExecutionUnit{UnitKind::ChildProcess, pid}; };
    const ExecutionUnit producer{UnitKind::GuiLoop, ThreadId::current()};
    connect(children, &QueueChildren::childStarted, this, [this, runId, child](qint64 pid, int index) {
        if (!isCurrentRun(runId))
            return;
        m_pids.append(pid);
        if (!executor())
            setExecutor(runId, child(pid));
        //: the name of a child's timeline lane; %1: its number
        trace(runId, child(pid), TraceEventKind::Started, tr("consumer %1").arg(index + 1));
    });
    connect(children, &QueueChildren::stepPassed, this, [this, runId, child](qint64 pid, const QString &stepId) {
        passStep(runId, child(pid), stepId);
    });
    connect(children, &QueueChildren::itemPut, this, [this, runId, producer](int n) {
        if (n <= tracedItems)
            passStep(runId, producer, u"put"_s);
    });
    connect(children, &QueueChildren::sentinelsPut, this, [this, runId, producer] {
        passStep(runId, producer, u"put-sentinel"_s);
    });
    const auto ended = [this, runId, children] {
        if (isCurrentRun(runId))
            stopSampling();
        children->deleteLater();   // its children are reaped
    };
    connect(children, &QueueChildren::completed, this, [this, runId, ended](const QueueResult &result) {
        ended();
        // Python: child.join() for each consumer
        atGuiStep(runId, u"join"_s, [this, runId, result] { finishWithResult(runId, result); });   // step: join
    });
    connect(children, &QueueChildren::cancelled, this, [this, runId, ended] {
        ended();
        finishCancelled(runId);
    });
    connect(children, &QueueChildren::failed, this, [this, runId, ended](const QString &error) {
        ended();
        finishFailed(runId, error);
    });
    attachGate(runId, children, children);
    startSampling([children = QPointer(children)] { return children ? children->progress() : QueueProgress{}; });
    const QPointer<QueueChildren> alive(children);
    atGuiStep(runId, u"start-consumers"_s, [alive] {
        if (alive)
            alive->start();
    });
}

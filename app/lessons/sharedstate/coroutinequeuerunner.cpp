// SPDX-License-Identifier: MIT
// Part B with coroutines: a producer coroutine, K consumer coroutines and an AsyncQueue, all on the
// GUI thread. Python: queue_asyncio.py.
#include "coroutinequeuerunner.h"

#include "interruptiblesleep.h"
#include "labclock.h"
#include "threadid.h"
#include "yieldtoloop.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Counts a coroutine of the run as alive while its body runs (its frame's locals).
class Alive
{
public:
    explicit Alive(CoroutineQueueRun &run) : m_run(run) { ++m_run.liveCoroutines; }
    Alive(const Alive &) = delete;
    Alive &operator=(const Alive &) = delete;
    ~Alive() { --m_run.liveCoroutines; }

private:
    CoroutineQueueRun &m_run;
};

} // namespace

CoroutineQueueRun::CoroutineQueueRun(QueueParameters p, QueueOrder queueOrder)
    : parameters(p.clamped())
    , order(queueOrder)
    , jobs(std::size_t(parameters.capacity), order)
    , allDone(1)
    , busy(std::size_t(parameters.consumers), 0)
{
}

void CoroutineQueueRun::close()
{
    jobs.close();
    allDone.close();
}

void CoroutineQueueRun::noteTaken(int n)
{
    if (firstTaken.size() < QueueResult::firstTakenKept)
        firstTaken.append(n);
}

QueueProgress CoroutineQueueRun::progress() const
{
    QueueProgress progress;
    progress.queued = int(jobs.size());
    progress.capacity = parameters.capacity;
    progress.inFlight = QList<int>(busy.cbegin(), busy.cend());
    progress.done = done;
    progress.items = parameters.items;
    progress.producerWaiting = jobs.waitingPutters() > 0;
    progress.producerWaits = qint64(jobs.putsThatWaited());
    progress.elapsedNs = startNs == 0 ? 0 : (endNs != 0 ? endNs : LabClock::nowNs()) - startNs;
    progress.firstTaken = firstTaken;
    return progress;
}

CoroutineQueueRunner::CoroutineQueueRunner(const DemoId &demoId, QueueOrder order, QueueParameters parameters, QObject *parent)
    : QueueRunner(demoId, order, parameters, parent)
{
}

CoroutineQueueRunner::~CoroutineQueueRunner()
{
    retireAllRuns();
    if (m_gate) {
        m_gate->disconnect(this);
        m_gate->cancel();   // the sleepers resume now and see their run is stale
    }
    if (m_run)
        m_run->close();     // the rest resume on the next turn, and end
}

std::optional<CoroutineQueueRunner::RunState> CoroutineQueueRunner::lastRunState() const
{
    if (!m_run)
        return std::nullopt;
    return RunState{m_run->jobs.isClosed(), m_run->jobs.waitingPutters() + m_run->allDone.waitingPutters(),
                    m_run->jobs.waitingGetters() + m_run->allDone.waitingGetters(), m_run->liveCoroutines};
}

void CoroutineQueueRunner::startWork(quint64 runId)
{
    if (m_gate) {
        m_gate->disconnect(this);   // the previous run's: its coroutines have ended or are ending
        m_gate->deleteLater();
    }
    m_gate = new CoroutineGate(this);
    attachGate(runId, m_gate, m_gate);
    // Python: jobs = asyncio.Queue(maxsize=capacity) (or LifoQueue, PriorityQueue)
    auto run = std::make_shared<CoroutineQueueRun>(parameters(), order());   // step: create-queue
    m_run = run;
    // QCoro 0.8 has no cancellation: the gate's cancel wakes the sleepers, closing the queues wakes
    // the rest. No frame is left suspended. Once the producer has joined the consumers, nobody is
    // left to report the cancel (a run held at its join step in step mode): it is reported here.
    connect(m_gate, &CoroutineGate::cancelRequested, this, [this, runId, run] {
        run->close();
        if (run->workEnded)
            finishCancelled(runId);   // ignored for a stale run
    });
    setExecutor(runId, {UnitKind::Coroutine, ThreadId::current()});
    startSampling([run] { return run->progress(); });
    produce(this, runId, run, m_gate);
}

void CoroutineQueueRunner::pass(const Self &self, quint64 runId, int lane, const QString &stepId)
{
    if (self)
        self->passStep(runId, laneOf(lane), stepId);   // ignored for a stale run
}

QCoro::Task<> CoroutineQueueRunner::produce(Self self, quint64 runId, std::shared_ptr<CoroutineQueueRun> run,
                                            QPointer<CoroutineGate> gate)
{
    // An exception escaping a coroutine nobody awaits would vanish: catch everything here.
    try {
        const Alive alive(*run);
        const QueueParameters &p = run->parameters;
        //: the name of a coroutine's timeline lane
        self->trace(runId, laneOf(0), TraceEventKind::Started, tr("producer"));
        pass(self, runId, 0, u"start-consumers"_s);
        std::vector<QCoro::Task<Tally>> consumers;
        consumers.reserve(std::size_t(p.consumers));
        for (int index = 0; index < p.consumers; ++index)
            consumers.push_back(consume(self, runId, run, index, gate));   // step: start-consumers
        run->startNs = LabClock::nowNs();
        bool open = true;
        for (int n = 1; n <= p.items && open; ++n) {
            if (n <= tracedItems)
                pass(self, runId, 0, u"put"_s);
            // Suspends while the queue is full (back-pressure); the window and the consumers run meanwhile.
            open = co_await run->jobs.put(QueueItem::of(n));   // step: put
        }
        // A stack hands out the last item put first: sentinels put now would overtake the items still
        // waiting. Python awaits jobs.join() until every item is done; AsyncQueue has no join(), so the
        // consumer that finishes the last item puts "all done" on a queue of one place.
        if (open && run->order == QueueOrder::Lifo) {
            const std::optional<bool> allDone = co_await run->allDone.get();
            open = allDone.has_value();
        }
        for (int i = 0; i < p.consumers && open; ++i) {
            if (i == 0)
                pass(self, runId, 0, u"put-sentinel"_s);
            open = co_await run->jobs.put(QueueItem::sentinel());   // step: put-sentinel
        }
        // Every consumer is awaited, also after a cancel: none is left suspended behind the run's end.
        QueueResult result;
        bool completed = open;
        for (QCoro::Task<Tally> &consumer : consumers) {
            const Tally tally = co_await consumer;   // step: join
            completed = completed && tally.completed;
            result.perConsumer.append(tally.count);
            result.items += tally.count;
            result.sum += tally.sum;
        }
        run->endNs = LabClock::nowNs();
        run->workEnded = true;
        if (!stillCurrent(self, runId))
            co_return;
        self->trace(runId, laneOf(0), completed ? TraceEventKind::Result : TraceEventKind::Cancelled);
        self->stopSampling();
        if (!completed) {
            self->finishCancelled(runId);
            co_return;
        }
        result.order = run->order;
        result.consumers = p.consumers;
        result.capacity = p.capacity;
        result.elapsedNs = run->endNs - run->startNs;
        result.producerWaits = qint64(run->jobs.putsThatWaited());
        result.producerWaitNs = run->jobs.putWaitNs();
        result.firstTaken = run->firstTaken;
        // Python: return await asyncio.gather(*tasks)
        self->atGuiStep(runId, u"join"_s, [self, runId, result] {
            if (self)
                self->finishWithResult(runId, result);
        });
    } catch (const std::exception &error) {
        if (self)
            self->finishFailed(runId, DemoRunner::tr("The coroutine failed: %1").arg(QString::fromLocal8Bit(error.what())));
    }
}

QCoro::Task<CoroutineQueueRunner::Tally> CoroutineQueueRunner::consume(Self self, quint64 runId, std::shared_ptr<CoroutineQueueRun> run,
                                                                       int index, QPointer<CoroutineGate> gate)
{
    const Alive alive(*run);
    Tally tally;
    const int lane = index + 1;
    //: the name of a coroutine's timeline lane; %1: its number
    self->trace(runId, laneOf(lane), TraceEventKind::Started, tr("consumer %1").arg(index + 1));
    // asyncio.create_task() only schedules a task: its body runs once the caller awaits. A QCoro::Task
    // runs at once, so the consumer first gives the producer the rest of this turn, as in Python.
    co_await YieldToLoop();
    const std::chrono::milliseconds work(run->parameters.workMs);
    for (;;) {
        const std::optional<QueueItem> item = co_await run->jobs.get();   // step: get
        if (!item)
            break;   // closed: cancelled
        if (item->isSentinel()) {
            tally.completed = true;
            break;
        }
        run->noteTaken(item->n);
        const bool traced = tally.count < tracedItems;
        if (traced)
            pass(self, runId, lane, u"get"_s);
        run->busy[std::size_t(index)] = 1;
        if (traced)
            pass(self, runId, lane, u"work"_s);
        const bool worked = co_await InterruptibleSleep(work, gate);   // step: work
        run->busy[std::size_t(index)] = 0;
        if (!worked)
            break;   // cancelled mid-work: this item is not counted
        ++tally.count;
        tally.sum += item->n;
        // Python: jobs.task_done()
        if (++run->done == run->parameters.items && run->order == QueueOrder::Lifo) {
            const bool told = co_await run->allDone.put(true);   // one place, one put: never waits
            Q_UNUSED(told)
        }
    }
    if (stillCurrent(self, runId))
        self->trace(runId, laneOf(lane), tally.completed ? TraceEventKind::Result : TraceEventKind::Cancelled, QString::number(tally.count));
    co_return tally;
}

// SPDX-License-Identifier: MIT
// The shared-state primitives: OrderedItems, BlockingQueue (threads), AsyncQueue and AsyncMutex
// (coroutines on one thread), and the ResumeQueue they resume waiters through. Every check is on
// counts and orders, never on durations; timeouts are generous.
#include "asyncmutex.h"
#include "childcounting.h"
#include "fuzzcorpus.h"
#include "queueresult.h"
#include "asyncqueue.h"
#include "blockingqueue.h"
#include "queueorder.h"
#include "resumequeue.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <QCoro/QCoroTask>

#include <atomic>
#include <coroutine>
#include <exception>
#include <memory>
#include <numeric>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int longTimeoutMs = 60000;

// A coroutine whose frame the test owns: destroy() (or the destructor) destroys the frame wherever
// it is suspended, which is what a waiter's frame going away looks like to an awaiter. (Destroying a
// QCoro::Task does not destroy a suspended coroutine's frame.) It starts at once, like QCoro::Task.
class Fiber
{
public:
    struct promise_type {
        Fiber get_return_object() { return Fiber(std::coroutine_handle<promise_type>::from_promise(*this)); }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }   // keeps done() readable
        void return_void() {}
        void unhandled_exception() { std::terminate(); }
    };
    Fiber(Fiber &&other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {
    }
    Fiber &operator=(Fiber &&) = delete;
    ~Fiber() { destroy(); }

    bool done() const { return m_handle && m_handle.done(); }
    std::coroutine_handle<> handle() const { return m_handle; }
    void destroy()
    {
        if (m_handle)
            std::exchange(m_handle, nullptr).destroy();
    }

private:
    explicit Fiber(std::coroutine_handle<promise_type> handle)
        : m_handle(handle)
    {
    }
    std::coroutine_handle<promise_type> m_handle;
};

// co_await NextTurn(): a zero-delay yield (asyncio.sleep(0)), resumed by a queued call.
struct NextTurn {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting) const
    {
        QMetaObject::invokeMethod(QCoreApplication::instance(), [awaiting] { awaiting.resume(); }, Qt::QueuedConnection);
    }
    void await_resume() const noexcept {}
};

// co_await ThroughResumeQueue(): suspends and posts itself to this thread's ResumeQueue.
struct ThroughResumeQueue {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> awaiting) const { ResumeQueue::forCurrentThread()->post(awaiting); }
    void await_resume() const noexcept {}
};

// Equal priorities, told apart by id: shows that Priority order is stable.
struct Job {
    int priority;
    int id;
    bool operator<(const Job &other) const { return priority < other.priority; }
};

// One entry per finished get: (who, what), what = -1 for nullopt.
using GetLog = QList<std::pair<int, int>>;

// --- Coroutines. State comes in by value (pointers): it lives in the frame, not in a closure. ---

Fiber afterResumeQueue(int id, QList<int> *log)
{
    co_await ThroughResumeQueue();
    log->append(id);
}

// Puts each item; counts the puts that succeeded, stops at the first that fails.
Fiber putEach(AsyncQueue<int> *queue, QList<int> items, int *accepted)
{
    for (int item : items) {
        const bool ok = co_await queue->put(item);
        if (!ok)
            co_return;
        ++*accepted;
    }
}

// Puts one item and logs (id, 1 accepted / 0 refused).
Fiber putLogged(AsyncQueue<int> *queue, int id, int item, GetLog *log)
{
    const bool ok = co_await queue->put(item);
    log->append({id, ok ? 1 : 0});
}

Fiber moveThrough(AsyncQueue<std::unique_ptr<int>> *queue, int *got)
{
    const bool ok = co_await queue->put(std::make_unique<int>(42));
    std::optional<std::unique_ptr<int>> item = co_await queue->get();
    *got = ok && item ? **item : -1;
}

Fiber getLogged(AsyncQueue<int> *queue, int id, GetLog *log)
{
    const std::optional<int> item = co_await queue->get();
    log->append({id, item.value_or(-1)});
}

// The same through QCoro::Task, whose await_transform() may move the awaiters: puts all, then gets
// until empty.
QCoro::Task<QList<int>> putThenDrain(AsyncQueue<int> *queue, QList<int> items)
{
    for (int item : items) {
        const bool ok = co_await queue->put(item);
        if (!ok)
            co_return QList<int>();
    }
    QList<int> drained;
    while (queue->size() > 0) {
        const std::optional<int> item = co_await queue->get();
        drained.append(item.value_or(-1));
    }
    co_return drained;
}

struct Tally {
    int count = 0;
    qint64 sum = 0;
    std::vector<int> seen;   // how often each item was got
    int finished = 0;        // coroutines that ended
};

QCoro::Task<> produceWithSentinels(AsyncQueue<int> *queue, int items, int sentinels, Tally *tally)
{
    for (int i = 0; i < items; ++i) {
        const bool ok = co_await queue->put(i);
        if (!ok)
            break;
    }
    for (int i = 0; i < sentinels; ++i) {
        const bool ok = co_await queue->put(-1);
        if (!ok)
            break;
    }
    ++tally->finished;
}

QCoro::Task<> consumeUntilSentinel(AsyncQueue<int> *queue, Tally *tally)
{
    for (;;) {
        const std::optional<int> item = co_await queue->get();
        if (!item || *item == -1)
            break;
        ++tally->count;
        tally->sum += *item;
        ++tally->seen[std::size_t(*item)];
    }
    ++tally->finished;
}

// Two coroutines passing a token back and forth through two one-place queues, rounds times.
Fiber pingPong(AsyncQueue<int> *in, AsyncQueue<int> *out, int rounds, bool serves, int *done)
{
    if (serves) {
        const bool ok = co_await out->put(0);
        if (!ok)
            co_return;
    }
    for (int i = 0; i < rounds; ++i) {
        const std::optional<int> token = co_await in->get();
        if (!token)
            co_return;
        const bool ok = co_await out->put(*token + 1);
        if (!ok)
            co_return;
    }
    ++*done;
}

// Logs id when it got the lock (-id when cancelled); unlocks a turn later if asked to.
Fiber lockLogged(AsyncMutex *mutex, int id, QList<int> *log, bool unlockNextTurn)
{
    const bool acquired = co_await mutex->lock();
    log->append(acquired ? id : -id);
    if (acquired && unlockNextTurn) {
        co_await NextTurn();
        mutex->unlock();
    }
}

Fiber scopedLogged(AsyncMutex *mutex, int id, QList<int> *log)
{
    std::optional<AsyncMutex::Locker> locker = co_await mutex->scopedLock();
    if (!locker) {
        log->append(-id);
        co_return;
    }
    log->append(id);
    co_await NextTurn();
    AsyncMutex::Locker moved = std::move(*locker);   // the lock moves with the Locker
    log->append(moved.ownsLock() && !locker->ownsLock() ? 10 * id : 0);
}   // moved unlocks here

// The lost-update experiment: read, yield a turn, write read + 1; with or without the lock.
QCoro::Task<> incrementSlowly(AsyncMutex *mutex, int times, bool useLock, int *counter, int *finished)
{
    for (int i = 0; i < times; ++i) {
        if (useLock) {
            const bool acquired = co_await mutex->lock();
            if (!acquired)
                break;
        }
        const int read = *counter;
        co_await NextTurn();   // others run here
        *counter = read + 1;
        if (useLock)
            mutex->unlock();
    }
    ++*finished;
}

void addOrderRows()
{
    QTest::addColumn<QueueOrder>("order");
    QTest::addColumn<QList<int>>("input");
    QTest::addColumn<QList<int>>("expected");
    const QList<int> input{3, 1, 4, 1, 5, 9, 2, 6};
    QTest::newRow("fifo") << QueueOrder::Fifo << input << input;
    QTest::newRow("lifo") << QueueOrder::Lifo << input << QList<int>{6, 2, 9, 5, 1, 4, 1, 3};
    QTest::newRow("priority") << QueueOrder::Priority << input << QList<int>{1, 1, 2, 3, 4, 5, 6, 9};
}

// Runs the main thread's event loop a while: enough turns for anything posted to run.
void spinEventLoop()
{
    QTest::qWait(20);
}

} // namespace

class TestSharedStatePrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childWordsFuzzed();
    void orderedItems_data() { addOrderRows(); }
    void orderedItems();
    void orderedItemsPriorityIsStable();
    void orderedItemsPushFrontComesOutNext_data();
    void orderedItemsPushFrontComesOutNext();
    void moveOnlyItems();

    void resumeQueueResumesInOrderAndForgets();

    void blockingQueueOrder_data() { addOrderRows(); }
    void blockingQueueOrder();
    void blockingQueueProducerWaitsWhileFull();
    void blockingQueueCloseWakesWaiters();
    void blockingQueueManyConsumers();
    void blockingQueueCancelMidRun();

    void asyncQueueOrder_data() { addOrderRows(); }
    void asyncQueueOrder();
    void asyncQueueBackPressure();
    void asyncQueueGettersWakeInOrderLater();
    void asyncQueuePuttersServedInOrder();
    void asyncQueueCloseResumesWaiters();
    void asyncQueueManyConsumers();
    void asyncQueuePingPongDoesNotRecurse();
    void asyncQueueDestroyedWaitingGetter();
    void asyncQueueDestroyedServedGetter();
    void asyncQueueDestroyedPutter();

    void asyncMutexFreeLockDoesNotSuspend();
    void asyncMutexFifo();
    void asyncMutexNoBarging();
    void asyncMutexNoLostWakeUp();
    void asyncMutexDestroyedWaiter();
    void asyncMutexCancelWaiters();
    void asyncMutexScopedLock();
    void asyncMutexCounter();
};

// --- OrderedItems ---

void TestSharedStatePrimitives::orderedItems()
{
    QFETCH(QueueOrder, order);
    QFETCH(QList<int>, input);
    QFETCH(QList<int>, expected);
    OrderedItems<int> items(order);
    for (int item : input)
        items.push(item);
    QCOMPARE(items.size(), std::size_t(input.size()));
    QList<int> output;
    while (!items.empty())
        output.append(items.pop());
    QCOMPARE(output, expected);
}

void TestSharedStatePrimitives::orderedItemsPriorityIsStable()
{
    OrderedItems<Job> items(QueueOrder::Priority);
    const QList<Job> jobs{{2, 0}, {1, 1}, {2, 2}, {1, 3}, {0, 4}, {2, 5}, {1, 6}, {2, 7}};
    for (const Job &job : jobs)
        items.push(job);
    QList<int> ids;
    while (!items.empty())
        ids.append(items.pop().id);
    QCOMPARE(ids, (QList<int>{4, 1, 3, 6, 0, 2, 5, 7}));
}

void TestSharedStatePrimitives::orderedItemsPushFrontComesOutNext_data()
{
    QTest::addColumn<QueueOrder>("order");
    QTest::addColumn<QList<int>>("expected");
    // 1, 2, 3 pushed; the first popped is given back, then all come out.
    QTest::newRow("fifo") << QueueOrder::Fifo << QList<int>{1, 2, 3};
    QTest::newRow("lifo") << QueueOrder::Lifo << QList<int>{3, 2, 1};
    QTest::newRow("priority") << QueueOrder::Priority << QList<int>{1, 2, 3};
}

void TestSharedStatePrimitives::orderedItemsPushFrontComesOutNext()
{
    QFETCH(QueueOrder, order);
    QFETCH(QList<int>, expected);
    OrderedItems<int> items(order);
    for (int item : {1, 2, 3})
        items.push(item);
    items.pushFront(items.pop());
    QList<int> output;
    while (!items.empty())
        output.append(items.pop());
    QCOMPARE(output, expected);

    // Priority: a given-back item goes before the items equal to it that arrived after it.
    OrderedItems<Job> jobs(QueueOrder::Priority);
    jobs.push({1, 0});
    jobs.push({1, 1});
    jobs.pushFront(jobs.pop());
    QCOMPARE(jobs.pop().id, 0);
    QCOMPARE(jobs.pop().id, 1);
}

void TestSharedStatePrimitives::moveOnlyItems()
{
    // The queues move items, never copy them: a move-only type goes through.
    BlockingQueue<std::unique_ptr<int>> blocking(2, QueueOrder::Priority);
    QVERIFY(blocking.put(std::make_unique<int>(1)));
    QCOMPARE(*blocking.get().value(), 1);

    AsyncQueue<std::unique_ptr<int>> async(2);
    int got = 0;
    Fiber user = moveThrough(&async, &got);
    QVERIFY(user.done());
    QCOMPARE(got, 42);
}

// --- ResumeQueue ---

void TestSharedStatePrimitives::resumeQueueResumesInOrderAndForgets()
{
    ResumeQueue *resumer = ResumeQueue::forCurrentThread();
    QList<int> log;
    Fiber first = afterResumeQueue(1, &log);
    Fiber second = afterResumeQueue(2, &log);
    Fiber third = afterResumeQueue(3, &log);
    QVERIFY(log.isEmpty());   // posted, not resumed inline
    QCOMPARE(resumer->pending(), std::size_t(3));
    resumer->forget(second.handle());
    QCOMPARE(resumer->pending(), std::size_t(2));
    QTRY_COMPARE(log, (QList<int>{1, 3}));
    spinEventLoop();
    QCOMPARE(log, (QList<int>{1, 3}));
    QVERIFY(first.done() && third.done());
    QVERIFY(!second.done());   // forgotten: never resumed; its frame is destroyed with the Fiber
    QCOMPARE(resumer->pending(), std::size_t(0));
}

// --- BlockingQueue ---

void TestSharedStatePrimitives::blockingQueueOrder()
{
    QFETCH(QueueOrder, order);
    QFETCH(QList<int>, input);
    QFETCH(QList<int>, expected);
    BlockingQueue<int> queue(std::size_t(input.size()), order);
    for (int item : input)
        QVERIFY(queue.put(item));
    QCOMPARE(queue.size(), std::size_t(input.size()));
    QList<int> output;
    while (queue.size() > 0)
        output.append(queue.get().value_or(-1));
    QCOMPARE(output, expected);
    QCOMPARE(queue.putsThatWaited(), quint64(0));
}

void TestSharedStatePrimitives::blockingQueueProducerWaitsWhileFull()
{
    BlockingQueue<int> queue(3);
    std::atomic<int> putsDone = 0;
    std::unique_ptr<QThread> producer(QThread::create([&queue, &putsDone] {
        for (int i = 0; i < 4; ++i) {
            if (!queue.put(i))
                return;
            ++putsDone;
        }
    }));
    producer->setObjectName(u"producer"_s);
    auto join = qScopeGuard([&] {
        queue.close();
        producer->wait();
    });
    producer->start();

    // It puts exactly capacity items, then finds the queue full and waits: nobody consumes.
    QTRY_COMPARE_WITH_TIMEOUT(queue.putsThatWaited(), quint64(1), longTimeoutMs);
    QCOMPARE(putsDone.load(), 3);
    QTest::qWait(50);
    QCOMPARE(putsDone.load(), 3);
    QCOMPARE(queue.size(), std::size_t(3));
    QVERIFY(!producer->isFinished());

    // One get makes room: the producer continues and ends.
    QCOMPARE(queue.get().value_or(-1), 0);
    QVERIFY(producer->wait(longTimeoutMs));
    QCOMPARE(putsDone.load(), 4);
    QCOMPARE(queue.size(), std::size_t(3));
    QCOMPARE(queue.putsThatWaited(), quint64(1));
    QVERIFY(queue.putWaitNs() > 0);
}

void TestSharedStatePrimitives::blockingQueueCloseWakesWaiters()
{
    BlockingQueue<int> full(1);
    QVERIFY(full.put(0));
    BlockingQueue<int> empty(1);
    std::atomic<int> putResult = -1;   // -1: still blocked, then 1 / 0
    std::atomic<int> getResult = -2;   // -2: still blocked, then the item or -1 for nullopt
    std::unique_ptr<QThread> producer(QThread::create([&] { putResult = full.put(1) ? 1 : 0; }));
    std::unique_ptr<QThread> consumer(QThread::create([&] { getResult = empty.get().value_or(-1); }));
    producer->setObjectName(u"producer"_s);
    consumer->setObjectName(u"consumer"_s);
    auto join = qScopeGuard([&] {
        full.close();
        empty.close();
        producer->wait();
        consumer->wait();
    });
    producer->start();
    consumer->start();
    QTRY_COMPARE_WITH_TIMEOUT(full.putsThatWaited(), quint64(1), longTimeoutMs);
    QTest::qWait(50);   // most likely the consumer is blocked by now; the checks hold either way
    QCOMPARE(putResult.load(), -1);
    QCOMPARE(getResult.load(), -2);

    full.close();
    empty.close();
    QVERIFY(producer->wait(longTimeoutMs));
    QVERIFY(consumer->wait(longTimeoutMs));
    QCOMPARE(putResult.load(), 0);
    QCOMPARE(getResult.load(), -1);

    // Closed means cancelled: put fails and get returns nothing at once, although an item remains.
    QVERIFY(full.isClosed());
    QVERIFY(!full.put(2));
    QCOMPARE(full.size(), std::size_t(1));
    QVERIFY(!full.get().has_value());
}

void TestSharedStatePrimitives::blockingQueueManyConsumers()
{
    constexpr int items = 10000;
    constexpr int consumers = 4;
    BlockingQueue<int> queue(16);
    std::vector<std::vector<int>> got(consumers);   // each consumer writes only its own
    std::vector<std::unique_ptr<QThread>> threads;
    threads.emplace_back(QThread::create([&queue] {
        for (int i = 0; i < items; ++i)
            queue.put(i);
        for (int i = 0; i < consumers; ++i)
            queue.put(-1);   // one sentinel per consumer
    }));
    threads.back()->setObjectName(u"producer"_s);
    for (int c = 0; c < consumers; ++c) {
        threads.emplace_back(QThread::create([&queue, mine = &got[std::size_t(c)]] {
            for (;;) {
                const std::optional<int> item = queue.get();
                if (!item || *item == -1)
                    return;
                mine->push_back(*item);
            }
        }));
        threads.back()->setObjectName(u"consumer %1"_s.arg(c));
    }
    auto join = qScopeGuard([&] {
        queue.close();
        for (const auto &thread : threads)
            thread->wait();
    });
    for (const auto &thread : threads)
        thread->start();
    for (const auto &thread : threads)
        QVERIFY(thread->wait(longTimeoutMs));

    std::vector<int> seen(items, 0);
    int count = 0;
    qint64 sum = 0;
    for (const std::vector<int> &mine : got) {
        for (int item : mine) {
            ++count;
            sum += item;
            ++seen[std::size_t(item)];
        }
    }
    QCOMPARE(count, items);
    QCOMPARE(sum, qint64(items) * (items - 1) / 2);
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int times) { return times == 1; }));
    QCOMPARE(queue.size(), std::size_t(0));
}

void TestSharedStatePrimitives::blockingQueueCancelMidRun()
{
    constexpr int consumers = 4;
    BlockingQueue<int> queue(4);
    std::atomic<qint64> accepted = 0;
    std::atomic<qint64> consumed = 0;
    std::vector<std::unique_ptr<QThread>> threads;
    threads.emplace_back(QThread::create([&] {
        for (int i = 0;; ++i) {
            if (!queue.put(i))
                return;   // closed
            ++accepted;
        }
    }));
    for (int c = 0; c < consumers; ++c) {
        threads.emplace_back(QThread::create([&] {
            while (queue.get())
                ++consumed;
        }));
    }
    auto join = qScopeGuard([&] {
        queue.close();
        for (const auto &thread : threads)
            thread->wait();
    });
    for (const auto &thread : threads)
        thread->start();
    QTRY_VERIFY_WITH_TIMEOUT(consumed.load() > 2000, longTimeoutMs);

    queue.close();   // whoever is blocked wakes, whoever is running stops at its next call
    for (const auto &thread : threads)
        QVERIFY(thread->wait(longTimeoutMs));
    // Every accepted item was either consumed or is still in the queue: none lost, none twice.
    QCOMPARE(accepted.load(), consumed.load() + qint64(queue.size()));
}

// --- AsyncQueue ---

void TestSharedStatePrimitives::asyncQueueOrder()
{
    QFETCH(QueueOrder, order);
    QFETCH(QList<int>, input);
    QFETCH(QList<int>, expected);
    AsyncQueue<int> queue(std::size_t(input.size()), order);
    const QList<int> output = QCoro::waitFor(putThenDrain(&queue, input));
    QCOMPARE(output, expected);
    QCOMPARE(queue.putsThatWaited(), quint64(0));
}

void TestSharedStatePrimitives::asyncQueueBackPressure()
{
    AsyncQueue<int> queue(2);
    int putsDone = 0;
    Fiber producer = putEach(&queue, {0, 1, 2, 3, 4}, &putsDone);
    // Two puts went through without suspending; the third waits for room.
    QCOMPARE(putsDone, 2);
    QCOMPARE(queue.size(), std::size_t(2));
    QCOMPARE(queue.waitingPutters(), std::size_t(1));
    QCOMPARE(queue.putsThatWaited(), quint64(1));
    spinEventLoop();
    QCOMPARE(putsDone, 2);   // nobody consumes: still waiting

    // A get takes 0 and hands the room to the producer at once (its 2 is in the queue), but the
    // producer runs only on a later turn.
    GetLog log;
    Fiber consumer = getLogged(&queue, 1, &log);
    QCOMPARE(log, (GetLog{{1, 0}}));
    QCOMPARE(putsDone, 2);
    QCOMPARE(queue.size(), std::size_t(2));
    QCOMPARE(queue.waitingPutters(), std::size_t(0));
    QTRY_COMPARE(putsDone, 3);
    QCOMPARE(queue.waitingPutters(), std::size_t(1));   // now waiting with its 3
    QCOMPARE(queue.putsThatWaited(), quint64(2));

    queue.close();
    QTRY_VERIFY(producer.done());
    QCOMPARE(putsDone, 3);
    QVERIFY(queue.putWaitNs() > 0);
}

void TestSharedStatePrimitives::asyncQueueGettersWakeInOrderLater()
{
    AsyncQueue<int> queue(10);
    GetLog log;
    std::vector<Fiber> getters;
    for (int id = 0; id < 4; ++id)
        getters.push_back(getLogged(&queue, id, &log));
    QCOMPARE(queue.waitingGetters(), std::size_t(4));

    int accepted = 0;
    Fiber producer = putEach(&queue, {10, 11, 12, 13}, &accepted);
    // The puts returned (the producer has finished) before any getter ran: each item was handed to
    // its getter, none stayed in the queue, and the getters resume on a later turn.
    QVERIFY(producer.done());
    QCOMPARE(accepted, 4);
    QVERIFY(log.isEmpty());
    QCOMPARE(queue.size(), std::size_t(0));
    QCOMPARE(queue.waitingGetters(), std::size_t(0));
    QTRY_COMPARE(log.size(), 4);
    QCOMPARE(log, (GetLog{{0, 10}, {1, 11}, {2, 12}, {3, 13}}));
}

void TestSharedStatePrimitives::asyncQueuePuttersServedInOrder()
{
    AsyncQueue<int> queue(1);
    int accepted = 0;
    Fiber filler = putEach(&queue, {0}, &accepted);
    GetLog putLog;
    std::vector<Fiber> putters;
    for (int id = 1; id <= 3; ++id)
        putters.push_back(putLogged(&queue, id, 10 * id, &putLog));
    QCOMPARE(queue.waitingPutters(), std::size_t(3));

    // Each get makes room for the first waiting putter; the items come out in the putters' order.
    GetLog got;
    std::vector<Fiber> getters;
    for (int id = 1; id <= 4; ++id)
        getters.push_back(getLogged(&queue, id, &got));
    QCOMPARE(got, (GetLog{{1, 0}, {2, 10}, {3, 20}, {4, 30}}));
    QVERIFY(putLog.isEmpty());   // the putters resume later
    QTRY_COMPARE(putLog, (GetLog{{1, 1}, {2, 1}, {3, 1}}));
    QCOMPARE(queue.putsThatWaited(), quint64(3));
}

void TestSharedStatePrimitives::asyncQueueCloseResumesWaiters()
{
    AsyncQueue<int> full(1);
    AsyncQueue<int> empty(1);
    GetLog putLog;
    GetLog getLog;
    int accepted = 0;
    Fiber first = putEach(&full, {0}, &accepted);
    std::vector<Fiber> waiters;
    waiters.push_back(putLogged(&full, 1, 100, &putLog));
    waiters.push_back(putLogged(&full, 2, 200, &putLog));
    for (int id = 0; id < 3; ++id)
        waiters.push_back(getLogged(&empty, id, &getLog));
    QCOMPARE(full.waitingPutters(), std::size_t(2));
    QCOMPARE(empty.waitingGetters(), std::size_t(3));

    full.close();
    empty.close();
    QCOMPARE(full.waitingPutters(), std::size_t(0));
    QCOMPARE(empty.waitingGetters(), std::size_t(0));
    QVERIFY(putLog.isEmpty() && getLog.isEmpty());   // resumed later, not inside close()
    QTRY_COMPARE(putLog, (GetLog{{1, 0}, {2, 0}}));
    QTRY_COMPARE(getLog, (GetLog{{0, -1}, {1, -1}, {2, -1}}));

    // Later calls do not suspend: put fails, get returns nothing although an item remains.
    QVERIFY(full.isClosed());
    QCOMPARE(full.size(), std::size_t(1));
    Fiber latePut = putLogged(&full, 3, 300, &putLog);
    Fiber lateGet = getLogged(&full, 4, &getLog);
    QVERIFY(latePut.done() && lateGet.done());
    QCOMPARE(putLog.last(), (std::pair<int, int>{3, 0}));
    QCOMPARE(getLog.last(), (std::pair<int, int>{4, -1}));
    QCOMPARE(full.size(), std::size_t(1));
}

void TestSharedStatePrimitives::asyncQueueManyConsumers()
{
    constexpr int items = 10000;
    constexpr int consumers = 4;
    AsyncQueue<int> queue(8);
    Tally tally;
    tally.seen.assign(items, 0);
    std::vector<QCoro::Task<>> tasks;
    for (int c = 0; c < consumers; ++c)
        tasks.push_back(consumeUntilSentinel(&queue, &tally));
    tasks.push_back(produceWithSentinels(&queue, items, consumers, &tally));
    auto closeOnFailure = qScopeGuard([&] {
        queue.close();   // no coroutine may be left waiting on the queue when it is destroyed
        (void)QTest::qWaitFor([&] { return tally.finished == consumers + 1; });
    });
    QTRY_COMPARE_WITH_TIMEOUT(tally.finished, consumers + 1, longTimeoutMs);
    QCOMPARE(tally.count, items);
    QCOMPARE(tally.sum, qint64(items) * (items - 1) / 2);
    QVERIFY(std::all_of(tally.seen.begin(), tally.seen.end(), [](int times) { return times == 1; }));
    QCOMPARE(queue.size(), std::size_t(0));
    QVERIFY(queue.putsThatWaited() > 0);   // 8 places for 10,004 items: the producer had to wait
}

void TestSharedStatePrimitives::asyncQueuePingPongDoesNotRecurse()
{
    // Each put wakes the other side's get and each get the other's put. Were waiters resumed inline,
    // every round would nest a few stack frames deeper; resumed on later turns, the depth stays flat.
    constexpr int rounds = 20000;
    AsyncQueue<int> ping(1);
    AsyncQueue<int> pong(1);
    int done = 0;
    Fiber server = pingPong(&pong, &ping, rounds, true, &done);
    Fiber returner = pingPong(&ping, &pong, rounds, false, &done);
    QTRY_COMPARE_WITH_TIMEOUT(done, 2, longTimeoutMs);
    // The last token: served 0, each of 2 x rounds passes added one, the server's last put sits in ping.
    QCOMPARE(ping.size() + pong.size(), std::size_t(1));
}

void TestSharedStatePrimitives::asyncQueueDestroyedWaitingGetter()
{
    AsyncQueue<int> queue(4);
    GetLog log;
    Fiber first = getLogged(&queue, 1, &log);
    Fiber second = getLogged(&queue, 2, &log);
    QCOMPARE(queue.waitingGetters(), std::size_t(2));
    first.destroy();   // its frame goes while it waits: it leaves the line
    QCOMPARE(queue.waitingGetters(), std::size_t(1));

    int accepted = 0;
    Fiber producer = putEach(&queue, {7}, &accepted);
    QTRY_COMPARE(log, (GetLog{{2, 7}}));
    QCOMPARE(queue.size(), std::size_t(0));
}

void TestSharedStatePrimitives::asyncQueueDestroyedServedGetter()
{
    // Handed an item, destroyed before its turn: the item goes to the next getter.
    {
        AsyncQueue<int> queue(4);
        GetLog log;
        Fiber first = getLogged(&queue, 1, &log);
        Fiber second = getLogged(&queue, 2, &log);
        int accepted = 0;
        Fiber producer = putEach(&queue, {7}, &accepted);
        QCOMPARE(queue.waitingGetters(), std::size_t(1));   // the first was served
        QCOMPARE(ResumeQueue::forCurrentThread()->pending(), std::size_t(1));
        first.destroy();
        QCOMPARE(queue.waitingGetters(), std::size_t(0));   // the second was served with the 7
        QTRY_COMPARE(log, (GetLog{{2, 7}}));
        spinEventLoop();
        QCOMPARE(log, (GetLog{{2, 7}}));
        QCOMPARE(queue.size(), std::size_t(0));
    }
    // No other getter: the item goes back to the front of the queue, so the order is kept.
    {
        AsyncQueue<int> queue(4);
        GetLog log;
        Fiber first = getLogged(&queue, 1, &log);
        int accepted = 0;
        Fiber producer = putEach(&queue, {1, 2}, &accepted);   // 1 handed to the getter, 2 queued
        QCOMPARE(queue.size(), std::size_t(1));
        first.destroy();
        QCOMPARE(queue.size(), std::size_t(2));
        Fiber a = getLogged(&queue, 3, &log);
        Fiber b = getLogged(&queue, 4, &log);
        QCOMPARE(log, (GetLog{{3, 1}, {4, 2}}));   // items there: got without suspending
        spinEventLoop();
        QCOMPARE(log.size(), 2);
    }
}

void TestSharedStatePrimitives::asyncQueueDestroyedPutter()
{
    // Destroyed while waiting: its put never happened.
    {
        AsyncQueue<int> queue(1);
        int accepted = 0;
        Fiber filler = putEach(&queue, {0}, &accepted);
        GetLog putLog;
        Fiber first = putLogged(&queue, 1, 1, &putLog);
        Fiber second = putLogged(&queue, 2, 2, &putLog);
        QCOMPARE(queue.waitingPutters(), std::size_t(2));
        first.destroy();
        QCOMPARE(queue.waitingPutters(), std::size_t(1));
        GetLog got;
        Fiber g1 = getLogged(&queue, 1, &got);   // takes 0; the room goes to the second putter
        QCOMPARE(queue.waitingPutters(), std::size_t(0));
        Fiber g2 = getLogged(&queue, 2, &got);
        QCOMPARE(got, (GetLog{{1, 0}, {2, 2}}));
        QTRY_COMPARE(putLog, (GetLog{{2, 1}}));
        QCOMPARE(queue.size(), std::size_t(0));
    }
    // Destroyed after it was served (its item is in the queue) but before its turn: the item stays.
    {
        AsyncQueue<int> queue(1);
        int accepted = 0;
        Fiber filler = putEach(&queue, {0}, &accepted);
        GetLog putLog;
        Fiber putter = putLogged(&queue, 1, 1, &putLog);
        GetLog got;
        Fiber g1 = getLogged(&queue, 1, &got);
        QCOMPARE(queue.size(), std::size_t(1));
        putter.destroy();
        QCOMPARE(ResumeQueue::forCurrentThread()->pending(), std::size_t(0));
        Fiber g2 = getLogged(&queue, 2, &got);
        QCOMPARE(got, (GetLog{{1, 0}, {2, 1}}));
        spinEventLoop();
        QVERIFY(putLog.isEmpty());
    }
}

// --- AsyncMutex ---

void TestSharedStatePrimitives::asyncMutexFreeLockDoesNotSuspend()
{
    AsyncMutex mutex;
    QList<int> log;
    Fiber holder = lockLogged(&mutex, 1, &log, false);
    QVERIFY(holder.done());
    QCOMPARE(log, QList<int>{1});
    QVERIFY(mutex.isLocked());
    mutex.unlock();
    QVERIFY(!mutex.isLocked());
}

void TestSharedStatePrimitives::asyncMutexFifo()
{
    AsyncMutex mutex;
    QList<int> log;
    Fiber holder = lockLogged(&mutex, 0, &log, false);
    std::vector<Fiber> waiters;
    for (int id = 1; id <= 5; ++id)
        waiters.push_back(lockLogged(&mutex, id, &log, true));
    QCOMPARE(mutex.waiters(), std::size_t(5));
    mutex.unlock();   // for the holder
    QTRY_COMPARE(log, (QList<int>{0, 1, 2, 3, 4, 5}));
    QTRY_VERIFY(!mutex.isLocked());
    QCOMPARE(mutex.waiters(), std::size_t(0));
}

void TestSharedStatePrimitives::asyncMutexNoBarging()
{
    AsyncMutex mutex;
    QList<int> log;
    Fiber holder = lockLogged(&mutex, 0, &log, false);
    Fiber waiter = lockLogged(&mutex, 1, &log, true);
    mutex.unlock();   // handed to the waiter, which has not run yet
    QVERIFY(mutex.isLocked());
    Fiber barger = lockLogged(&mutex, 9, &log, true);
    QVERIFY(!barger.done());   // it queued behind the waiter
    QCOMPARE(mutex.waiters(), std::size_t(1));
    QCOMPARE(log, QList<int>{0});
    QTRY_COMPARE(log, (QList<int>{0, 1, 9}));
    QTRY_VERIFY(!mutex.isLocked());
}

void TestSharedStatePrimitives::asyncMutexNoLostWakeUp()
{
    AsyncMutex mutex;
    QList<int> log;
    Fiber holder = lockLogged(&mutex, 0, &log, false);
    std::vector<Fiber> waiters;
    for (int id = 1; id <= 3; ++id)
        waiters.push_back(lockLogged(&mutex, id, &log, false));   // each keeps the lock

    // Each unlock wakes exactly one waiter, the first.
    for (int released = 1; released <= 3; ++released) {
        mutex.unlock();
        QTRY_COMPARE(log.size(), released + 1);
        spinEventLoop();
        QCOMPARE(log.size(), released + 1);
        QCOMPARE(log.last(), released);
        QCOMPARE(mutex.waiters(), std::size_t(3 - released));
        QVERIFY(mutex.isLocked());
    }
    mutex.unlock();
    QVERIFY(!mutex.isLocked());
    QCOMPARE(log, (QList<int>{0, 1, 2, 3}));
}

void TestSharedStatePrimitives::asyncMutexDestroyedWaiter()
{
    // Destroyed while waiting: it leaves the line.
    {
        AsyncMutex mutex;
        QList<int> log;
        Fiber holder = lockLogged(&mutex, 0, &log, false);
        Fiber first = lockLogged(&mutex, 1, &log, true);
        Fiber second = lockLogged(&mutex, 2, &log, true);
        first.destroy();
        QCOMPARE(mutex.waiters(), std::size_t(1));
        mutex.unlock();
        QTRY_COMPARE(log, (QList<int>{0, 2}));
        QTRY_VERIFY(!mutex.isLocked());
    }
    // Destroyed after the lock was handed to it, before its turn: the lock passes on.
    {
        AsyncMutex mutex;
        QList<int> log;
        Fiber holder = lockLogged(&mutex, 0, &log, false);
        Fiber first = lockLogged(&mutex, 1, &log, true);
        Fiber second = lockLogged(&mutex, 2, &log, true);
        mutex.unlock();   // handed to the first
        QCOMPARE(mutex.waiters(), std::size_t(1));
        first.destroy();  // passes it to the second
        QCOMPARE(mutex.waiters(), std::size_t(0));
        QVERIFY(mutex.isLocked());
        QTRY_COMPARE(log, (QList<int>{0, 2}));
        QTRY_VERIFY(!mutex.isLocked());
    }
    // ... and with nobody left to pass it to, the lock becomes free.
    {
        AsyncMutex mutex;
        QList<int> log;
        Fiber holder = lockLogged(&mutex, 0, &log, false);
        Fiber only = lockLogged(&mutex, 1, &log, true);
        mutex.unlock();
        only.destroy();
        QVERIFY(!mutex.isLocked());
        QCOMPARE(ResumeQueue::forCurrentThread()->pending(), std::size_t(0));
        spinEventLoop();
        QCOMPARE(log, QList<int>{0});
    }
}

void TestSharedStatePrimitives::asyncMutexCancelWaiters()
{
    AsyncMutex mutex;
    QList<int> log;
    Fiber holder = lockLogged(&mutex, 0, &log, false);
    std::vector<Fiber> waiters;
    for (int id = 1; id <= 3; ++id)
        waiters.push_back(lockLogged(&mutex, id, &log, true));
    mutex.cancelWaiters();
    QCOMPARE(mutex.waiters(), std::size_t(0));
    QCOMPARE(log, QList<int>{0});   // resumed later
    QTRY_COMPARE(log, (QList<int>{0, -1, -2, -3}));
    QVERIFY(mutex.isLocked());   // the holder still holds it
    mutex.unlock();
    QVERIFY(!mutex.isLocked());
}

void TestSharedStatePrimitives::asyncMutexScopedLock()
{
    AsyncMutex mutex;
    QList<int> log;
    std::vector<Fiber> users;
    for (int id = 1; id <= 3; ++id)
        users.push_back(scopedLogged(&mutex, id, &log));
    QCOMPARE(mutex.waiters(), std::size_t(2));
    QTRY_COMPARE(log, (QList<int>{1, 10, 2, 20, 3, 30}));
    QVERIFY(!mutex.isLocked());   // every Locker unlocked as it went out of scope

    // Cancelled: no Locker.
    Fiber holder = lockLogged(&mutex, 0, &log, false);
    Fiber cancelled = scopedLogged(&mutex, 4, &log);
    mutex.cancelWaiters();
    QTRY_COMPARE(log.last(), -4);
    QVERIFY(mutex.isLocked());
    mutex.unlock();
}

void TestSharedStatePrimitives::asyncMutexCounter()
{
    constexpr int coroutines = 8;
    constexpr int times = 25;
    AsyncMutex mutex;
    int locked = 0;
    int unlocked = 0;
    int finished = 0;
    std::vector<QCoro::Task<>> tasks;
    for (int i = 0; i < coroutines; ++i) {
        tasks.push_back(incrementSlowly(&mutex, times, true, &locked, &finished));
        tasks.push_back(incrementSlowly(&mutex, times, false, &unlocked, &finished));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 2 * coroutines, longTimeoutMs);
    QCOMPARE(locked, coroutines * times);
    QVERIFY(unlocked < coroutines * times);   // without the lock, updates were lost
    QVERIFY(!mutex.isLocked());
}

// The words counting and queue children send back ("done <n>", "count <n>"), fuzzed (FuzzCorpus):
// parsed or refused, never a crash; what is parsed is in range and reads back the same.
void TestSharedStatePrimitives::childWordsFuzzed()
{
    const QByteArrayList valid{QueueJobs::resultText(17), QueueJobs::jobText(5), CountingWords::done(123456789),
                               CountingWords::count(100000), CountingWords::set.toByteArray()};
    LabTest::FuzzCorpus corpus(valid, 100'000);
    qint64 parsed = 0;
    for (qint64 i = 0; i < corpus.inputs(); ++i) {
        const QByteArray text = corpus.next();
        if (const std::optional<int> item = QueueJobs::itemOfResult(text)) {
            ++parsed;
            QVERIFY2(*item >= 1 && QueueJobs::itemOfResult(QueueJobs::resultText(*item)) == item, qPrintable(corpus.describe(i, text)));
        }
        if (const std::optional<int> item = QueueJobs::itemOfJob(text))
            QVERIFY2(*item >= 1 && QueueJobs::itemOfJob(QueueJobs::jobText(*item)) == item, qPrintable(corpus.describe(i, text)));
        for (const QByteArrayView word : {QByteArrayView("done"), QByteArrayView("count")}) {
            if (const std::optional<qint64> n = CountingWords::numberAfter(word, text)) {
                ++parsed;
                QVERIFY2(*n >= 0, qPrintable(corpus.describe(i, text)));
            }
        }
    }
    QVERIFY(parsed > 0);
}

QTEST_GUILESS_MAIN(TestSharedStatePrimitives)
#include "tst_sharedstateprimitives.moc"

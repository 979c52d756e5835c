// SPDX-License-Identifier: MIT
// lab::sleepFor(): one heap and one timer per thread. Sleepers wake in deadline order, never early,
// never twice, never lost; cancellers wake theirs at once; a destroyed frame is never resumed.
#include "labtest.h"

#include "coroutinegate.h"
#include "interruptiblesleep.h"
#include "sleepscheduler.h"

#include <QCoro/QCoroTask>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <coroutine>
#include <exception>
#include <memory>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using Clock = std::chrono::steady_clock;

class TestSleepScheduler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void wakesInDeadlineOrder();
    void neverEarly();
    void noneLost();
    void equalDeadlinesResumeInArrivalOrder();
    void cancelLeavesOtherCancellersAsleep();
    void cancelWakesAllAtOnce();
    void destroyedCancellerWakesItsSleepers();
    void destroyedFrameIsRemovedAndNeverResumed();
    void frameDestroyedDuringCancelIsNotResumed();
    void zeroSleepYieldsOneTurn();
    void zeroSleepsInALoopTakeTurns();
    void wakesComeInSlices();
    void timerRunsExactlyWhileSomeoneSleeps();
    void hundredThousandSleepers();
    void eachThreadHasItsScheduler();
    void interruptibleSleep();
};

namespace {

lab::SleepScheduler *scheduler()
{
    return lab::SleepScheduler::forCurrentThread();
}

struct Wake {
    int id;
    bool sleptFully;
    Clock::duration slept;   // from just before the co_await to just after it
};

// Like the app's coroutines: a QCoro::Task<> nobody awaits, state passed by value (pointers).
QCoro::Task<> sleeper(std::vector<Wake> *wakes, int id, std::chrono::nanoseconds duration,
                      lab::SleepCanceller *canceller)
{
    const Clock::time_point start = Clock::now();
    const bool sleptFully = co_await lab::sleepFor(duration, canceller);
    wakes->push_back({id, sleptFully, Clock::now() - start});
}

std::vector<int> idsOf(const std::vector<Wake> &wakes)
{
    std::vector<int> ids;
    for (const Wake &wake : wakes)
        ids.push_back(wake.id);
    return ids;
}

bool allSleptFully(const std::vector<Wake> &wakes, bool expected)
{
    return std::all_of(wakes.begin(), wakes.end(), [expected](const Wake &w) { return w.sleptFully == expected; });
}

// A coroutine whose frame the test owns. Destroying a QCoro::Task<> does not destroy a suspended
// coroutine (QCoro 0.8 frees the frame when the coroutine ends), so to destroy a sleeping frame the
// test needs a handle of its own.
class OwnedCoroutine
{
public:
    struct promise_type {
        OwnedCoroutine get_return_object() { return OwnedCoroutine(Handle::from_promise(*this)); }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }   // the owner destroys it
        void return_void() {}
        void unhandled_exception() { std::terminate(); }
    };
    using Handle = std::coroutine_handle<promise_type>;

    OwnedCoroutine(OwnedCoroutine &&other) noexcept : m_handle(std::exchange(other.m_handle, {})) {}
    OwnedCoroutine &operator=(OwnedCoroutine &&) = delete;
    ~OwnedCoroutine() { destroy(); }
    void destroy()
    {
        if (m_handle)
            std::exchange(m_handle, {}).destroy();
    }

private:
    explicit OwnedCoroutine(Handle handle) : m_handle(handle) {}
    Handle m_handle;
};

OwnedCoroutine ownedSleeper(std::vector<int> *woken, int id, std::chrono::nanoseconds duration,
                            lab::SleepCanceller *canceller)
{
    co_await lab::sleepFor(duration, canceller);
    woken->push_back(id);
}

// Once woken, destroys the frame of another coroutine (*coroutines)[victim].
OwnedCoroutine destroyingSleeper(std::vector<int> *woken, int id, lab::SleepCanceller *canceller,
                                 std::vector<OwnedCoroutine> *coroutines, std::size_t victim)
{
    co_await lab::sleepFor(1h, canceller);
    woken->push_back(id);
    (*coroutines)[victim].destroy();
}

QCoro::Task<> yielder(QStringList *order)
{
    *order << u"before"_s;
    co_await lab::sleepFor(0ns);
    *order << u"after"_s;
}

// Marks each turn of the event loop in *trace with 'T': a queued call that queues itself again.
class TurnCounter : public QObject
{
public:
    // Its queued call goes with it.
    explicit TurnCounter(std::string *trace) : m_trace(trace) { post(); }
    void stop() { m_running = false; }

private:
    void post()
    {
        QMetaObject::invokeMethod(this, [this] {
            *m_trace += 'T';
            if (m_running)
                post();
        }, Qt::QueuedConnection);
    }
    std::string *m_trace;
    bool m_running = true;
};

QCoro::Task<> loopingYielder(std::string *trace, int rounds, bool *done, lab::SleepCanceller *canceller)
{
    for (int i = 0; i < rounds; ++i) {
        if (!co_await lab::sleepFor(0ns, canceller))
            co_return;
        *trace += 'S';
    }
    *done = true;
}

// Takes 2 ms of the GUI thread once woken.
QCoro::Task<> busySleeper(std::string *trace, lab::SleepCanceller *canceller)
{
    co_await lab::sleepFor(20ms, canceller);
    *trace += 'S';
    const Clock::time_point until = Clock::now() + 2ms;
    while (Clock::now() < until) {
    }
}

std::size_t longestRun(const std::string &trace, char c)
{
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char each : trace) {
        run = each == c ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

QCoro::Task<> counter(std::vector<int> *order, int id, lab::SleepCanceller *canceller)
{
    co_await lab::sleepFor(200ms, canceller);
    order->push_back(id);
}

struct ThreadRun {
    lab::SleepScheduler *scheduler = nullptr;
    QThread *wokeIn = nullptr;
    bool sleptFully = false;
};

QCoro::Task<> threadSleeper(ThreadRun *run, QEventLoop *loop)
{
    run->scheduler = lab::SleepScheduler::forCurrentThread();
    run->sleptFully = co_await lab::sleepFor(20ms);
    run->wokeIn = QThread::currentThread();
    loop->quit();
}

QCoro::Task<> interruptible(std::vector<int> *results, std::chrono::milliseconds duration, CoroutineGate *gate)
{
    results->push_back(co_await InterruptibleSleep(duration, gate) ? 1 : 0);
}

} // namespace

void TestSleepScheduler::init()
{
    // Every test leaves nobody asleep: no coroutine may resume into the next test.
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::wakesInDeadlineOrder()
{
    const std::vector<int> durationsMs{40, 10, 0, 30, 20, 50, 5, 25};
    std::vector<Wake> wakes;
    lab::SleepCanceller guard;   // declared after the state: a failing test cancels before it goes
    for (int id = 0; id < int(durationsMs.size()); ++id)
        sleeper(&wakes, id, std::chrono::milliseconds(durationsMs[id]), &guard);
    QCOMPARE(scheduler()->sleeping(), durationsMs.size());
    QVERIFY(wakes.empty());   // even the zero sleep suspended

    std::vector<int> expected(durationsMs.size());
    std::iota(expected.begin(), expected.end(), 0);
    std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) { return durationsMs[a] < durationsMs[b]; });
    QTRY_COMPARE(wakes.size(), durationsMs.size());
    QCOMPARE(idsOf(wakes), expected);
    QVERIFY(allSleptFully(wakes, true));
}

void TestSleepScheduler::neverEarly()
{
    // Durations with fractions of a millisecond: a timer rounded down, or a pass that took sleepers
    // due "soon", would resume some of them before their deadline.
    constexpr int count = 300;
    std::vector<std::chrono::nanoseconds> durations;
    for (int id = 0; id < count; ++id)
        durations.push_back(std::chrono::microseconds((id * 7919) % 25000 + 1));
    std::vector<Wake> wakes;
    lab::SleepCanceller guard;
    for (int id = 0; id < count; ++id)
        sleeper(&wakes, id, durations[id], &guard);
    QTRY_COMPARE_WITH_TIMEOUT(wakes.size(), std::size_t(count), 10000);
    QVERIFY(allSleptFully(wakes, true));
    for (const Wake &wake : wakes) {
        QVERIFY2(wake.slept >= durations[wake.id],
                 qPrintable(u"sleeper %1 woke %2 ns early"_s.arg(wake.id).arg((durations[wake.id] - wake.slept).count())));
    }
}

void TestSleepScheduler::noneLost()
{
    constexpr int count = 2000;
    QRandomGenerator random(20261202);
    std::vector<Wake> wakes;
    lab::SleepCanceller guard;
    for (int id = 0; id < count; ++id)
        sleeper(&wakes, id, std::chrono::microseconds(random.bounded(50000)), &guard);
    QTRY_COMPARE_WITH_TIMEOUT(wakes.size(), std::size_t(count), 10000);
    QTest::qWait(20);   // nobody resumed twice, later
    std::vector<int> ids = idsOf(wakes);
    std::sort(ids.begin(), ids.end());
    std::vector<int> everyone(count);
    std::iota(everyone.begin(), everyone.end(), 0);
    QCOMPARE(ids, everyone);
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::equalDeadlinesResumeInArrivalOrder()
{
    // The same duration, started one after another: they wake in the order they started.
    std::vector<Wake> wakes;
    lab::SleepCanceller guard;
    for (int id = 0; id < 200; ++id)
        sleeper(&wakes, id, 20ms, &guard);
    QTRY_COMPARE(wakes.size(), 200u);
    std::vector<int> inOrder(200);
    std::iota(inOrder.begin(), inOrder.end(), 0);
    QCOMPARE(idsOf(wakes), inOrder);

    // Truly equal deadlines: a duration too long to represent saturates, so these share one. A
    // cancel wakes them in the order the timer would have: by deadline, then by arrival. Every
    // other one sleeps an hour instead (earlier deadline, so first).
    std::vector<Wake> cancelled;
    lab::SleepCanceller canceller;
    for (int id = 0; id < 1000; ++id)
        sleeper(&cancelled, id, id % 2 ? std::chrono::nanoseconds(1h) : std::chrono::nanoseconds::max(), &canceller);
    canceller.cancel();
    std::vector<int> expected;
    for (int id = 1; id < 1000; id += 2)
        expected.push_back(id);
    for (int id = 0; id < 1000; id += 2)
        expected.push_back(id);
    QCOMPARE(idsOf(cancelled), expected);
    QVERIFY(allSleptFully(cancelled, false));
}

void TestSleepScheduler::cancelLeavesOtherCancellersAsleep()
{
    // Three cancellers' sleepers with scattered deadlines, interleaved in the heap: cancelling one
    // takes its entries out of the middle, and the others must still wake in deadline order.
    constexpr int count = 90;
    const auto durationOf = [](int id) { return std::chrono::milliseconds(20 + (id * 37) % count); };
    std::vector<Wake> wakes;
    lab::SleepCanceller a;
    lab::SleepCanceller b;
    lab::SleepCanceller c;
    lab::SleepCanceller *cancellers[] = {&a, &b, &c};
    for (int id = 0; id < count; ++id)
        sleeper(&wakes, id, durationOf(id), cancellers[id % 3]);
    QCOMPARE(a.sleeping(), std::size_t(count / 3));
    QCOMPARE(scheduler()->sleeping(), std::size_t(count));

    const auto byDeadline = [&](std::vector<int> ids) {
        std::stable_sort(ids.begin(), ids.end(), [&](int x, int y) { return durationOf(x) < durationOf(y); });
        return ids;
    };
    std::vector<int> ofA;
    std::vector<int> others;
    for (int id = 0; id < count; ++id)
        (id % 3 ? others : ofA).push_back(id);

    a.cancel();   // a's sleepers resume in here, in deadline order
    QCOMPARE(idsOf(wakes), byDeadline(ofA));
    QVERIFY(allSleptFully(wakes, false));
    QCOMPARE(a.sleeping(), 0u);
    QCOMPARE(b.sleeping(), std::size_t(count / 3));
    QCOMPARE(scheduler()->sleeping(), std::size_t(count - count / 3));
    QVERIFY(scheduler()->isTimerActive());

    QTRY_COMPARE(wakes.size(), std::size_t(count));
    const std::vector<Wake> rest(wakes.begin() + count / 3, wakes.end());
    QCOMPARE(idsOf(rest), byDeadline(others));
    QVERIFY(allSleptFully(rest, true));
    QCOMPARE(b.sleeping(), 0u);
}

void TestSleepScheduler::cancelWakesAllAtOnce()
{
    std::vector<Wake> wakes;
    lab::SleepCanceller canceller;
    // Later starters get earlier deadlines, so deadline order is the reverse of starting order.
    for (int id = 0; id < 100; ++id)
        sleeper(&wakes, id, 10s - id * 10ms, &canceller);
    QCOMPARE(canceller.sleeping(), 100u);
    canceller.cancel();
    QCOMPARE(wakes.size(), 100u);
    QVERIFY(allSleptFully(wakes, false));
    std::vector<int> reversed(100);
    std::iota(reversed.rbegin(), reversed.rend(), 0);
    QCOMPARE(idsOf(wakes), reversed);
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
    QVERIFY(canceller.isCancelled());

    canceller.cancel();   // idempotent
    QCOMPARE(wakes.size(), 100u);
    // Given an already cancelled canceller, a sleep does not suspend and evaluates to false.
    sleeper(&wakes, 100, 1s, &canceller);
    QCOMPARE(wakes.size(), 101u);
    QVERIFY(!wakes.back().sleptFully);
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::destroyedCancellerWakesItsSleepers()
{
    std::vector<Wake> wakes;
    lab::SleepCanceller guard;
    auto canceller = std::make_unique<lab::SleepCanceller>();
    for (int id = 0; id < 10; ++id)
        sleeper(&wakes, id, 10s, canceller.get());
    sleeper(&wakes, 10, 20ms, &guard);
    canceller.reset();
    QCOMPARE(wakes.size(), 10u);
    QVERIFY(allSleptFully(wakes, false));
    QCOMPARE(scheduler()->sleeping(), 1u);
    QTRY_COMPARE(wakes.size(), 11u);
    QVERIFY(wakes.back().sleptFully);
}

void TestSleepScheduler::destroyedFrameIsRemovedAndNeverResumed()
{
    // Scattered deadlines, then every third frame destroyed: each removal takes its own entry out of
    // the middle of the heap (a stale slot would take another's, losing one and resuming a dead one).
    constexpr int count = 90;
    std::vector<int> woken;
    std::vector<OwnedCoroutine> coroutines;
    coroutines.reserve(count);
    for (int id = 0; id < count; ++id)
        coroutines.push_back(ownedSleeper(&woken, id, std::chrono::milliseconds(10 + (id * 37) % count), nullptr));
    QCOMPARE(scheduler()->sleeping(), std::size_t(count));
    for (int id = 0; id < count; id += 3)
        coroutines[id].destroy();
    QCOMPARE(scheduler()->sleeping(), std::size_t(count - count / 3));
    QTRY_COMPARE(scheduler()->sleeping(), 0u);
    QTest::qWait(10 + count + 20);   // past every deadline, the destroyed ones' included
    std::vector<int> expected;
    for (int id = 0; id < count; ++id) {
        if (id % 3)
            expected.push_back(id);
    }
    std::sort(expected.begin(), expected.end(), [](int a, int b) { return (a * 37) % count < (b * 37) % count; });
    QCOMPARE(woken, expected);
    QVERIFY(!scheduler()->isTimerActive());

    // The only sleeper destroyed: the timer stops with it.
    OwnedCoroutine alone = ownedSleeper(&woken, -1, 1h, nullptr);
    QVERIFY(scheduler()->isTimerActive());
    alone.destroy();
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::frameDestroyedDuringCancelIsNotResumed()
{
    // The first sleeper a cancel wakes destroys the frame of the third, which is then waiting in the
    // cancel's wake list: it must be skipped, not resumed.
    std::vector<int> woken;
    std::vector<OwnedCoroutine> coroutines;
    coroutines.reserve(5);
    lab::SleepCanceller canceller;
    coroutines.push_back(destroyingSleeper(&woken, 0, &canceller, &coroutines, 2));
    for (int id = 1; id < 5; ++id)
        coroutines.push_back(ownedSleeper(&woken, id, 1h, &canceller));
    canceller.cancel();
    QCOMPARE(woken, (std::vector<int>{0, 1, 3, 4}));
    QCOMPARE(canceller.sleeping(), 0u);
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::zeroSleepYieldsOneTurn()
{
    QStringList order;
    QMetaObject::invokeMethod(this, [&order] { order << u"posted"_s; }, Qt::QueuedConnection);
    yielder(&order);
    QCOMPARE(order, QStringList{u"before"_s});   // suspended, not resumed in place
    QTRY_COMPARE(order, (QStringList{u"before"_s, u"posted"_s, u"after"_s}));
}

void TestSleepScheduler::zeroSleepsInALoopTakeTurns()
{
    // sleep(0) in a loop: each resume re-sleeps during the timer's pass; that sleep must wait for a
    // later pass, so the resumes ('S') are interleaved with turns of the event loop ('T').
    constexpr int rounds = 50;
    std::string trace;
    bool done = false;
    TurnCounter turns(&trace);
    lab::SleepCanceller guard;
    loopingYielder(&trace, rounds, &done, &guard);
    QTRY_VERIFY(done);
    turns.stop();
    QCOMPARE(std::count(trace.begin(), trace.end(), 'S'), rounds);
    QVERIFY2(trace.find("SS") == std::string::npos, trace.c_str());
}

void TestSleepScheduler::wakesComeInSlices()
{
    // 20 sleepers due at once, each busy for 2 ms when woken: the timer's pass stops after its 8 ms
    // budget and lets the event loop turn before it goes on.
    std::string trace;
    TurnCounter turns(&trace);
    lab::SleepCanceller guard;
    for (int id = 0; id < 20; ++id)
        busySleeper(&trace, &guard);
    QTRY_COMPARE(std::count(trace.begin(), trace.end(), 'S'), 20);
    turns.stop();
    const std::size_t perSlice = lab::SleepScheduler::sliceBudget / 2ms;
    QVERIFY2(longestRun(trace, 'S') <= perSlice + 1, trace.c_str());
}

void TestSleepScheduler::timerRunsExactlyWhileSomeoneSleeps()
{
    std::vector<Wake> wakes;
    lab::SleepCanceller a;
    lab::SleepCanceller b;
    sleeper(&wakes, 0, 10ms, &a);
    QVERIFY(scheduler()->isTimerActive());
    QTRY_COMPARE(wakes.size(), 1u);
    QVERIFY(!scheduler()->isTimerActive());

    sleeper(&wakes, 1, 1h, &a);
    sleeper(&wakes, 2, 1h, &b);
    a.cancel();
    QCOMPARE(wakes.size(), 2u);
    QVERIFY(scheduler()->isTimerActive());   // b's still sleeps
    b.cancel();
    QCOMPARE(wakes.size(), 3u);
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::hundredThousandSleepers()
{
    constexpr int count = 100'000;
    std::vector<int> order;
    order.reserve(count);
    lab::SleepCanceller guard;
    for (int id = 0; id < count; ++id)
        counter(&order, id, &guard);
    QCOMPARE(scheduler()->sleeping(), std::size_t(count));
    // Generous: this is about none lost and the order, not speed (machines here are noisy).
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), std::size_t(count), 60000);
    for (int id = 0; id < count; ++id) {
        if (order[id] != id)
            QFAIL(qPrintable(u"resume %1 was sleeper %2"_s.arg(id).arg(order[id])));
    }
    QVERIFY(!scheduler()->isTimerActive());
}

void TestSleepScheduler::eachThreadHasItsScheduler()
{
    // Sleeps in a thread with its own event loop resume there, from that thread's scheduler, which
    // goes quietly when the thread ends.
    ThreadRun run;
    std::unique_ptr<QThread> thread(QThread::create([&run] {
        QEventLoop loop;
        threadSleeper(&run, &loop);
        loop.exec();
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY(run.sleptFully);
    QCOMPARE(run.wokeIn, thread.get());
    QVERIFY(run.scheduler);
    QVERIFY(run.scheduler != scheduler());
}

void TestSleepScheduler::interruptibleSleep()
{
    std::vector<int> results;
    CoroutineGate gate;

    // The whole duration: true.
    interruptible(&results, 20ms, &gate);
    QVERIFY(results.empty());
    QTRY_COMPARE(results, std::vector<int>{1});

    // A zero duration yields a turn, then true.
    interruptible(&results, 0ms, &gate);
    QCOMPARE(results.size(), 1u);
    QTRY_COMPARE(results, (std::vector<int>{1, 1}));

    // cancel() wakes it at once with false, before cancelRequested is emitted.
    interruptible(&results, 10s, &gate);
    std::size_t resultsAtSignal = 0;
    connect(&gate, &CoroutineGate::cancelRequested, this, [&] { resultsAtSignal = results.size(); });
    gate.cancel();
    QCOMPARE(results, (std::vector<int>{1, 1, 0}));
    QCOMPARE(resultsAtSignal, 3u);

    // Given a cancelled gate or none: false without suspending.
    interruptible(&results, 10s, &gate);
    interruptible(&results, 10s, nullptr);
    QCOMPARE(results, (std::vector<int>{1, 1, 0, 0, 0}));

    // The gate destroyed: false at once.
    auto doomed = std::make_unique<CoroutineGate>();
    interruptible(&results, 10s, doomed.get());
    QCOMPARE(results.size(), 5u);
    doomed.reset();
    QCOMPARE(results, (std::vector<int>{1, 1, 0, 0, 0, 0}));
    QCOMPARE(scheduler()->sleeping(), 0u);
    QVERIFY(!scheduler()->isTimerActive());
}

LAB_TEST_MAIN(TestSleepScheduler)
#include "tst_sleepscheduler.moc"

// SPDX-License-Identifier: MIT
// Lesson 5, part B: one producer, K consumers and each model's queue. For every demo: no item is lost
// or taken twice (count, sum and each consumer's share, several runs); the queue's order (FIFO, LIFO,
// priority) with one consumer that starts taking once the producer has put everything; back-pressure
// (a full queue makes the producer wait, and no snapshot ever shows more than C in the queue); a
// cancel mid-run, a second start() and the runner's destructor leave nothing behind (threads joined,
// no coroutine left suspended, children killed and reaped). Counts and orders only, never durations;
// timeouts are generous.
#include "labtest.h"

#include "coroutinequeuerunner.h"
#include "processgroup.h"
#include "processqueuerunner.h"
#include "queueview.h"
#include "sharedstate.h"
#include "threadqueuerunner.h"
#include "trace.h"
#include "workerlocator.h"

#include <QProgressBar>
#include <QSignalSpy>

#include <memory>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QueueOrder)
Q_DECLARE_METATYPE(UnitKind)

namespace {

constexpr int longTimeoutMs = 120000;

std::unique_ptr<QueueRunner> makeRunner(UnitKind model, QueueOrder order, const QueueParameters &parameters)
{
    switch (model) {
    case UnitKind::WorkerThread:
        return std::make_unique<ThreadQueueRunner>(u"queue-test"_s, order, parameters);
    case UnitKind::Coroutine:
        return std::make_unique<CoroutineQueueRunner>(u"queue-test"_s, order, parameters);
    default:
        return std::make_unique<ProcessQueueRunner>(u"queue-test"_s, parameters);
    }
}

// Every demo of part B: its model and its queue's order.
void addDemoRows()
{
    QTest::addColumn<UnitKind>("model");
    QTest::addColumn<QueueOrder>("order");
    QTest::newRow("queue-threads") << UnitKind::WorkerThread << QueueOrder::Fifo;
    QTest::newRow("queue-threads-lifo") << UnitKind::WorkerThread << QueueOrder::Lifo;
    QTest::newRow("queue-threads-priority") << UnitKind::WorkerThread << QueueOrder::Priority;
    QTest::newRow("queue-coroutines") << UnitKind::Coroutine << QueueOrder::Fifo;
    QTest::newRow("queue-coroutines-lifo") << UnitKind::Coroutine << QueueOrder::Lifo;
    QTest::newRow("queue-coroutines-priority") << UnitKind::Coroutine << QueueOrder::Priority;
    QTest::newRow("queue-processes") << UnitKind::ChildProcess << QueueOrder::Fifo;
}

bool runToEnd(QueueRunner &runner)
{
    QSignalSpy finished(&runner, &DemoRunner::finished);
    runner.start();
    return finished.wait(longTimeoutMs) || finished.count() == 1;
}

// What a finished run must show, whatever the model: every item processed once.
void checkNothingLost(const QueueRunner &runner, const QueueParameters &p)
{
    QVERIFY2(runner.state() == DemoRunner::State::Done, qPrintable(runner.errorString()));
    QVERIFY(runner.result().has_value());
    const QueueResult &result = *runner.result();
    QCOMPARE(result.consumers, p.consumers);
    QCOMPARE(result.items, qint64(p.items));
    QCOMPARE(result.sum, QueueResult::sumOf(p.items));
    QCOMPARE(result.perConsumer.size(), p.consumers);
    QCOMPARE(std::accumulate(result.perConsumer.cbegin(), result.perConsumer.cend(), qint64(0)), qint64(p.items));
    QCOMPARE(runner.progress().done, qint64(p.items));
    QVERIFY(!runner.progress().running);
}

// The items 1..J in the order `order` hands them out when all of them wait in the queue at once.
QList<int> orderOf(QueueOrder order, int items)
{
    QList<QueueItem> queued;
    for (int n = 1; n <= items; ++n)
        queued.append(QueueItem::of(n));
    if (order == QueueOrder::Lifo)
        std::reverse(queued.begin(), queued.end());
    else if (order == QueueOrder::Priority)
        std::sort(queued.begin(), queued.end());
    QList<int> taken;
    for (const QueueItem &item : std::as_const(queued))
        taken.append(item.n);
    return taken;
}

bool anyRunning(const QList<qint64> &pids)
{
    return std::any_of(pids.cbegin(), pids.cend(), [](qint64 pid) { return ProcessGroup::isRunning(pid); });
}

// Nothing of the runner's runs is left: threads joined, coroutines returned and their queue closed
// without waiters, children reaped.
void checkNothingLeft(QueueRunner &runner, bool cancelled)
{
    if (auto *threads = qobject_cast<ThreadQueueRunner *>(&runner)) {
        QTRY_COMPARE_WITH_TIMEOUT(threads->liveRuns(), 0, longTimeoutMs);
    } else if (auto *coroutines = qobject_cast<CoroutineQueueRunner *>(&runner)) {
        QVERIFY(coroutines->lastRunState().has_value());
        QTRY_COMPARE_WITH_TIMEOUT(coroutines->lastRunState()->liveCoroutines, 0, longTimeoutMs);
        const CoroutineQueueRunner::RunState state = *coroutines->lastRunState();
        QCOMPARE(state.closed, cancelled);
        QCOMPARE(state.waitingPutters, std::size_t(0));
        QCOMPARE(state.waitingGetters, std::size_t(0));
    } else if (auto *processes = qobject_cast<ProcessQueueRunner *>(&runner)) {
        QTRY_COMPARE_WITH_TIMEOUT(processes->liveRuns(), 0, longTimeoutMs);
        QVERIFY(!anyRunning(processes->childPids()));
    }
}

} // namespace

class TestSharedStateQueues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingLostOrTakenTwice_data() { addDemoRows(); }
    void nothingLostOrTakenTwice();
    void noWorkManyItems_data() { addDemoRows(); }
    void noWorkManyItems();
    void queueOrder_data() { addDemoRows(); }
    void queueOrder();
    void backPressure_data() { addDemoRows(); }
    void backPressure();
    void processesKeepEveryChildBusy();
    void cancelMidRunLeavesNothing_data() { addDemoRows(); }
    void cancelMidRunLeavesNothing();
    void secondStartCancelsTheFirst_data() { addDemoRows(); }
    void secondStartCancelsTheFirst();
    void cancelInStepMode_data();
    void cancelInStepMode();
    void destructorStopsTheRun_data() { addDemoRows(); }
    void destructorStopsTheRun();
    void crashedChildFailsTheRun();
    void jobTexts();
    void describeReads();
    void queueDemosRunOneAtATime();
    void viewShowsProgress();
};

void TestSharedStateQueues::nothingLostOrTakenTwice()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters p{3, 60, 4, 1};
    auto runner = makeRunner(model, order, p);
    for (int run = 0; run < 3; ++run) {
        QVERIFY(runToEnd(*runner));
        checkNothingLost(*runner, p);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(runner->result()->order, order);
    }
    checkNothingLeft(*runner, false);
}

// No work at all: the consumers keep up with the producer, and the queue itself is all there is.
void TestSharedStateQueues::noWorkManyItems()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters p{4, model == UnitKind::ChildProcess ? 500 : 3000, 5, 0};
    auto runner = makeRunner(model, order, p);
    for (int run = 0; run < 2; ++run) {
        QVERIFY(runToEnd(*runner));
        checkNothingLost(*runner, p);
        if (QTest::currentTestFailed())
            return;
    }
}

// One consumer, a queue that holds every item, and a producer that has put them all before the
// consumer takes the first: the consumer takes them in the queue's very order. Threads: in step mode
// the producer starts before the consumers, which wait at their start until the test lets them go.
// Coroutines: the consumer, like an asyncio task, first waits for its turn, and the producer puts every
// item without suspending. Processes: one child's pipe is first in, first out.
void TestSharedStateQueues::queueOrder()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters p{1, 20, 20, 1};
    auto runner = makeRunner(model, order, p);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    if (model == UnitKind::WorkerThread) {
        runner->setStepMode(true);
        runner->start();
        QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"create-queue"_s, longTimeoutMs);
        runner->stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"start-consumers"_s, longTimeoutMs);
        // Nobody takes yet: the producer puts all J, then waits (for room for a sentinel, or for "all done").
        QTRY_COMPARE_WITH_TIMEOUT(runner->progress().queued, p.items, longTimeoutMs);
        QCOMPARE(runner->progress().done, 0);
        runner->continueToEnd();
    } else {
        runner->start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    checkNothingLost(*runner, p);
    if (QTest::currentTestFailed())
        return;
    const QList<int> expected = orderOf(order, p.items).first(QueueResult::firstTakenKept);
    QCOMPARE(runner->result()->firstTaken, expected);
    QCOMPARE(runner->progress().firstTaken, expected);   // what the view shows
}

// Slow consumers and a queue of 2: the producer finds it full and waits, and no snapshot ever shows
// more than C in the queue (or in the pipes).
void TestSharedStateQueues::backPressure()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters p{2, 30, 2, 20};
    auto runner = makeRunner(model, order, p);
    int mostQueued = 0;
    int snapshots = 0;
    int mostConsumers = 0;
    connect(runner.get(), &QueueRunner::progressChanged, this, [&](const QueueProgress &progress) {
        ++snapshots;
        mostQueued = std::max(mostQueued, progress.queued);
        mostConsumers = std::max(mostConsumers, int(progress.inFlight.size()));
        for (const int held : progress.inFlight)
            QVERIFY(held >= 0 && held <= p.capacity);
        QCOMPARE(progress.capacity, p.capacity);
    });
    QVERIFY(runToEnd(*runner));
    checkNothingLost(*runner, p);
    QVERIFY2(runner->result()->producerWaits > 0, qPrintable(runner->resultText()));
    QVERIFY(runner->result()->producerWaitNs > 0);
    QVERIFY(snapshots >= 2);
    QVERIFY2(mostQueued <= p.capacity, qPrintable(QString::number(mostQueued)));
    QCOMPARE(mostConsumers, p.consumers);
    QVERIFY(runner->progress().producerWaits > 0);
}

// Python's multiprocessing.Queue(maxsize=C) frees a slot at get(): an item a consumer works on is no
// longer in the queue, so a queue of 1 still keeps all K consumers busy. The process demo does the same:
// its capacity bounds the items waiting in the pipes (sent to a busy child), never the children at work.
void TestSharedStateQueues::processesKeepEveryChildBusy()
{
    const QueueParameters p{4, 60, 1, 50};
    ProcessQueueRunner runner(u"queue-test"_s, p);
    int mostQueued = 0;
    int mostAtWork = 0;
    int mostHeld = 0;
    connect(&runner, &QueueRunner::progressChanged, this, [&](const QueueProgress &progress) {
        mostQueued = std::max(mostQueued, progress.queued);
        mostAtWork = std::max(mostAtWork, int(std::count_if(progress.inFlight.cbegin(), progress.inFlight.cend(), [](int held) { return held > 0; })));
        for (const int held : progress.inFlight)
            mostHeld = std::max(mostHeld, held);
    });
    QVERIFY(runToEnd(runner));
    checkNothingLost(runner, p);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(mostQueued <= p.capacity, qPrintable(QString::number(mostQueued)));
    QCOMPARE(mostHeld, 1);   // a child works on one item at a time
    QCOMPARE(mostAtWork, p.consumers);
    for (const qint64 count : runner.result()->perConsumer)
        QVERIFY2(count > 0, qPrintable(runner.resultText()));
    // Full when no child was idle and C items waited: each put that found it so counts once.
    QVERIFY2(runner.result()->producerWaits > 0, qPrintable(runner.resultText()));
    QVERIFY(runner.result()->producerWaits <= p.items);
}

void TestSharedStateQueues::cancelMidRunLeavesNothing()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters p{4, 2000, 10, 20};
    auto runner = makeRunner(model, order, p);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(runner->progress().done >= 1, longTimeoutMs);   // mid-run: items are being done
    QVERIFY(runner->isRunning());
    if (auto *processes = qobject_cast<ProcessQueueRunner *>(runner.get()))
        QTRY_COMPARE_WITH_TIMEOUT(processes->childPids().size(), p.consumers, longTimeoutMs);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner->hasResult());
    QVERIFY(runner->progress().done < p.items);
    QVERIFY(!runner->progress().running);
    checkNothingLeft(*runner, true);
}

void TestSharedStateQueues::secondStartCancelsTheFirst()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters slow{3, 2000, 10, 20};
    auto runner = makeRunner(model, order, slow);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(runner->progress().done >= 1, longTimeoutMs);
    QList<qint64> firstPids;
    if (auto *processes = qobject_cast<ProcessQueueRunner *>(runner.get())) {
        QTRY_COMPARE_WITH_TIMEOUT(processes->childPids().size(), slow.consumers, longTimeoutMs);
        firstPids = processes->childPids();
    }
    const QueueParameters quick{2, 40, 3, 1};
    runner->start(quick);   // the first run is cancelled; only the second one reports
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    checkNothingLost(*runner, quick);
    checkNothingLeft(*runner, false);
    QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(firstPids), longTimeoutMs);
}

void TestSharedStateQueues::cancelInStepMode_data()
{
    QTest::addColumn<UnitKind>("model");
    QTest::addColumn<QString>("step");
    const QList<std::pair<UnitKind, QString>> models{
        {UnitKind::WorkerThread, u"threads"_s}, {UnitKind::Coroutine, u"coroutines"_s}, {UnitKind::ChildProcess, u"processes"_s}};
    for (const auto &[model, name] : models) {
        for (const QString &step : {u"create-queue"_s, u"start-consumers"_s, u"join"_s, u"report"_s}) {
            if (model == UnitKind::Coroutine && step == u"start-consumers"_s)
                continue;   // a coroutine's step, not the GUI thread's: it does not wait
            QTest::newRow(qPrintable(name + u'-' + step)) << model << step;
        }
    }
}

// Step mode holds the GUI thread's steps; a cancel at any of them ends the run, and leaves nothing.
void TestSharedStateQueues::cancelInStepMode()
{
    QFETCH(UnitKind, model);
    QFETCH(QString, step);
    auto runner = makeRunner(model, QueueOrder::Fifo, {2, 20, 3, 1});
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->setStepMode(true);
    runner->start();
    while (runner->waitingStep() != step) {
        QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty(), longTimeoutMs);
        if (runner->waitingStep() == step)
            break;
        runner->stepOnce();
        QVERIFY(finished.isEmpty());
    }
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    QCOMPARE(runner->state(), DemoRunner::State::Cancelled);
    QVERIFY(!runner->hasResult());
    QVERIFY(!runner->progress().running);
    if (auto *threads = qobject_cast<ThreadQueueRunner *>(runner.get()))
        QTRY_COMPARE_WITH_TIMEOUT(threads->liveRuns(), 0, longTimeoutMs);
    if (auto *processes = qobject_cast<ProcessQueueRunner *>(runner.get())) {
        QTRY_COMPARE_WITH_TIMEOUT(processes->liveRuns(), 0, longTimeoutMs);
        QVERIFY(!anyRunning(processes->childPids()));
    }
    if (auto *coroutines = qobject_cast<CoroutineQueueRunner *>(runner.get()); coroutines && coroutines->lastRunState())
        QTRY_COMPARE_WITH_TIMEOUT(coroutines->lastRunState()->liveCoroutines, 0, longTimeoutMs);
}

void TestSharedStateQueues::destructorStopsTheRun()
{
    QFETCH(UnitKind, model);
    QFETCH(QueueOrder, order);
    const QueueParameters p{4, 2000, 10, 20};
    auto runner = makeRunner(model, order, p);
    runner->start();
    QTRY_VERIFY_WITH_TIMEOUT(runner->progress().done >= 1, longTimeoutMs);
    QList<qint64> pids;
    if (auto *processes = qobject_cast<ProcessQueueRunner *>(runner.get())) {
        QTRY_COMPARE_WITH_TIMEOUT(processes->childPids().size(), p.consumers, longTimeoutMs);
        pids = processes->childPids();
    }
    runner.reset();   // threads joined, children killed (reaped from the loop), coroutines told to end
    QTRY_VERIFY_WITH_TIMEOUT(!anyRunning(pids), longTimeoutMs);
    // The coroutines resume once more, see their runner gone, and return: nothing may break then.
    QTest::qWait(100);
}

void TestSharedStateQueues::crashedChildFailsTheRun()
{
    auto runner = std::make_unique<ProcessQueueRunner>(u"queue-test"_s, QueueParameters{2, 20, 3, 1});
    WorkerProcess::Options options;
    options.program = LabTest::faultyWorkerPath();
    options.extraArguments = {u"--test-crash"_s};
    runner->setWorkerOptions(options);
    QSignalSpy finished(runner.get(), &DemoRunner::finished);
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, longTimeoutMs);
    QCOMPARE(runner->state(), DemoRunner::State::Failed);
    QVERIFY2(runner->errorString().contains(u"crashed"_s), qPrintable(runner->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(runner->liveRuns(), 0, longTimeoutMs);
}

void TestSharedStateQueues::jobTexts()
{
    QCOMPARE(QueueJobs::jobText(42), "item 42");
    QCOMPARE(QueueJobs::itemOfJob("item 42"), 42);
    QCOMPARE(QueueJobs::resultText(7), "done 7");
    QCOMPARE(QueueJobs::itemOfResult("done 7"), 7);
    QCOMPARE(QueueJobs::itemOfResult("done 0"), std::nullopt);
    QCOMPARE(QueueJobs::itemOfResult("done -1"), std::nullopt);
    QCOMPARE(QueueJobs::itemOfResult("done 100001"), std::nullopt);
    QCOMPARE(QueueJobs::itemOfResult("item 7"), std::nullopt);
    QCOMPARE(QueueJobs::itemOfJob("item "), std::nullopt);
    QCOMPARE(QueueJobs::itemOfJob("item 9999999999"), std::nullopt);
}

// The result in words: the producer's waits are a count, "1 time" or "39 times", or none at all. The
// test loads no translator, so a %n message keeps its "(s)" here; the app's English plurals
// (translations/concurrency-lab_en.ts, checked by tst_englishplurals) make it "time" or "times".
void TestSharedStateQueues::describeReads()
{
    QueueResult result;
    result.consumers = 4;
    result.capacity = 1;
    result.items = 40;
    result.sum = QueueResult::sumOf(40);
    result.perConsumer = {10, 10, 10, 10};
    result.elapsedNs = 200'000'000;
    result.producerWaits = 39;
    QVERIFY2(describe(result).startsWith(u"40 items, sum 820, by 4 consumers (10, 10, 10, 10), 200 items/s; "_s), qPrintable(describe(result)));
    // Counts read as English does (the English plurals the app and the tests install).
    QVERIFY2(describe(result).endsWith(u"; the producer waited 39 times for room"_s), qPrintable(describe(result)));
    result.producerWaits = 1;
    QVERIFY2(describe(result).endsWith(u"; the producer waited 1 time for room"_s), qPrintable(describe(result)));
    result.producerWaits = 1234;
    QVERIFY2(describe(result).endsWith(u"; the producer waited 1,234 times for room"_s), qPrintable(describe(result)));   // %Ln: grouped
    result.producerWaits = 0;
    QVERIFY2(describe(result).endsWith(u"; the producer never had to wait for room"_s), qPrintable(describe(result)));
    result.items = 1;
    result.sum = 1;
    result.consumers = 1;
    result.perConsumer = {1};
    QVERIFY2(describe(result).startsWith(u"1 item, sum 1, by 1 consumer (1), "_s), qPrintable(describe(result)));
}

// The queue demos' throughputs are measurements: "--run queues" runs them one after another, never
// side by side, where they would share the cores and the GUI thread.
void TestSharedStateQueues::queueDemosRunOneAtATime()
{
    const QList<Demo> demos = SharedStateLesson::queueDescriptors();
    QCOMPARE(demos.size(), 7);
    for (const Demo &demo : demos)
        QVERIFY2(demo.measuresTheMachine, qPrintable(demo.id));
}

void TestSharedStateQueues::viewShowsProgress()
{
    auto runner = makeRunner(UnitKind::Coroutine, QueueOrder::Fifo, {4, 200, 10, 5});
    QueueView view(runner.get(), QueueView::Kind::Queue);
    QueueProgress progress;
    progress.queued = 7;
    progress.capacity = 10;
    progress.inFlight = {1, 1, 0, 1};
    progress.done = 120;
    progress.items = 200;
    progress.producerWaiting = true;
    progress.producerWaits = 12;
    progress.running = true;
    progress.firstTaken = {10, 9, 8};
    view.setProgress(progress);
    QCOMPARE(view.orderText(), u"taken first: 10, 9, 8, \u2026"_s);
    QCOMPARE(view.fillText(), u"7 of 10 in the queue"_s);
    QCOMPARE(view.findChild<QProgressBar *>(u"queueFill"_s)->value(), 7);
    QVERIFY(view.showsProducerWaiting());
    QVERIFY2(view.producerText().contains(u"waiting for room"_s), qPrintable(view.producerText()));
    QVERIFY2(view.consumersText().contains(u"3"_s), qPrintable(view.consumersText()));
    progress.producerWaiting = false;
    view.setProgress(progress);
    QVERIFY(!view.showsProducerWaiting());

    // The view follows its runner's published progress.
    QVERIFY(runToEnd(*runner));
    QCOMPARE(view.shownProgress().done, 200);
    QVERIFY(!view.showsProducerWaiting());
    // The process demo: the items waiting in the pipes (sent to a busy child, not taken yet), and the
    // children at work, one item each.
    QueueView pipes(nullptr, QueueView::Kind::Pipes);
    pipes.setProgress(progress);
    QCOMPARE(pipes.fillText(), u"7 of 10 waiting in the pipes"_s);
    QCOMPARE(pipes.consumersText(), u"at work: 3 of 4"_s);
}

LAB_TEST_MAIN(TestSharedStateQueues)
#include "tst_sharedstatequeues.moc"

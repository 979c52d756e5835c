// SPDX-License-Identifier: MIT
// What each step of lesson 5's queue demos does, in words: the Qt code beside its Python counterpart.
#include "sharedstate.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

namespace {

DemoStep step(const QString &id, const char *title, const char *explanation)
{
    return {id, title, explanation};
}

DemoStep createQueue(UnitKind model)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Create the bounded queue");
    switch (model) {
    case UnitKind::Coroutine:
        return step(u"create-queue"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "An AsyncQueue of capacity C, for coroutines on one thread: no lock, since only the GUI thread "
                    "touches it. co_await put() suspends a coroutine while it is full, co_await get() while it is "
                    "empty. Its order picks the item that comes out next: the first in, the last in, or the "
                    "smallest. Python: jobs = asyncio.Queue(maxsize=capacity) (LifoQueue, PriorityQueue)"));
    case UnitKind::ChildProcess:
        return step(u"create-queue"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "There is no queue object: each child's stdin pipe carries its items and its stdout the answers. "
                    "A child works on one item at a time; the parent lets at most C more wait in the pipes (sent, "
                    "not yet taken): that is the queue's capacity. Python: jobs = multiprocessing.Queue(maxsize=capacity), itself a pipe "
                    "with locks, a feeder thread and a semaphore for the capacity"));
    default:
        return step(u"create-queue"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "A BlockingQueue of capacity C: one QMutex guards its items, and two QWaitConditions let the "
                    "producer sleep while it is full and a consumer while it is empty. Its order picks the item "
                    "that comes out next: the first in, the last in, or the smallest. Python: "
                    "jobs = queue.Queue(maxsize=capacity) (LifoQueue, PriorityQueue)"));
    }
}

DemoStep startConsumers(UnitKind model)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Start the K consumers");
    switch (model) {
    case UnitKind::Coroutine:
        return step(u"start-consumers"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "K consumer coroutines start on the GUI thread. A QCoro::Task runs at once, so each first "
                    "yields one turn of the event loop: a task made by asyncio.create_task() also waits for its "
                    "first turn. Python: asyncio.create_task(consume(jobs, work_seconds))"));
    case UnitKind::ChildProcess:
        return step(u"start-consumers"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "K concurrency-lab-worker children start, each running the queue-consumer workload; the "
                    "producer sends to a child once it says it is ready. Python: "
                    "multiprocessing.Process(target=consume, ...).start()"));
    default:
        return step(u"start-consumers"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "K QThreads start; each blocks in get() until an item comes. The producer thread started just "
                    "before them: in step mode it fills the queue while nobody takes, and waits. Python: "
                    "threading.Thread(target=consume, ...).start()"));
    }
}

DemoStep put(UnitKind model)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Put an item");
    switch (model) {
    case UnitKind::Coroutine:
        return step(u"put"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "co_await put(): with room, the item goes in without suspending; when the queue is full, the "
                    "producer coroutine is suspended until a consumer takes an item, and the window runs on. "
                    "Back-pressure, without a thread. Python: await jobs.put((n % 3, n))"));
    case UnitKind::ChildProcess:
        return step(u"put"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The GUI thread writes \"item n\" to the stdin of an idle child, which takes it at once, or "
                    "else of the child with the fewest items waiting. With C items waiting it sends no more until "
                    "a child answers: back-pressure, and the window never blocks. Python: jobs.put(n)"));
    default:
        return step(u"put"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The producer thread puts item n, with its priority n % 3. When the queue is full, put() "
                    "blocks the thread on a QWaitCondition until a consumer takes one: back-pressure, a fast "
                    "producer cannot run ahead of slow consumers. Python: jobs.put((n % 3, n))"));
    }
}

DemoStep get(UnitKind model)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Take the next item");
    switch (model) {
    case UnitKind::Coroutine:
        return step(u"get"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "co_await get(): the next item, or the coroutine is suspended until one comes; waiting "
                    "consumers are served first come, first served, and each item goes to exactly one of them. "
                    "Python: item = await jobs.get()"));
    case UnitKind::ChildProcess:
        return step(u"get"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The child reads its next \"item n\" line from its stdin; an empty pipe blocks the child, "
                    "never the parent. Python: n = jobs.get()"));
    default:
        return step(u"get"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "A consumer thread takes the next item in the queue's order; an empty queue blocks it in get() "
                    "until the producer puts one. The mutex makes sure each item goes to exactly one consumer. "
                    "Python: item = jobs.get()"));
    }
}

DemoStep work(UnitKind model)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Work on the item");
    switch (model) {
    case UnitKind::Coroutine:
        return step(u"work"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "co_await InterruptibleSleep(W): the consumer is suspended for W ms while the others and the "
                    "window run; one heap of wake-up times serves every sleeper, not one QTimer each. "
                    "Python: await asyncio.sleep(work_seconds)"));
    case UnitKind::ChildProcess:
        return step(u"work"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The child sleeps W ms (a cancel wakes it), then answers \"done n\" on its stdout; the parent "
                    "counts the item and sends the next. Python: time.sleep(work_seconds)"));
    default:
        return step(u"work"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The consumer sleeps W ms on a QWaitCondition with a deadline, so a cancel wakes it at once. "
                    "The consumers are slower than the producer: the queue fills up. Python: "
                    "time.sleep(work_seconds)"));
    }
}

DemoStep putSentinel(UnitKind model, QueueOrder order)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Put one sentinel per consumer");
    if (model == UnitKind::ChildProcess) {
        return step(u"put-sentinel"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "Once every item is sent, each child gets \"end\" behind its items in its pipe: it finishes "
                    "them, answers how many it did and exits. Python: jobs.put(None) for each consumer"));
    }
    switch (order) {
    case QueueOrder::Lifo:
        return step(u"put-sentinel"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "A stack hands out the last item put first: a sentinel put while items still wait would stop a "
                    "consumer before them. So the producer first waits until every item is done (Python: "
                    "jobs.join(); here the consumer that finishes the last item says so on a queue of one place), "
                    "then puts one sentinel per consumer. Python: jobs.put(STOP)"));
    case QueueOrder::Priority:
        return step(u"put-sentinel"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The sentinel has the largest priority, so the queue hands it out after every item: a consumer "
                    "takes it only when no item is left. None would not do in Python: it cannot be compared with a "
                    "tuple. Python: jobs.put((math.inf, 0))"));
    case QueueOrder::Fifo:
        break;
    }
    return step(u"put-sentinel"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                "After the last item, one sentinel per consumer: an item that means \"no more\". First in, first "
                "out: each comes after every item. Python: jobs.put(STOP)"));
}

DemoStep join(UnitKind model)
{
    const char *title = QT_TRANSLATE_NOOP("StepCatalog", "Wait for every consumer");
    switch (model) {
    case UnitKind::Coroutine:
        return step(u"join"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "The producer coroutine awaits each consumer's task in turn; each returns how many items it "
                    "did and their sum. Python: await asyncio.gather(*tasks)"));
    case UnitKind::ChildProcess:
        return step(u"join"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "Every child has exited and been reaped; the count each answered must match the items the "
                    "parent saw it do. Python: child.join() for each"));
    default:
        return step(u"join"_s, title, QT_TRANSLATE_NOOP("StepCatalog",
                    "Every thread has ended, each consumer after its sentinel; the GUI thread reads each one's "
                    "count and sum. Python: thread.join() for each"));
    }
}

DemoStep report()
{
    return step(u"report"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the items"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The items and their sum, added over the consumers, must be J and J x (J + 1) / 2: none lost, "
                "none taken twice. How often the producer found the queue full measures the back-pressure; the "
                "first items taken show the queue's order. Python: report(...) in queue_cli.py"));
}

} // namespace

QList<DemoStep> queueSteps(UnitKind model, QueueOrder order)
{
    return {createQueue(model), startConsumers(model), put(model),        get(model),
            work(model),        putSentinel(model, order), join(model), report()};
}

} // namespace SharedStateLesson

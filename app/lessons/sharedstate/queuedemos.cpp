// SPDX-License-Identifier: MIT
// Lesson 5's queues: one producer and K consumers passing J items through each model's queue, with
// back-pressure: threads and a BlockingQueue, coroutines and an AsyncQueue (each first in first out,
// last in first out, or by priority), and child processes whose pipes are the queue.
#include "sharedstate.h"

#include "coroutinequeuerunner.h"
#include "processqueuerunner.h"
#include "threadqueuerunner.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

namespace {

// Test runs stay small. The page sets K, J, C and W on every runner before any run; a runner made
// alone for the classroom (a test that cancels a run midway) gets more items, so that its consumers
// are still working when the cancel comes.
QueueParameters queueParametersFor(RunSize size)
{
    if (size == RunSize::Test)
        return {2, 20, 3, 1};
    QueueParameters classroom;
    classroom.items = 1000;
    return classroom;
}

// No item lost or taken twice, by the K consumers of the test size.
ResultCheck nothingLost()
{
    const QueueParameters test = queueParametersFor(RunSize::Test);
    return resultHas({{u"items"_s, test.items}, {u"sum"_s, QueueResult::sumOf(test.items)}, {u"consumers"_s, test.consumers}});
}

Demo queueDemo(const char *id, const char *title, const char *python, UnitKind model, QueueOrder order)
{
    // The queues table's row of its model: this demo shows it live.
    const QString row = model == UnitKind::WorkerThread ? u"queues/thread-queue"_s
        : model == UnitKind::Coroutine                   ? u"queues/async-queue"_s
                                                         : u"queues/process-queue"_s;
    const char *runnerFile = model == UnitKind::WorkerThread ? "threadqueuerunner.cpp"
        : model == UnitKind::Coroutine                       ? "coroutinequeuerunner.cpp"
                                                             : "processqueuerunner.cpp";
    const char *pythonFile = model == UnitKind::WorkerThread ? "python/queue_threads.py"
        : model == UnitKind::Coroutine                       ? "python/queue_asyncio.py"
                                                             : "python/queue_processes.py";
    QStringList files{lessonFile(runnerFile)};
    if (model == UnitKind::ChildProcess)
        files << lessonFile("queueconsumerworkload.cpp");
    files << lessonFile("queuerunner.cpp") << lessonFile("queueresult.cpp");
    Demo demo{
        QString::fromLatin1(id),
        title,
        python,
        [id, model, order](RunSize size) -> std::unique_ptr<DemoRunner> {
            const QString demoId = QString::fromLatin1(id);
            const QueueParameters parameters = queueParametersFor(size);
            if (model == UnitKind::WorkerThread)
                return std::make_unique<ThreadQueueRunner>(demoId, order, parameters);
            if (model == UnitKind::Coroutine)
                return std::make_unique<CoroutineQueueRunner>(demoId, order, parameters);
            return std::make_unique<ProcessQueueRunner>(demoId, parameters);
        },
        {files, lessonFile(pythonFile), queueSteps(model, order)},
        // The thread queue waits on two QWaitConditions: the locks table's condition row.
        model == UnitKind::WorkerThread ? QStringList{row, u"locks/condition"_s} : QStringList{row},
        nothingLost(),
    };
    // The throughput (items/s) is a measurement of the machine: one queue demo at a time, never beside
    // the others ("--run queues") or another lesson's measurements.
    demo.measuresTheMachine = true;
    return demo;
}

} // namespace

QList<Demo> queueDescriptors()
{
    const UnitKind threads = UnitKind::WorkerThread;
    const UnitKind coroutines = UnitKind::Coroutine;
    return {
        queueDemo("queue-threads", QT_TRANSLATE_NOOP("Demo", "Threads + BlockingQueue"),
                  QT_TRANSLATE_NOOP("Demo", "Python: queue.Queue"), threads, QueueOrder::Fifo),
        queueDemo("queue-threads-lifo", QT_TRANSLATE_NOOP("Demo", "Threads, LIFO queue"),
                  QT_TRANSLATE_NOOP("Demo", "Python: queue.LifoQueue"), threads, QueueOrder::Lifo),
        queueDemo("queue-threads-priority", QT_TRANSLATE_NOOP("Demo", "Threads, priority queue"),
                  QT_TRANSLATE_NOOP("Demo", "Python: queue.PriorityQueue (priority n % 3)"), threads, QueueOrder::Priority),
        queueDemo("queue-coroutines", QT_TRANSLATE_NOOP("Demo", "Coroutines + AsyncQueue"),
                  QT_TRANSLATE_NOOP("Demo", "Python: asyncio.Queue"), coroutines, QueueOrder::Fifo),
        queueDemo("queue-coroutines-lifo", QT_TRANSLATE_NOOP("Demo", "Coroutines, LIFO queue"),
                  QT_TRANSLATE_NOOP("Demo", "Python: asyncio.LifoQueue"), coroutines, QueueOrder::Lifo),
        queueDemo("queue-coroutines-priority", QT_TRANSLATE_NOOP("Demo", "Coroutines, priority queue"),
                  QT_TRANSLATE_NOOP("Demo", "Python: asyncio.PriorityQueue (priority n % 3)"), coroutines, QueueOrder::Priority),
        queueDemo("queue-processes", QT_TRANSLATE_NOOP("Demo", "Processes + pipes"),
                  QT_TRANSLATE_NOOP("Demo", "Python: multiprocessing.Queue"), UnitKind::ChildProcess, QueueOrder::Fifo),
    };
}

} // namespace SharedStateLesson

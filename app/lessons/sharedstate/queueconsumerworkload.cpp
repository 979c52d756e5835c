// SPDX-License-Identifier: MIT
// Part B's consumer as a workload of concurrency-lab-worker, one child of K:
//   --workload queue-consumer -- --work-ms W
// The parent is the producer: it writes "job item <n>" lines on this child's stdin, which is this
// child's end of the queue, and "end" (the sentinel) after its last item. The child takes them in the
// order they came, works W ms on each (an interruptible sleep), answers "result done <n>" for each,
// and at the end answers how many items it did. Compiled into the worker (WORKER_SOURCES in
// CMakeLists.txt).
#include "blockinggate.h"
#include "queueresult.h"
#include "workerworkloads.h"

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<int> workMsOf(const QStringList &arguments)
{
    if (arguments.size() != 2 || arguments.at(0) != u"--work-ms"_s)
        return std::nullopt;
    bool ok = false;
    const int ms = arguments.at(1).toInt(&ok);
    if (!ok || ms < 0 || ms > QueueParameters::mostWorkMs)
        return std::nullopt;
    return ms;
}

// Python (queue_processes.py): def consume(jobs, work_seconds, results, index)
std::optional<int> consumeItems(const WorkerWorkloads::Context &context)
{
    const std::chrono::milliseconds work(*workMsOf(context.arguments));
    int count = 0;
    for (;;) {
        const std::optional<QByteArray> job = context.nextJob();   // step: get
        if (!job)
            break;   // "end": this child's sentinel (or the parent went away)
        const std::optional<int> n = QueueJobs::itemOfJob(*job);
        if (!n)
            return std::nullopt;   // not from our parent: stop rather than guess
        // Only the first few items print their steps: the parent shows how it goes, not every item.
        const bool traced = count < queueTracedItems;
        if (traced && !context.reach(u"get"_s))
            return std::nullopt;
        if (traced && !context.reach(u"work"_s))
            return std::nullopt;
        const bool worked = context.gate.sleepFor(work);   // step: work
        if (!worked)
            return std::nullopt;   // cancelled
        ++count;
        context.sendResult(QueueJobs::resultText(*n));
    }
    if (context.gate.isCancelled())
        return std::nullopt;
    return count;
}

const WorkerWorkloads::Registration registration(u"queue-consumer"_s, {
    [](const QStringList &arguments) {
        return workMsOf(arguments) ? QString() : u"queue-consumer takes --work-ms 0..%1"_s.arg(QueueParameters::mostWorkMs);
    },
    consumeItems,
});

} // namespace

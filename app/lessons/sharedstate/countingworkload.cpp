// SPDX-License-Identifier: MIT
// Lesson 5's counters as a workload of concurrency-lab-worker, one child of N:
//   --workload counter -- --mode isolated|shared|semaphore|messages --increments M [--key K] [--widen]
// The child gets ready (attaches to the parent's shared counter and semaphore, key K), says "set",
// and waits for the parent's "go", which comes once every child is set: so they really count at
// the same time. Then it adds 1 M times its demo's way, says when it stopped ("done <ns>") and
// answers how many times it added. --widen (the shared modes only; the page's "Yield between read and
// write"): the child yields the CPU between its read and its write. Compiled into the worker
// (WORKER_SOURCES in CMakeLists.txt).
#include "childcounting.h"
#include "counterresult.h"
#include "sharedcountersegment.h"
#include "workerworkloads.h"

#include <QRegularExpression>
#include <QSystemSemaphore>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Arguments {
    CountingMode mode = CountingMode::Isolated;
    qint64 increments = 0;
    QString key;   // the shared counter's; only for the shared modes
    bool widen = false;   // yield between the read and the write; only for the shared modes
};

bool sharesMemory(CountingMode mode)
{
    return mode == CountingMode::SharedUnlocked || mode == CountingMode::SharedSemaphore;
}

// The arguments as pairs of "--name value" and the flag "--widen", or nullopt with the reason in `error`.
std::optional<Arguments> parse(const QStringList &arguments, QString *error)
{
    static const QHash<QString, CountingMode> modes{{u"isolated"_s, CountingMode::Isolated},
                                                    {u"shared"_s, CountingMode::SharedUnlocked},
                                                    {u"semaphore"_s, CountingMode::SharedSemaphore},
                                                    {u"messages"_s, CountingMode::Messages}};
    static const QRegularExpression keyPattern(u"^[a-z0-9-]{1,100}$"_s);
    const QString usage = u"counter takes --mode isolated|shared|semaphore|messages --increments 1..%1, and --key K and "
                          "--widen for shared and semaphore only"_s.arg(CounterParameters::mostIncrements);
    Arguments parsed;
    bool hasMode = false;
    for (qsizetype i = 0; i < arguments.size();) {
        const QString &name = arguments.at(i);
        if (name == u"--widen"_s && !parsed.widen) {   // a flag: no value
            parsed.widen = true;
            ++i;
            continue;
        }
        if (i + 1 == arguments.size() || name == u"--widen"_s) {
            *error = usage;
            return std::nullopt;
        }
        const QString &value = arguments.at(i + 1);
        i += 2;
        bool ok = true;
        if (name == u"--mode"_s && modes.contains(value)) {
            parsed.mode = modes.value(value);
            hasMode = true;
        } else if (name == u"--increments"_s) {
            parsed.increments = value.toLongLong(&ok);
        } else if (name == u"--key"_s && keyPattern.match(value).hasMatch()) {
            parsed.key = value;
        } else {
            ok = false;
        }
        if (!ok) {
            *error = u"counter does not take %1 %2"_s.arg(name, value);
            return std::nullopt;
        }
    }
    if (!hasMode || parsed.increments < 1 || parsed.increments > CounterParameters::mostIncrements
        || sharesMemory(parsed.mode) == parsed.key.isEmpty() || (parsed.widen && !sharesMemory(parsed.mode))) {
        *error = usage;
        return std::nullopt;
    }
    return parsed;
}

// Python: start.wait() on a multiprocessing.Barrier. Here the parent is the barrier: this child says
// it is set, and waits for the parent's go, which comes once every child is set.
bool waitForGo(const WorkerWorkloads::Context &context)
{
    context.sendResult(CountingWords::set);
    const std::optional<QByteArray> job = context.nextJob();
    return job && *job == CountingWords::go;
}

// The child's count, its demo's way; nullopt when cancelled or when it cannot reach the shared
// counter (it then tells the parent why).
std::optional<qint64> count(const WorkerWorkloads::Context &context, const Arguments &arguments)
{
    ChildCounting::Steps steps(context);
    if (arguments.mode == CountingMode::Isolated) {
        if (!waitForGo(context))
            return std::nullopt;
        return ChildCounting::addToOwnCopy(steps, arguments.increments);
    }
    if (arguments.mode == CountingMode::Messages) {
        if (!waitForGo(context))
            return std::nullopt;
        return ChildCounting::countAndSend(context, steps, arguments.increments);
    }
    // Python: the child gets the parent's Value (and Lock) as arguments of its Process.
    SharedCounterSegment segment(arguments.key);
    if (!segment.attach()) {
        context.sendResult(CountingWords::noSegment);
        return std::nullopt;
    }
    if (arguments.mode == CountingMode::SharedUnlocked) {
        if (!waitForGo(context))
            return std::nullopt;
        return ChildCounting::addUnlocked(segment.counter(), steps, arguments.increments, arguments.widen);
    }
    // Open: use the parent's semaphore as it is (Create would reset its count).
    QSystemSemaphore lock(SharedCounterSegment::semaphoreKey(arguments.key), 0, QSystemSemaphore::Open);
    if (lock.error() != QSystemSemaphore::NoError) {
        context.sendResult(CountingWords::noSemaphore);
        return std::nullopt;
    }
    if (!waitForGo(context))
        return std::nullopt;
    return ChildCounting::addUnderSemaphore(segment.counter(), lock, steps, arguments.increments, arguments.widen);
}   // the child detaches from the segment here; the parent removes it once every child is gone

std::optional<int> countInChild(const WorkerWorkloads::Context &context)
{
    QString error;
    const std::optional<Arguments> arguments = parse(context.arguments, &error);   // checked before "ready"
    const std::optional<qint64> counted = arguments ? count(context, *arguments) : std::nullopt;
    if (!counted)
        return std::nullopt;
    context.sendResult(CountingWords::done(CountingWords::steadyNowNs()));
    return int(*counted);   // the worker prints "answer <n>": how many times this child added 1
}

const WorkerWorkloads::Registration registration(u"counter"_s, {
    [](const QStringList &arguments) {
        QString error;
        return parse(arguments, &error) ? QString() : error;
    },
    countInChild,
});

} // namespace

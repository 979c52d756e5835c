// SPDX-License-Identifier: MIT
// Lesson 5's demos: part A's thread and coroutine counters here; the process counters and part B's
// queues in processcounterdemos.cpp and queuedemos.cpp.
#include "sharedstate.h"

#include "coroutinecounterrunner.h"
#include "threadcounterrunner.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

QString lessonFile(const char *name)
{
    return u"app/lessons/sharedstate/"_s + QLatin1StringView(name);
}

CounterParameters counterParametersFor(RunSize size)
{
    if (size == RunSize::Test)
        return {2, 1000, false};
    return {4, CounterParameters::mostIncrements, false};
}

namespace {

QList<DemoId> idsOf(const QList<Demo> &demos)
{
    QList<DemoId> ids;
    for (const Demo &demo : demos)
        ids.append(demo.id);
    return ids;
}

ResultCheck nothingLost(int units, int increments)
{
    return resultHas({{u"lost"_s, 0}, {u"units"_s, units}, {u"increments"_s, increments}});
}

Demo threadDemo(const char *id, const char *title, const char *python, const char *pythonFile, ThreadCounterRunner::Variant variant,
                QList<DemoStep> steps, QStringList provesRows)
{
    using Variant = ThreadCounterRunner::Variant;
    const char *increments = variant == Variant::Unlocked ? "unlockedincrement.cpp"
        : variant == Variant::Mutex                       ? "mutexincrement.cpp"
        : variant == Variant::Atomic                      ? "atomicincrement.cpp"
                                                          : "longcriticalsection.cpp";
    const CounterParameters test = counterParametersFor(RunSize::Test);
    const int testIncrements = variant == Variant::LongCriticalSection
        ? 2 * CounterParameters::longSectionIncrements(test.increments)
        : test.increments;
    return {
        QString::fromLatin1(id),
        title,
        python,
        [id, variant](RunSize size) -> std::unique_ptr<DemoRunner> {
            return std::make_unique<ThreadCounterRunner>(QString::fromLatin1(id), variant, counterParametersFor(size));
        },
        {{lessonFile("threadcounterrunner.cpp"), lessonFile(increments), lessonFile("countingthreads.cpp"), lessonFile("counterresult.cpp")},
         lessonFile("python/") + QLatin1StringView(pythonFile),
         std::move(steps)},
        std::move(provesRows),
        // Without a lock the losses are whatever the machine made of it: only the expected total is checked.
        variant == Variant::Unlocked ? resultHas({{u"expected"_s, test.units * test.increments}})
                                     : nothingLost(test.units, testIncrements),
        true,
    };
}

Demo coroutineDemo(const char *id, const char *title, const char *python, const char *pythonFile, CoroutineCounterRunner::Variant variant,
                   QList<DemoStep> steps, QStringList provesRows)
{
    using Variant = CoroutineCounterRunner::Variant;
    const char *increments = variant == Variant::WithoutAwait ? "coroutineincrement.cpp"
        : variant == Variant::AwaitInside                     ? "awaitingincrement.cpp"
                                                              : "lockedincrement.cpp";
    const CounterParameters test = counterParametersFor(RunSize::Test);
    // One thread: the interleaving is deterministic. With a co_await between the read and the write,
    // every round of N coroutines adds one: exactly M of N x M.
    const ResultCheck check = variant == Variant::AwaitInside
        ? resultHas({{u"total"_s, test.increments}, {u"lost"_s, (test.units - 1) * test.increments}})
        : nothingLost(test.units, test.increments);
    QStringList files{lessonFile("coroutinecounterrunner.cpp"), lessonFile(increments), lessonFile("counterresult.cpp")};
    if (variant == Variant::AwaitUnderLock)
        files.insert(2, lessonFile("asyncmutex.cpp"));
    return {
        QString::fromLatin1(id),
        title,
        python,
        [id, variant](RunSize size) -> std::unique_ptr<DemoRunner> {
            return std::make_unique<CoroutineCounterRunner>(QString::fromLatin1(id), variant, counterParametersFor(size));
        },
        {files, lessonFile("python/") + QLatin1StringView(pythonFile), std::move(steps)},
        std::move(provesRows),
        check,
        // Their time per increment is the GUI thread's: busy threads of another demo would slow it.
        true,
    };
}

} // namespace

QList<Demo> threadCounterDescriptors()
{
    using Variant = ThreadCounterRunner::Variant;
    return {
        threadDemo("counter-threads-nolock", QT_TRANSLATE_NOOP("Demo", "Threads, no lock"),
                   QT_TRANSLATE_NOOP("Demo", "Python: threads, no lock"), "counter_threads_nolock.py", Variant::Unlocked,
                   threadCounterSteps(false, false, false), {u"multitasking/races"_s, u"execution-units/communication-python"_s}),
        threadDemo("counter-threads-mutex", QT_TRANSLATE_NOOP("Demo", "Threads with a QMutex"),
                   QT_TRANSLATE_NOOP("Demo", "Python: threading.Lock"), "counter_threads_lock.py", Variant::Mutex,
                   threadCounterSteps(true, false, false), {u"locks/mutex"_s, u"execution-units/communication-qt"_s}),
        threadDemo("counter-threads-atomic", QT_TRANSLATE_NOOP("Demo", "Threads with an atomic"),
                   QT_TRANSLATE_NOOP("Demo", "Python: itertools.count (no atomics)"), "counter_threads_atomic.py", Variant::Atomic,
                   threadCounterSteps(false, true, false), {u"locks/mutex"_s}),
        threadDemo("counter-threads-long-lock", QT_TRANSLATE_NOOP("Demo", "Threads, long critical section"),
                   QT_TRANSLATE_NOOP("Demo", "Python: work inside threading.Lock"), "counter_threads_long_lock.py", Variant::LongCriticalSection,
                   threadCounterSteps(true, false, true), {u"locks/mutex"_s}),
    };
}

QList<Demo> coroutineCounterDescriptors()
{
    using Variant = CoroutineCounterRunner::Variant;
    return {
        coroutineDemo("counter-coroutines", QT_TRANSLATE_NOOP("Demo", "Coroutines, no await inside"),
                      QT_TRANSLATE_NOOP("Demo", "Python: asyncio tasks, no await inside"), "counter_asyncio.py", Variant::WithoutAwait,
                      coroutineCounterSteps(false, false),
                      {u"execution-units/communication-qt"_s, u"multitasking/races"_s, u"summary/races-qt"_s}),
        coroutineDemo("counter-coroutines-await", QT_TRANSLATE_NOOP("Demo", "Coroutines, await inside"),
                      QT_TRANSLATE_NOOP("Demo", "Python: await asyncio.sleep(0) inside"), "counter_asyncio_await.py", Variant::AwaitInside,
                      coroutineCounterSteps(true, false), {u"multitasking/races"_s, u"execution-units/communication-python"_s}),
        coroutineDemo("counter-coroutines-lock", QT_TRANSLATE_NOOP("Demo", "Coroutines with an async lock"),
                      QT_TRANSLATE_NOOP("Demo", "Python: asyncio.Lock"), "counter_asyncio_lock.py", Variant::AwaitUnderLock,
                      coroutineCounterSteps(true, true), {u"locks/async-lock"_s}),
    };
}

QList<DemoId> threadCounterDemos()
{
    return idsOf(threadCounterDescriptors());
}

QList<DemoId> coroutineCounterDemos()
{
    return idsOf(coroutineCounterDescriptors());
}

QList<DemoId> processCounterDemos()
{
    return idsOf(processCounterDescriptors());
}

QList<DemoId> queueDemos()
{
    return idsOf(queueDescriptors());
}

QList<Demo> demos()
{
    return threadCounterDescriptors() + coroutineCounterDescriptors() + processCounterDescriptors() + queueDescriptors();
}

} // namespace SharedStateLesson

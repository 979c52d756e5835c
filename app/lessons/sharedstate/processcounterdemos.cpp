// SPDX-License-Identifier: MIT
// Lesson 5's process counters: N concurrency-lab-worker children add 1 to "the" counter M times each,
// in their own copies, in shared memory with and without a QSystemSemaphore, or sending their counts.
#include "sharedstate.h"

#include "processcounterrunner.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

namespace {

Demo processDemo(const char *id, const char *title, const char *python, const char *pythonFile, ProcessCounterRunner::Variant variant,
                 QStringList provesRows)
{
    using Variant = ProcessCounterRunner::Variant;
    const bool shared = variant == Variant::SharedUnlocked || variant == Variant::SharedSemaphore;
    QStringList files{lessonFile("processcounterrunner.cpp"), lessonFile("countingchildren.cpp")};
    if (shared)
        files << lessonFile("sharedcountersegment.cpp");
    files << lessonFile("countingworkload.cpp");
    files << (variant == Variant::Isolated         ? lessonFile("isolatedcount.cpp")
              : variant == Variant::Messages       ? lessonFile("messagecount.cpp")
              : variant == Variant::SharedUnlocked ? lessonFile("sharedmemoryincrement.cpp")
                                                   : lessonFile("semaphoreincrement.cpp"));
    files << lessonFile("counterresult.cpp");

    const CounterParameters test = counterParametersFor(RunSize::Test);
    const int expected = test.units * test.increments;
    // Without a lock the losses are whatever the machine made of it: only the expected total is checked.
    const ResultCheck check = variant == Variant::Isolated
        ? resultHas({{u"total"_s, 0}, {u"childrenCounted"_s, expected}})
        : variant == Variant::SharedUnlocked
        ? resultHas({{u"expected"_s, expected}})
        : resultHas({{u"lost"_s, 0}, {u"units"_s, test.units}, {u"increments"_s, test.increments}});
    return {
        QString::fromLatin1(id),
        title,
        python,
        [id, variant](RunSize size) -> std::unique_ptr<DemoRunner> {
            return std::make_unique<ProcessCounterRunner>(QString::fromLatin1(id), variant, counterParametersFor(size));
        },
        {files, lessonFile("python/") + QLatin1StringView(pythonFile),
         processCounterSteps(shared, variant == Variant::SharedSemaphore, variant == Variant::Messages)},
        std::move(provesRows),
        check,
        true,   // processes on every core: timings need the machine to themselves
    };
}

} // namespace

QList<Demo> processCounterDescriptors()
{
    using Variant = ProcessCounterRunner::Variant;
    return {
        processDemo("counter-processes-isolated", QT_TRANSLATE_NOOP("Demo", "Processes, own copies"),
                    QT_TRANSLATE_NOOP("Demo", "Python: a global in each multiprocessing.Process"), "counter_processes_isolated.py",
                    Variant::Isolated, {u"execution-units/communication-python"_s}),
        processDemo("counter-processes-shared", QT_TRANSLATE_NOOP("Demo", "Shared memory, no lock"),
                    QT_TRANSLATE_NOOP("Demo", "Python: multiprocessing.Value, no lock"), "counter_processes_shared.py",
                    Variant::SharedUnlocked, {u"execution-units/communication-qt"_s}),
        processDemo("counter-processes-semaphore", QT_TRANSLATE_NOOP("Demo", "Shared memory + QSystemSemaphore"),
                    QT_TRANSLATE_NOOP("Demo", "Python: multiprocessing.Value + Lock"), "counter_processes_lock.py",
                    Variant::SharedSemaphore, {u"locks/process-lock"_s}),
        processDemo("counter-processes-messages", QT_TRANSLATE_NOOP("Demo", "Processes send their counts"),
                    QT_TRANSLATE_NOOP("Demo", "Python: multiprocessing.Queue of counts"), "counter_processes_messages.py",
                    Variant::Messages, {u"execution-units/communication-python"_s, u"execution-units/communication-qt"_s}),
    };
}

} // namespace SharedStateLesson

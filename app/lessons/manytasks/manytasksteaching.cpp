// SPDX-License-Identifier: MIT
// Lesson 4's teaching aids: the question the class answers before the sleepers run, notes for the
// teacher, and David Beazley's line on threads that wait.
#include "manytasks.h"

using namespace Qt::Literals::StringLiterals;

namespace ManyTasksLesson {

Teaching teaching()
{
    QList<DemoId> sleepers;
    for (const bool python : {false, true}) {
        for (const SleepersModel model : sleepersModels())
            sleepers.append(sleepersDemo(model, python));
    }
    return {
        QT_TRANSLATE_NOOP("Lesson", "Part B: how many units that each sleep 1 s can each model start: coroutines, threads, "
                                    "processes? And how long do 100,000 coroutines take?"),
        QT_TRANSLATE_NOOP("Lesson", "C++ coroutines: up to a million (memory allowing), and 100,000 of them end a fraction "
                                    "of a second after their 1 s sleep, at a few hundred bytes each. CPython's asyncio tasks "
                                    "cost more (1 to 1.5 KB each, and a second or two beyond the sleep for 100,000), still far "
                                    "below threads. Threads stop at thousands and processes at hundreds, each far more costly: "
                                    "see the limits beside the counts, and “Launch (per unit)”, “Beyond the sleep” and “Per "
                                    "unit” in the figures of each model's last run."),
        {
            QT_TRANSLATE_NOOP("Lesson", "Write the class's guess for each model on the board, then press Run all C++ models."),
            QT_TRANSLATE_NOOP("Lesson", "Usual wrong answer: “a coroutine is a light thread, so they cost about the same”. A "
                                        "sleeping coroutine is a small frame on the heap; a thread has its own stack and kernel "
                                        "bookkeeping; a process has a whole address space."),
            QT_TRANSLATE_NOOP("Lesson", "Point at “Per unit” and “Launch (per unit)” in the figures, and at the lag meter: the "
                                        "window stays alive while 100,000 coroutines wake up."),
            QT_TRANSLATE_NOOP("Lesson", "Threads that wait cost little time: sleeping (like waiting for I/O) releases the GIL, "
                                        "so CPython's sleeping threads overlap too. Beazley's line is about them."),
            QT_TRANSLATE_NOOP("Lesson", "The chapter's rule of thumb: threads for a few I/O-bound waits, asyncio (here, "
                                        "coroutines) for many concurrent waits, processes for CPU-bound Python code."),
            QT_TRANSLATE_NOOP("Lesson", "Part A first: a QCoro::Task starts running as soon as it is called, Python's "
                                        "create_task() only when the loop gets a turn; waitFor() runs a nested event loop."),
            QT_TRANSLATE_NOOP("Lesson", "Run the CPython models too: the same shape, with larger costs per unit."),
        },
        sleepers,
        {QT_TRANSLATE_NOOP("Lesson", "Python threads are great at doing nothing."),
         QT_TRANSLATE_NOOP("Lesson", "David Beazley, quoted in Fluent Python, 2nd edition, chapter 19")},
    };
}

} // namespace ManyTasksLesson

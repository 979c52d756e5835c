// SPDX-License-Identifier: MIT
// What each step of lesson 5's counter demos does, in words: the Qt code beside its Python counterpart.
#include "sharedstate.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

namespace {

DemoStep step(const QString &id, const char *title, const char *explanation)
{
    return {id, title, explanation};
}

DemoStep read(bool coroutine)
{
    if (coroutine) {
        return step(u"read"_s, QT_TRANSLATE_NOOP("StepCatalog", "Read the counter"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "The coroutine reads the shared counter into a local variable. It is a plain integer: "
                    "all the coroutines run on the GUI thread, one at a time. (In step mode the coroutines do not "
                    "stop at their steps, the GUI thread's steps do; the code viewer still follows each one.) "
                    "Python: seen = counter.value"));
    }
    return step(u"read"_s, QT_TRANSLATE_NOOP("StepCatalog", "Read the counter"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The thread loads the shared counter into a local variable. From here until its write, "
                "another thread may change the counter: this thread will not see it. In step mode, stop one "
                "thread here and let another do a whole increment. Python: seen = counter.value"));
}

DemoStep add()
{
    return step(u"add"_s, QT_TRANSLATE_NOOP("StepCatalog", "Add one"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The new value is computed from the value read before, not from the counter as it is now. "
                "Python: new = seen + 1"));
}

DemoStep write()
{
    return step(u"write"_s, QT_TRANSLATE_NOOP("StepCatalog", "Write the counter"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The new value is stored. If another unit wrote in between, its update is overwritten: "
                "lost. Python: counter.value = new"));
}

DemoStep startUnits(bool coroutine)
{
    if (coroutine) {
        return step(u"start-units"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the coroutines"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "N coroutines are started on the GUI thread. A QCoro::Task runs at once up to its first "
                    "co_await. Python: tasks = [asyncio.create_task(count(...)) for _ in range(N)]"));
    }
    return step(u"start-units"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the threads"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "N QThreads are started; they wait at a barrier and start counting at the same instant, so "
                "that they really overlap. Python: Thread(target=count, ...).start() and barrier.wait()"));
}

DemoStep join(bool coroutine)
{
    if (coroutine) {
        return step(u"join"_s, QT_TRANSLATE_NOOP("StepCatalog", "Wait for every coroutine"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "The supervising coroutine has awaited each counting coroutine in turn. "
                    "Python: await asyncio.gather(*tasks)"));
    }
    return step(u"join"_s, QT_TRANSLATE_NOOP("StepCatalog", "Join the threads"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "Every thread has ended; the GUI thread reads the counter. Python: thread.join() for each"));
}

DemoStep report()
{
    return step(u"report"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The counter is compared with N x M, the total with no update lost; the difference is the "
                "number of lost updates. Python: print(f'{total} of {expected} ({expected - total} lost)')"));
}

DemoStep lock(bool coroutine)
{
    if (coroutine) {
        return step(u"lock"_s, QT_TRANSLATE_NOOP("StepCatalog", "Await the lock"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "co_await AsyncMutex::lock(): free, the coroutine takes it at once; held, it is suspended "
                    "in a first-come first-served queue, and unlock() hands the lock to the first waiter. "
                    "QCoro 0.8 has no asynchronous mutex: this app's is about 100 lines. "
                    "Python: async with lock: (asyncio.Lock)"));
    }
    return step(u"lock"_s, QT_TRANSLATE_NOOP("StepCatalog", "Lock the mutex"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "QMutexLocker locks the QMutex, and unlocks it when it goes out of scope. While one thread "
                "holds it, the others block here: the read, add and write now happen one thread at a time. "
                "Python: with lock: (threading.Lock)"));
}

} // namespace

QList<DemoStep> threadCounterSteps(bool locked, bool atomic, bool longSection)
{
    QList<DemoStep> steps{startUnits(false)};
    if (atomic) {
        steps.append(step(u"fetch-add"_s, QT_TRANSLATE_NOOP("StepCatalog", "Add one, atomically"),
                          QT_TRANSLATE_NOOP("StepCatalog",
                          "std::atomic::fetch_add (QAtomicInteger::fetchAndAddRelaxed): the processor reads, adds "
                          "and writes as one indivisible operation, so no update is lost and no lock is taken. "
                          "Python has no atomic integer: next(itertools.count()) is one C call that CPython "
                          "does not interrupt, an implementation detail.")));
    } else {
        if (locked)
            steps.append(lock(false));
        if (longSection) {
            steps.append(step(u"work"_s, QT_TRANSLATE_NOOP("StepCatalog", "Work while holding the lock"),
                              QT_TRANSLATE_NOOP("StepCatalog",
                              "About 10 microseconds of computing, inside the critical section: every other thread "
                              "waits for it, so the work runs one thread at a time. The second pass does the same "
                              "work before taking the lock: keep critical sections short. Python: the work inside "
                              "the with lock: block (hashing, which releases the GIL, so that moving it out helps).")));
        }
        steps.append({read(false), add(), write()});
    }
    steps.append({join(false), report()});
    return steps;
}

QList<DemoStep> coroutineCounterSteps(bool awaitInside, bool locked)
{
    QList<DemoStep> steps{startUnits(true)};
    if (locked)
        steps.append(lock(true));
    steps.append(read(true));
    if (awaitInside) {
        steps.append(step(u"await"_s, QT_TRANSLATE_NOOP("StepCatalog", "Await between the read and the write"),
                          QT_TRANSLATE_NOOP("StepCatalog",
                          "The coroutine yields one turn of the event loop. The other coroutines run now, and each "
                          "reads the same value: when they write, all but one update are lost, without any "
                          "thread. Under the lock, they wait at the lock instead. Python: await asyncio.sleep(0)")));
    }
    steps.append({add(), write(), join(true), report()});
    return steps;
}

} // namespace SharedStateLesson

// SPDX-License-Identifier: MIT
// What each step of lesson 5's process counter demos does, in words: the Qt code beside its Python
// counterpart.
#include "sharedstate.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

namespace {

DemoStep step(const QString &id, const char *title, const char *explanation)
{
    return {id, title, explanation};
}

DemoStep createShared(bool semaphore)
{
    if (semaphore) {
        return step(u"create-shared"_s, QT_TRANSLATE_NOOP("StepCatalog", "Create the shared counter and the semaphore"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "The parent creates a QSharedMemory segment the size of one 64-bit integer, under a key of "
                    "this run's own, and a QSystemSemaphore with one resource (QSystemSemaphore::Create: a "
                    "semaphore left by a crash under that key is taken over and reset). On Linux both are "
                    "System V objects of the kernel: they outlive a process that is killed. So the parent first "
                    "notes the key in a file, removes the objects that runs of app processes that are gone left "
                    "behind, and removes its own once every child has exited (or when it quits, on Ctrl+C "
                    "too). Python: counter = multiprocessing.Value('q', 0, lock=False); lock = multiprocessing.Lock()"));
    }
    return step(u"create-shared"_s, QT_TRANSLATE_NOOP("StepCatalog", "Create the shared counter"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The parent creates a QSharedMemory segment the size of one 64-bit integer, under a key of this "
                "run's own, and sets it to 0. The children attach to it by that key: the same physical memory "
                "then appears in every one of them. It outlives a process that is killed, so the parent first "
                "removes the segments that runs of app processes that are gone left behind. "
                "Python: counter = multiprocessing.Value('q', 0, lock=False)"));
}

DemoStep startChildren()
{
    return step(u"start-children"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the children"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "N concurrency-lab-worker processes are started (QProcess, no shell), each with memory of its "
                "own. Each says \"set\" when it is ready; once all have, the parent sends every one \"go\", so "
                "that they count at the same time. Python: multiprocessing.Process(target=count_up, ...).start() "
                "and barrier.wait()"));
}

DemoStep childAdd(bool ownCopy)
{
    if (ownCopy) {
        return step(u"child-add"_s, QT_TRANSLATE_NOOP("StepCatalog", "Add one to the counter"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "Each child adds 1 to a global variable, counter. But every process has its own: the "
                    "child adds to its copy, and the parent's stays 0. No lock and no atomic are needed: no "
                    "one else can see it. Python: counter += 1 (a module-level variable)"));
    }
    return step(u"child-add"_s, QT_TRANSLATE_NOOP("StepCatalog", "Count on its own"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "Each child adds 1 to a local variable of its own. Nothing is shared, so nothing can be lost "
                "and nothing needs a lock. Python: count += 1"));
}

DemoStep lock()
{
    return step(u"lock"_s, QT_TRANSLATE_NOOP("StepCatalog", "Acquire the semaphore"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "QSystemSemaphore::acquire() takes the one resource, or sleeps in the kernel until the child "
                "that holds it calls release() after its write. Each is a system call: that is the cost per "
                "increment the result shows. If a child dies holding it, the kernel gives it back (SEM_UNDO). "
                "Python: with lock: (multiprocessing.Lock, a semaphore too)"));
}

DemoStep read()
{
    return step(u"read"_s, QT_TRANSLATE_NOOP("StepCatalog", "Read the shared counter"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The child loads the counter from shared memory into a local variable (a relaxed atomic "
                "load: one real read, as with the threads). Another child may write it before this one "
                "writes back. In step mode, stop one child here and let another do a whole increment. "
                "Python: seen = counter.value"));
}

DemoStep add(bool locked)
{
    if (locked) {
        return step(u"add"_s, QT_TRANSLATE_NOOP("StepCatalog", "Add one"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "The new value is computed from the value read before. With \"Yield between read and write\" "
                    "on, the child yields the CPU here (QThread::yieldCurrentThread(), sched_yield) while it holds "
                    "the semaphore: the others can only wait, so nothing is lost, and each increment costs more. "
                    "Python: new = seen + 1"));
    }
    return step(u"add"_s, QT_TRANSLATE_NOOP("StepCatalog", "Add one"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The new value is computed from the value read before, not from the counter as it is now. With "
                "\"Yield between read and write\" on, the child yields the CPU here (QThread::yieldCurrentThread(), "
                "sched_yield): another child may run inside the window, and more updates are lost. "
                "Python: new = seen + 1"));
}

DemoStep write(bool locked)
{
    if (locked) {
        return step(u"write"_s, QT_TRANSLATE_NOOP("StepCatalog", "Write the shared counter"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "The new value is stored, and the semaphore is released at the end of the block: no "
                    "other child could write in between, so nothing is lost. "
                    "Python: counter.value = new, and the end of the with block"));
    }
    return step(u"write"_s, QT_TRANSLATE_NOOP("StepCatalog", "Write the shared counter"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The new value is stored in shared memory. If another child wrote in between, its update is "
                "overwritten: lost, across processes as across threads. Python: counter.value = new"));
}

DemoStep sendCount()
{
    return step(u"send-count"_s, QT_TRANSLATE_NOOP("StepCatalog", "Send the count to the parent"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The child writes its count on its stdout, a line of the worker's protocol (\"result count "
                "N\"); the parent reads it in its event loop, with no lock and no shared memory. "
                "Python: counts.put(count) (a multiprocessing.Queue)"));
}

DemoStep sum()
{
    return step(u"sum"_s, QT_TRANSLATE_NOOP("StepCatalog", "Add up the counts"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "On the GUI thread, the parent adds up the N counts it received: the total is exact. "
                "Python: total = sum(counts.get() for _ in children)"));
}

DemoStep join(bool shared)
{
    if (shared) {
        return step(u"join"_s, QT_TRANSLATE_NOOP("StepCatalog", "The children are gone"),
                    QT_TRANSLATE_NOOP("StepCatalog",
                    "The GUI thread never blocked in a join(): it learned of each child's exit in its event loop "
                    "(QProcess::finished), and once the last one had exited and been reaped, it read the shared "
                    "counter and removed the segment (and the semaphore) at once, before this step. Here the "
                    "parent takes that total. Python: child.join() for each, then counter.value"));
    }
    return step(u"join"_s, QT_TRANSLATE_NOOP("StepCatalog", "The children are gone"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The GUI thread never blocked in a join(): it learned of each child's exit in its event loop "
                "(QProcess::finished). Every child has exited and been reaped; the parent reads its own counter: "
                "still 0. The children's counts came back only for display. Python: child.join() for each, then "
                "counter"));
}

DemoStep report()
{
    return step(u"report"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"),
                QT_TRANSLATE_NOOP("StepCatalog",
                "The total is compared with N x M, the total with no update lost; the difference is the number "
                "of lost updates. The time runs from the go to the last child's end. "
                "Python: print(f'{total} of {expected} ({expected - total} lost)')"));
}

} // namespace

QList<DemoStep> processCounterSteps(bool sharedMemory, bool semaphore, bool messages)
{
    if (messages)
        return {startChildren(), childAdd(false), sendCount(), sum(), report()};
    if (!sharedMemory)
        return {startChildren(), childAdd(true), join(false), report()};
    QList<DemoStep> steps{createShared(semaphore), startChildren()};
    if (semaphore)
        steps.append(lock());
    steps.append({read(), add(semaphore), write(semaphore), join(true), report()});
    return steps;
}

} // namespace SharedStateLesson

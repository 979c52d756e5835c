// SPDX-License-Identifier: MIT
// What each step of the primes demos does, in words: the Qt code beside its Python counterpart.
#include "primes.h"

using namespace Qt::Literals::StringLiterals;

namespace PrimesLesson {

namespace {

const char *const reportTotal = QT_TRANSLATE_NOOP("StepCatalog",
    "Every number is checked: the total time, and the speedup over the last sequential run of the "
    "same language on this machine. Python: the script prints its total time.");

DemoStep step(const QString &id, const char *title, const char *explanation)
{
    return {id, title, explanation};
}

} // namespace

QList<DemoStep> sequentialSteps()
{
    return {
        step(u"check-number"_s, QT_TRANSLATE_NOOP("StepCatalog", "Check a number"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The GUI thread checks one number by trial division, holding its event loop: nothing is "
             "painted and no click is handled until the whole list is done. Python: sequential.py "
             "calls is_prime(n) for each number in turn, on its only thread.")),
        step(u"report-total"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"), reportTotal),
    };
}

QList<DemoStep> threadSteps(const char *checkNumber)
{
    return {
        step(u"start-workers"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the workers"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The GUI thread starts the worker threads and goes back to its event loop, so the window "
             "stays alive. Each worker takes the next number as soon as it is free. Python: threads.py "
             "puts the numbers in a SimpleQueue and starts one Thread per worker.")),
        step(u"check-number"_s, QT_TRANSLATE_NOOP("StepCatalog", "Check a number"), checkNumber),
        step(u"receive-result"_s, QT_TRANSLATE_NOOP("StepCatalog", "Receive a result"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "A result reaches the GUI thread as a queued signal carrying values (no widget is touched "
             "from a worker) and fills its row of the table. In step mode only these GUI-thread steps "
             "wait: the workers run on. Python: the main thread takes it from the results queue.")),
        step(u"report-total"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"), reportTotal),
    };
}

QList<DemoStep> processSteps()
{
    return {
        step(u"start-workers"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the children"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The GUI thread starts N concurrency-lab-worker children and hands each one number over "
             "its stdin; a child asks for the next by answering, as if they shared a queue. Python: "
             "procs.py starts one multiprocessing.Process per worker, fed from a SimpleQueue.")),
        step(u"check-number"_s, QT_TRANSLATE_NOOP("StepCatalog", "Check a number"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "A child checks its number in its own address space, sharing no lock with anyone; the "
             "OS runs the children on all its cores. Python: each process has its own interpreter "
             "and its own GIL, so the processes compute in parallel.")),
        step(u"receive-result"_s, QT_TRANSLATE_NOOP("StepCatalog", "Receive a result"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The child's answer arrives as a line on its stdout, is checked (a child is never "
             "trusted), fills its row, and the child gets the next number. Python: the parent takes "
             "the result from the results queue (pickled, sent through a pipe).")),
        step(u"report-total"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"), reportTotal),
    };
}

QList<DemoStep> pythonSequentialSteps()
{
    return {
        step(u"check-number"_s, QT_TRANSLATE_NOOP("StepCatalog", "Check a number"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "CPython checks one number by trial division, in the python3 child the app started; the "
             "window stays alive, since only the child computes. Python: sequential.py calls "
             "is_prime(n) for each number in turn, on its only thread.")),
        step(u"report-total"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"), reportTotal),
    };
}

QList<DemoStep> pythonWorkerSteps(const char *startWorkers, const char *checkNumber)
{
    return {
        step(u"start-workers"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the workers"), startWorkers),
        step(u"check-number"_s, QT_TRANSLATE_NOOP("StepCatalog", "Check a number"), checkNumber),
        step(u"receive-result"_s, QT_TRANSLATE_NOOP("StepCatalog", "Receive a result"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The script's main thread takes a result from the results queue and prints it as a JSON "
             "line; the app reads the line and fills its row. In step mode the app's steps wait, "
             "the Python workers run on. Python: results.get().")),
        step(u"report-total"_s, QT_TRANSLATE_NOOP("StepCatalog", "Report the total"), reportTotal),
    };
}

QList<DemoStep> gilReleaseSteps()
{
    return {
        step(u"start-workers"_s, QT_TRANSLATE_NOOP("StepCatalog", "Start the threads"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The app runs gil_release.py four times: hashing jobs on one thread, then on N threads; "
             "is_prime() jobs on one thread, then on N. Python: each run starts its threads, which "
             "take the jobs from a SimpleQueue.")),
        step(u"receive-result"_s, QT_TRANSLATE_NOOP("StepCatalog", "Receive a result"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "A job is done. hashlib's SHA-256 and zlib run in C and release the GIL while they work, "
             "so N threads hash at the same time, on N cores; is_prime() is bytecode and holds the "
             "GIL, so its threads take turns. Python: the main thread takes the result from the "
             "results queue.")),
        step(u"report-total"_s, QT_TRANSLATE_NOOP("StepCatalog", "Compare the totals"),
             QT_TRANSLATE_NOOP("StepCatalog",
             "The speedups: hashing gets about N x faster on N threads, is_prime() does not. Python: "
             "C extensions can release the GIL; pure Python code cannot.")),
    };
}

} // namespace PrimesLesson

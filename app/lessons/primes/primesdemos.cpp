// SPDX-License-Identifier: MIT
#include "primes.h"

#include "gilreleaserunner.h"
#include "guiprimesrunner.h"
#include "processprimesrunner.h"
#include "pythonprimesrunner.h"
#include "threadprimesrunner.h"

using namespace Qt::Literals::StringLiterals;

namespace PrimesLesson {

namespace {

// The classroom runs the book's numbers on every core; tests the quick set, on two workers.
PrimesParameters parametersFor(RunSize size)
{
    PrimesParameters parameters;
    if (size == RunSize::Test) {
        parameters.numbers = PrimeNumbers::NumberSet::Quick;
        parameters.workers = 2;
    }
    return parameters;
}

// Every mode finds the nine primes among the twenty numbers.
bool foundNinePrimes(const QJsonObject &result)
{
    return result.value(u"primes"_s).toInt() == PrimeNumbers::primesPerSet && result.value(u"checked"_s).toInt() == 20;
}

const QString lessonDir = u"app/lessons/primes/"_s;
QString file(const char *name)
{
    return lessonDir + QString::fromLatin1(name);
}

// The comparison rows Qt Concurrent's threads show live: C++ threads computing on every core.
const QStringList parallelThreadRows{u"when-to-use/cpu"_s, u"concurrency/parallelism"_s, u"gil/one-thread"_s,
                                     u"summary/gil-qt"_s};

// CPython takes tens of seconds on the book's numbers: the classroom starts with the quick set.
PrimesParameters pythonParametersFor(RunSize size)
{
    PrimesParameters parameters = parametersFor(size);
    parameters.numbers = PrimeNumbers::NumberSet::Quick;
    return parameters;
}

std::unique_ptr<DemoRunner> pythonRunner(const DemoId &id, PythonPrimesRunner::Script script, RunSize size)
{
    return std::make_unique<PythonPrimesRunner>(id, script, pythonParametersFor(size));
}

std::unique_ptr<DemoRunner> threadRunner(const DemoId &id, ThreadPrimesRunner::Mode mode, RunSize size)
{
    return std::make_unique<ThreadPrimesRunner>(id, mode, parametersFor(size));
}

} // namespace

QList<Demo> demos()
{
    const QStringList threadFiles{file("threadprimesrunner.cpp"), file("primecheckingthreads.cpp"),
                                  file("primesrunner.cpp"), file("primenumbers.h")};
    QList<Demo> all{
        {u"primes-gui"_s, QT_TRANSLATE_NOOP("Demo", "Sequential, GUI thread"), QT_TRANSLATE_NOOP("Demo", "Python: sequential.py"),
         [](RunSize size) { return std::make_unique<GuiPrimesRunner>(parametersFor(size)); },
         {{file("guiprimesrunner.cpp"), file("primesrunner.cpp"), file("primenumbers.h")},
          file("python/sequential.py"),
          sequentialSteps()},
         {},
         foundNinePrimes},
        {u"primes-thread"_s, QT_TRANSLATE_NOOP("Demo", "Sequential, one QThread"),
         QT_TRANSLATE_NOOP("Demo", "Python: threads.py with one worker"),
         [](RunSize size) { return threadRunner(u"primes-thread"_s, ThreadPrimesRunner::Mode::OneThread, size); },
         {threadFiles, file("python/threads.py"),
          threadSteps(QT_TRANSLATE_NOOP("StepCatalog",
              "The one worker thread checks a number by trial division while the GUI thread paints "
              "and handles clicks: the same work as on the GUI thread, and the window stays alive. "
              "Python: threads.py with --workers 1."))},
         {},
         foundNinePrimes},
        {u"primes-concurrent"_s, QT_TRANSLATE_NOOP("Demo", "Qt Concurrent, N threads"),
         QT_TRANSLATE_NOOP("Demo", "Python: threads.py (the GIL lets one run at a time)"),
         [](RunSize size) { return threadRunner(u"primes-concurrent"_s, ThreadPrimesRunner::Mode::QtConcurrent, size); },
         {threadFiles, file("python/threads.py"),
          threadSteps(QT_TRANSLATE_NOOP("StepCatalog",
              "Each worker checks a number, and the OS runs the threads on all its cores: C++ has no "
              "GIL, so N threads compute at the same time: faster with every worker up to the number "
              "of logical CPUs, but never faster than the largest number checked alone (at most "
              "about 8.7 times for the book's numbers). "
              "Python: threads.py does the same, but each thread must hold the GIL to run bytecode, "
              "so only one computes at a time."))},
         parallelThreadRows,
         foundNinePrimes},
        {u"primes-processes"_s, QT_TRANSLATE_NOOP("Demo", "N worker processes"), QT_TRANSLATE_NOOP("Demo", "Python: procs.py"),
         [](RunSize size) { return std::make_unique<ProcessPrimesRunner>(parametersFor(size)); },
         {{file("processprimesrunner.cpp"), file("primecheckingchildren.cpp"), file("primesworkload.cpp"),
           file("primesrunner.cpp"), file("primenumbers.h")},
          file("python/procs.py"),
          processSteps()},
         {u"when-to-use/cpu"_s, u"summary/gil-qt"_s},
         foundNinePrimes},
        {u"primes-gil"_s, QT_TRANSLATE_NOOP("Demo", "N threads, simulated GIL"),
         QT_TRANSLATE_NOOP("Demo", "Python: threads.py (the real GIL)"),
         [](RunSize size) { return threadRunner(u"primes-gil"_s, ThreadPrimesRunner::Mode::SimulatedGil, size); },
         {threadFiles + QStringList{file("simulatedgil.cpp")}, file("python/threads.py"),
          threadSteps(QT_TRANSLATE_NOOP("StepCatalog",
              "A worker must hold the simulated GIL to check its number. A thread that has waited 5 ms "
              "(sys.getswitchinterval()) asks the holder to let go; the holder hands it over at its "
              "next check. One thread computes at a time: no speedup, however many cores. Python: "
              "this is what CPython's GIL does to threads.py."))},
         {u"gil/switch-interval"_s},
         [](const QJsonObject &result) { return foundNinePrimes(result) && result.contains(u"forcedSwitches"_s); }},
        // Real CPython. The C++ beside each script is how the app runs it, then its C++ counterpart.
        {u"primes-python-sequential"_s, QT_TRANSLATE_NOOP("Demo", "CPython, sequential"),
         QT_TRANSLATE_NOOP("Demo", "Python: sequential.py"),
         [](RunSize size) { return pythonRunner(u"primes-python-sequential"_s, PythonPrimesRunner::Script::Sequential, size); },
         {{file("pythonprimesrunner.cpp"), file("guiprimesrunner.cpp"), file("primesrunner.cpp"), file("primenumbers.h")},
          file("python/sequential.py"),
          pythonSequentialSteps()},
         {},
         foundNinePrimes},
        {u"primes-python-threads"_s, QT_TRANSLATE_NOOP("Demo", "CPython, N threads"), QT_TRANSLATE_NOOP("Demo", "Python: threads.py"),
         [](RunSize size) { return pythonRunner(u"primes-python-threads"_s, PythonPrimesRunner::Script::Threads, size); },
         {QStringList{file("pythonprimesrunner.cpp")} + threadFiles, file("python/threads.py"),
          pythonWorkerSteps(QT_TRANSLATE_NOOP("StepCatalog",
              "The app starts python3 threads.py in a process group of its own; the script puts the "
              "numbers in a SimpleQueue and starts one Thread per worker. Python: Thread(...).start()."),
                            QT_TRANSLATE_NOOP("StepCatalog",
              "A Python thread checks a number in CPython. is_prime() is pure bytecode, so the thread "
              "must hold the GIL: the threads take turns, and N threads take about as long as one, "
              "or longer. Python: threads.py, measured on this machine."))},
         {u"when-to-use/cpu"_s, u"gil/one-thread"_s, u"summary/gil-python"_s},
         foundNinePrimes},
        {u"primes-python-processes"_s, QT_TRANSLATE_NOOP("Demo", "CPython, N processes"), QT_TRANSLATE_NOOP("Demo", "Python: procs.py"),
         [](RunSize size) { return pythonRunner(u"primes-python-processes"_s, PythonPrimesRunner::Script::Processes, size); },
         {{file("pythonprimesrunner.cpp"), file("processprimesrunner.cpp"), file("primecheckingchildren.cpp"),
           file("primesworkload.cpp"), file("primesrunner.cpp"), file("primenumbers.h")},
          file("python/procs.py"),
          pythonWorkerSteps(QT_TRANSLATE_NOOP("StepCatalog",
              "The app starts python3 procs.py in a process group of its own (so Cancel reaches its "
              "workers too); the script starts one multiprocessing.Process per worker, fed from a "
              "SimpleQueue. Python: Process(...).start()."),
                            QT_TRANSLATE_NOOP("StepCatalog",
              "A worker process checks a number in its own interpreter, with its own GIL: the "
              "processes compute in parallel. Python: is_prime(n) in each worker process."))},
         {u"when-to-use/cpu"_s, u"concurrency/parallelism"_s, u"summary/gil-python"_s},
         foundNinePrimes},
        {u"primes-python-gil-release"_s, QT_TRANSLATE_NOOP("Demo", "CPython threads: hashlib vs is_prime()"),
         QT_TRANSLATE_NOOP("Demo", "Python: gil_release.py"),
         [](RunSize size) {
             const int workers = size == RunSize::Test ? 2 : PrimesParameters::cores();
             // The same jobs with one thread and with N: twice N jobs, so each thread gets two.
             return std::make_unique<GilReleaseRunner>(GilReleaseParameters{workers, size == RunSize::Test ? 2 : 2 * workers});
         },
         {{file("gilreleaserunner.cpp")}, file("python/gil_release.py"), gilReleaseSteps()},
         {u"gil/c-extensions"_s},
         [](const QJsonObject &result) {
             // Speedups are the benchmark's figures; a test checks that all four passes were timed.
             for (const char *key : {"hashOneThread", "hashThreads", "primesOneThread", "primesThreads"}) {
                 if (!(result.value(QLatin1StringView(key)).toDouble() > 0))
                     return false;
             }
             return true;
         }},
    };
    for (Demo &demo : all)
        demo.measuresTheMachine = true;   // timings and speedups: one mode at a time
    return all;
}

} // namespace PrimesLesson

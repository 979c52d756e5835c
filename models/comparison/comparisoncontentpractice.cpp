// SPDX-License-Identifier: MIT
// Tables 8-9: when to use what (the decision guide's leaves), best practices, quick reference.
#include "comparisoncontent.h"

std::vector<ComparisonTableSpec> ComparisonContent::practiceTables()
{
    using enum DemoKind;
    std::vector<ComparisonTableSpec> tables;

    // Rows with an id are the recommendations of the decision guide (decisionguide.cpp).
    tables.push_back({
        "when-to-use",
        QT_TR_NOOP("When to use what"),
        QT_TR_NOOP("Answer the questions to walk the decision tree: it ends on a row of this table "
                   "and on the demo that shows it."),
        {{QT_TR_NOOP("Situation")}, {QT_TR_NOOP("Python")}, {QT_TR_NOOP("Qt / C++")},
         {QT_TR_NOOP("Why")}},
        {
            {{QT_TR_NOOP("I/O-bound, a few connections (tens)"),
              QT_TR_NOOP("threading (or ThreadPoolExecutor)"),
              {QT_TR_NOOP("QThread or QtConcurrent::run; or Qt's asynchronous classes with no "
                          "thread at all"), Thread},
              QT_TR_NOOP("Waiting releases the GIL, so Python threads overlap their I/O; plain "
                         "blocking code, and a few threads cost little.")},
             {Thread}, "io-few"},
            {{QT_TR_NOOP("I/O-bound, many connections (hundreds to thousands)"),
              QT_TR_NOOP("asyncio"),
              {QT_TR_NOOP("QCoro coroutines on the event loop (QNetworkReply, QTcpSocket, QProcess "
                          "are all awaitable)"), Coroutine},
              QT_TR_NOOP("One thread and about 1 KB per coroutine: thousands of waits cost little, "
                         "and no locks are needed between awaits.")},
             {Coroutine}, "io-many"},
            {{QT_TR_NOOP("CPU-bound"),
              {QT_TR_NOOP("multiprocessing (or ProcessPoolExecutor)"), Process},
              {QT_TR_NOOP("QThread or QtConcurrent on all cores; QProcess when the work must be "
                          "isolated"), Thread},
              QT_TR_NOOP("Python: the GIL lets one thread compute at a time, so only processes use "
                         "every core. C++ has no GIL: threads use every core, sharing memory, "
                         "without the start-up cost and copying of processes.")},
             {Process, Thread}, "cpu"},
            {{QT_TR_NOOP("A CPU-heavy step inside an asyncio or coroutine program"),
              QT_TR_NOOP("await asyncio.to_thread(f), or loop.run_in_executor()"),
              QT_TR_NOOP("co_await QtConcurrent::run(f) (a QFuture) from a QCoro coroutine"),
              {QT_TR_NOOP("The event loop must never compute for long: hand the work to a thread and "
                          "await its result."), BlockCpu}},
             {Thread, Coroutine, BlockCpu, CooperativeCpu}},
            {{QT_TR_NOOP("Running another program, or code that may crash"),
              QT_TR_NOOP("subprocess, or asyncio.create_subprocess_exec()"),
              {QT_TR_NOOP("QProcess"), Process},
              QT_TR_NOOP("A separate address space: a crash or a leak stays in the child, and the OS "
                         "reclaims everything.")},
             {Process}},
        },
    });

    tables.push_back({
        "best-practices",
        QT_TR_NOOP("Best practices per model"),
        QT_TR_NOOP("Python column: from the book. Qt column: the rules this app follows (Qt 6.4, "
                   "QCoro 0.8)."),
        {{QT_TR_NOOP("Model")}, {QT_TR_NOOP("Python")}, {QT_TR_NOOP("Qt / C++")}},
        {
            {{QT_TR_NOOP("Threads"),
              QT_TR_NOOP("• Use threads for I/O-bound work, not for CPU-bound Python code.\n"
                         "• Share data through queue.Queue, or protect it with locks.\n"
                         "• Stop threads cooperatively (threading.Event): they cannot be killed.\n"
                         "• Prefer a ThreadPoolExecutor to managing threads by hand."),
              QT_TR_NOOP("• Touch widgets only on the GUI thread; send results as signals carrying "
                         "values.\n"
                         "• Cancel with an atomic flag or requestInterruption(), never terminate().\n"
                         "• Stop and wait() for a thread before its QThread is destroyed.\n"
                         "• Prefer QtConcurrent::run or QThreadPool for short jobs.")},
             {Thread}},
            {{QT_TR_NOOP("Processes"),
              QT_TR_NOOP("• Use processes for CPU-bound Python code.\n"
                         "• Guard the entry point with if __name__ == '__main__'.\n"
                         "• Send little data: arguments and results are pickled.\n"
                         "• Use a pool (ProcessPoolExecutor) sized to the number of cores."),
              QT_TR_NOOP("• Connect errorOccurred and finished before start(): failed to start, "
                         "crashed and non-zero exit are three different errors.\n"
                         "• Never call waitFor...() on the GUI thread.\n"
                         "• Kill the child on cancel; own every QProcess in a long-lived object.\n"
                         "• Find the helper program next to the app, never through PATH.")},
             {Process}},
            {{QT_TR_NOOP("Coroutines"),
              QT_TR_NOOP("• Never call blocking functions (time.sleep, requests) in a coroutine: "
                         "await asyncio.sleep() or an async library.\n"
                         "• Move CPU-bound work off the loop (asyncio.to_thread, "
                         "run_in_executor).\n"
                         "• Keep a reference to every Task you create.\n"
                         "• Handle CancelledError to clean up, then re-raise it."),
              {QT_TR_NOOP("• Never block the GUI thread in a coroutine: co_await instead.\n"
                         "• After every co_await, check that the object (QPointer) and the run are "
                         "still current.\n"
                         "• QCoro 0.8: cancel cooperatively, with a flag or a signal.\n"
                         "• Catch exceptions in every coroutine started from a slot."), BlockLoop}},
             eventLoopDemos()},
        },
    });

    tables.push_back({
        "quick-reference",
        QT_TR_NOOP("Quick reference"),
        QT_TR_NOOP("Minimal code for each model: Python (the book's spinner examples) and C++ (Qt "
                   "6.4, QCoro 0.8). Error handling left out."),
        {{QT_TR_NOOP("Model")}, {QT_TR_NOOP("Language")}, {QT_TR_NOOP("Code"), {}, true}},
        {
            {{QT_TR_NOOP("Thread"), QT_TR_NOOP("Python"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "done = threading.Event()\n"
                                "spinner = threading.Thread(\n"
                                "    target=spin, args=('thinking!', done))\n"
                                "spinner.start()\n"
                                "result = slow()\n"
                                "done.set()\n"
                                "spinner.join()")},
             {Thread}},
            {{QT_TR_NOOP("Thread"), QT_TR_NOOP("C++ (Qt 6.4)"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "QThread *thread = QThread::create(slow);\n"
                                "connect(thread, &QThread::finished,\n"
                                "        thread, &QObject::deleteLater);\n"
                                "thread->start();")},
             {Thread}},
            {{QT_TR_NOOP("Thread pool"), QT_TR_NOOP("Python"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "with ThreadPoolExecutor() as pool:\n"
                                "    for result in pool.map(check, numbers):\n"
                                "        print(result)")},
             {Thread}},
            {{QT_TR_NOOP("Thread pool"), QT_TR_NOOP("C++ (Qt 6.4)"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "auto future = QtConcurrent::run(slow);\n"
                                "future.then(this, [this](int answer) {\n"
                                "    show(answer); // on the GUI thread\n"
                                "});")},
             {Thread}},
            {{QT_TR_NOOP("Process"), QT_TR_NOOP("Python"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "done = multiprocessing.Event()\n"
                                "spinner = multiprocessing.Process(\n"
                                "    target=spin, args=('thinking!', done))\n"
                                "spinner.start()\n"
                                "result = slow()\n"
                                "done.set()\n"
                                "spinner.join()")},
             {Process}},
            {{QT_TR_NOOP("Process"), QT_TR_NOOP("C++ (Qt 6.4)"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "auto *child = new QProcess(this);\n"
                                "connect(child, &QProcess::finished, this,\n"
                                "        [child] { use(child->readAll()); });\n"
                                "child->start(workerPath, arguments);")},
             {Process}},
            {{QT_TR_NOOP("Coroutine"), QT_TR_NOOP("Python"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "async def supervisor():\n"
                                "    spinner = asyncio.create_task(\n"
                                "        spin('thinking!'))\n"
                                "    result = await slow()\n"
                                "    spinner.cancel()\n"
                                "    return result\n"
                                "\n"
                                "asyncio.run(supervisor())")},
             {Coroutine}},
            {{QT_TR_NOOP("Coroutine"), QT_TR_NOOP("C++ (QCoro 0.8)"),
              QT_TRANSLATE_NOOP("ComparisonCode",
                                "QCoro::Task<int> slow()\n"
                                "{\n"
                                "    co_await QCoro::sleepFor(3s);\n"
                                "    co_return 42;\n"
                                "}\n"
                                "// in another coroutine:\n"
                                "const int answer = co_await slow();")},
             {Coroutine}},
        },
    });

    return tables;
}

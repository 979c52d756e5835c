// SPDX-License-Identifier: MIT
// Quick reference: minimal code for each model.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::quickReferenceTable{
    "quick-reference",
    QT_TR_NOOP("Quick reference"),
    QT_TR_NOOP("Minimal code for each model: Python (the book's spinner examples; the thread-pool row is this app's) and C++ (Qt "
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
         {"thread"}},
        {{QT_TR_NOOP("Thread"), QT_TR_NOOP("C++ (Qt 6.4)"),
          QT_TRANSLATE_NOOP("ComparisonCode",
                            "QThread *thread = QThread::create(slow);\n"
                            "connect(thread, &QThread::finished,\n"
                            "        thread, &QObject::deleteLater);\n"
                            "thread->start();")},
         {"thread"}},
        {{QT_TR_NOOP("Thread pool"), QT_TR_NOOP("Python"),
          QT_TRANSLATE_NOOP("ComparisonCode",
                            "with ThreadPoolExecutor() as pool:\n"
                            "    for result in pool.map(check, numbers):\n"
                            "        print(result)")},
         {"thread"}},
        {{QT_TR_NOOP("Thread pool"), QT_TR_NOOP("C++ (Qt 6.4)"),
          QT_TRANSLATE_NOOP("ComparisonCode",
                            "auto future = QtConcurrent::run(slow);\n"
                            "future.then(this, [this](int answer) {\n"
                            "    show(answer); // on the GUI thread\n"
                            "});")},
         {"thread"}},
        {{QT_TR_NOOP("Process"), QT_TR_NOOP("Python"),
          QT_TRANSLATE_NOOP("ComparisonCode",
                            "done = multiprocessing.Event()\n"
                            "spinner = multiprocessing.Process(\n"
                            "    target=spin, args=('thinking!', done))\n"
                            "spinner.start()\n"
                            "result = slow()\n"
                            "done.set()\n"
                            "spinner.join()")},
         {"process"}},
        {{QT_TR_NOOP("Process"), QT_TR_NOOP("C++ (Qt 6.4)"),
          QT_TRANSLATE_NOOP("ComparisonCode",
                            "auto *child = new QProcess(this);\n"
                            "connect(child, &QProcess::finished, this,\n"
                            "        [child] { use(child->readAll()); });\n"
                            "child->start(workerPath, arguments);")},
         {"process"}},
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
         {"coroutine"}},
        {{QT_TR_NOOP("Coroutine"), QT_TR_NOOP("C++ (QCoro 0.8)"),
          QT_TRANSLATE_NOOP("ComparisonCode",
                            "QCoro::Task<int> slow()\n"
                            "{\n"
                            "    co_await QCoro::sleepFor(3s);\n"
                            "    co_return 42;\n"
                            "}\n"
                            "// in another coroutine:\n"
                            "const int answer = co_await slow();")},
         {"coroutine"}},
    },
};

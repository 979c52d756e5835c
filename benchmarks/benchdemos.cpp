// SPDX-License-Identifier: MIT
#include "benchdemos.h"

#include "demorunner.h"
#include "lessonregistry.h"

#include <QEventLoop>
#include <QTimer>

namespace BenchDemos {

std::unique_ptr<DemoRunner> make(const DemoId &id)
{
    static const LessonRegistry registry = LessonRegistry::standard();
    const Demo *demo = registry.demo(id);
    if (!demo)
        qFatal("concurrency-lab-bench: no demo \"%s\"", qPrintable(id));
    return demo->makeRunner(RunSize::Classroom);
}

void waitForSignal(DemoRunner &runner, bool executor, std::chrono::milliseconds timeout)
{
    QEventLoop loop;
    if (executor)
        QObject::connect(&runner, &DemoRunner::executorChanged, &loop, &QEventLoop::quit);
    else
        QObject::connect(&runner, &DemoRunner::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    loop.exec();
}

bool runToEnd(DemoRunner &runner, std::chrono::milliseconds timeout)
{
    runner.start();
    if (runner.isRunning())
        waitForSignal(runner, false, timeout);
    return !runner.isRunning();
}

} // namespace BenchDemos

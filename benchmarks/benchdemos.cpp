// SPDX-License-Identifier: MIT
#include "benchdemos.h"

#include "demorunner.h"
#include "lessonregistry.h"

#include <QEventLoop>
#include <QTimer>

namespace BenchDemos {

const Demo &demo(const DemoId &id)
{
    static const LessonRegistry registry = LessonRegistry::standard();
    const Demo *found = registry.demo(id);
    if (!found)
        qFatal("concurrency-lab-bench: no demo \"%s\"", qPrintable(id));
    return *found;
}

std::unique_ptr<DemoRunner> make(const DemoId &id)
{
    return demo(id).makeRunner(RunSize::Classroom);
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

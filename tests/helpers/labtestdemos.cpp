// SPDX-License-Identifier: MIT
#include "labtestdemos.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace LabTest {

const LessonRegistry &registry()
{
    static const LessonRegistry lessons = LessonRegistry::standard();
    return lessons;
}

const Demo &demo(const DemoId &id)
{
    const Demo *demo = registry().demo(id);
    if (!demo)
        qFatal("no demo \"%s\" is registered", qPrintable(id));
    return *demo;
}

QList<DemoId> allDemoIds()
{
    QList<DemoId> ids;
    for (const Demo &demo : registry().demos().demos())
        ids << demo.id;
    return ids;
}

QList<DemoId> spinnerDemoIds()
{
    return {u"thread"_s, u"process"_s, u"coroutine"_s};
}

std::unique_ptr<DemoRunner> makeRunner(const DemoId &id, RunSize size)
{
    return demo(id).makeRunner(size);
}

void start(DemoRunner &runner, std::chrono::milliseconds duration)
{
    runner.applyDuration(duration);
    runner.start();
}

std::optional<int> answerOf(const DemoRunner &runner)
{
    const QJsonValue answer = runner.resultJson().value(u"answer"_s);
    return answer.isDouble() ? std::optional(answer.toInt()) : std::nullopt;
}

void addDemoRows(const QList<DemoId> &ids)
{
    QTest::addColumn<DemoId>("demo");
    for (const DemoId &id : ids)
        QTest::newRow(qPrintable(id)) << id;
}

QStringList stepsIn(const Trace &trace, const DemoId &demo, bool unitsOnly)
{
    QStringList steps;
    for (const TraceEvent &event : trace.events()) {
        if (event.kind != TraceEventKind::Step || (!demo.isEmpty() && event.demo != demo))
            continue;
        if (unitsOnly && event.unit == UnitKind::GuiLoop)
            continue;
        steps << event.detail;
    }
    return steps;
}

} // namespace LabTest

// SPDX-License-Identifier: MIT
#include "manytasks.h"

#include "manytaskslessonpage.h"

using namespace Qt::Literals::StringLiterals;

namespace ManyTasksLesson {

namespace {

QString checkCount(const QString &value)
{
    bool ok = false;
    const int count = value.toInt(&ok);
    const int most = SleepersModels::designBound(SleepersModel::Coroutines);
    if (ok && count >= 1 && count <= most)
        return {};
    //: %1: the largest count, %2: what was given
    return QCoreApplication::translate("Lesson", "--count takes a whole number from 1 to %1, not \"%2\".").arg(most).arg(value);
}

} // namespace

Lesson lesson()
{
    QList<DemoId> cpp;
    QList<DemoId> python;
    for (const SleepersModel model : sleepersModels()) {
        cpp.append(sleepersDemo(model, false));
        python.append(sleepersDemo(model, true));
    }
    return {
        u"many-tasks"_s,
        QT_TRANSLATE_NOOP("Lesson", "Many tasks"),
        demos(),
        {
            {QT_TRANSLATE_NOOP("Lesson", "Three Ways to Run a Coroutine"), {}, waysDemos(), u"ways"_s},
            {QT_TRANSLATE_NOOP("Lesson", "Sleepers: All C++ Models"), {}, cpp, u"sleepers-cpp"_s},
            {QT_TRANSLATE_NOOP("Lesson", "Sleepers: All CPython Models"), {}, python, u"sleepers-python"_s},
        },
        [](const LessonContext &context) { return new ManyTasksLessonPage(context); },
        {
            {u"count"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 4: how many sleepers each model starts (1 to 1,000,000; threads and processes allow fewer)."),
             QT_TRANSLATE_NOOP("Lesson", "count"), checkCount},
        },
        teaching(),
    };
}

} // namespace ManyTasksLesson

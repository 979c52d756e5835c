// SPDX-License-Identifier: MIT
#include "sharedstate.h"

#include "counterresult.h"
#include "queueresult.h"
#include "sharedstatelessonpage.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

namespace {

// A whole number from 1 to `most`, or the translated reason it is not.
QString checkWholeNumber(const QString &option, const QString &value, int most)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok && number >= 1 && number <= most)
        return {};
    //: %1: the option, %2: the largest value, %3: what was given
    return QCoreApplication::translate("Lesson", "%1 takes a whole number from 1 to %2, not \"%3\".")
        .arg(option).arg(most).arg(value);
}

// A whole number of milliseconds from 0 to `most`, or the translated reason it is not.
QString checkMilliseconds(const QString &option, const QString &value, int most)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok && number >= 0 && number <= most)
        return {};
    //: %1: the option, %2: the largest value, %3: what was given
    return QCoreApplication::translate("Lesson", "%1 takes a whole number of milliseconds from 0 to %2, not \"%3\".")
        .arg(option).arg(most).arg(value);
}

} // namespace

Lesson lesson()
{
    QList<LessonAction> actions{
        {QT_TRANSLATE_NOOP("Lesson", "Counters: All Threads"), {}, threadCounterDemos(), u"counters-threads"_s},
        {QT_TRANSLATE_NOOP("Lesson", "Counters: All Coroutines"), {}, coroutineCounterDemos(), u"counters-coroutines"_s},
        {QT_TRANSLATE_NOOP("Lesson", "Counters: All Processes"), {}, processCounterDemos(), u"counters-processes"_s},
        {QT_TRANSLATE_NOOP("Lesson", "Queues: All Models"), {}, queueDemos(), u"queues"_s},
    };
    actions.removeIf([](const LessonAction &action) { return action.demos.isEmpty(); });
    return {
        u"shared-state"_s,
        QT_TRANSLATE_NOOP("Lesson", "Shared state"),
        demos(),
        actions,
        [](const LessonContext &context) { return new SharedStateLessonPage(context); },
        {
            {u"units"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 5: how many threads, coroutines or processes share the counter (1 to 16)."),
             QT_TRANSLATE_NOOP("Lesson", "count"),
             [](const QString &value) { return checkWholeNumber(u"--units"_s, value, CounterParameters::mostUnits); }},
            {u"increments"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 5: how many times each unit adds one to the counter (1 to 10,000,000)."),
             QT_TRANSLATE_NOOP("Lesson", "count"),
             [](const QString &value) { return checkWholeNumber(u"--increments"_s, value, CounterParameters::mostIncrements); }},
            {u"consumers"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 5: how many consumers take items from each queue (1 to 16)."),
             QT_TRANSLATE_NOOP("Lesson", "count"),
             [](const QString &value) { return checkWholeNumber(u"--consumers"_s, value, QueueParameters::mostConsumers); }},
            {u"items"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 5: how many items the producer puts on each queue (1 to 100,000)."),
             QT_TRANSLATE_NOOP("Lesson", "count"),
             [](const QString &value) { return checkWholeNumber(u"--items"_s, value, QueueParameters::mostItems); }},
            {u"capacity"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 5: how many items each queue holds at most (1 to 1000)."),
             QT_TRANSLATE_NOOP("Lesson", "count"),
             [](const QString &value) { return checkWholeNumber(u"--capacity"_s, value, QueueParameters::mostCapacity); }},
            {u"work-ms"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 5: how long a consumer works on each item (0 to 1000 ms)."),
             QT_TRANSLATE_NOOP("Lesson", "milliseconds"),
             [](const QString &value) { return checkMilliseconds(u"--work-ms"_s, value, QueueParameters::mostWorkMs); }},
        },
        teaching(),
    };
}

} // namespace SharedStateLesson

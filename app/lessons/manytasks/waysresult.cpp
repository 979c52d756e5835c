// SPDX-License-Identifier: MIT
#include "waysresult.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

QString describe(const WaysResult &result)
{
    // The elapsed time is beside it in the panel and the summary; this says what it amounts to.
    const QString sleeps = QString::number(result.sleeps(), 'f', 2);
    const QString sleep = QString::number(result.durationMs / 1000.0, 'f', 2);
    if (result.way == u"sequential"_s)
        //: %1: the time taken in units of one sleep ("2.01"), %2: each sleep's seconds
        return QCoreApplication::translate("WaysResult", "%1 x the sleep of %2 s: one after the other").arg(sleeps, sleep);
    if (result.way == u"concurrent"_s)
        return QCoreApplication::translate("WaysResult", "%1 x the sleep of %2 s: both at the same time").arg(sleeps, sleep);
    if (result.way == u"wait-for"_s) {
        // A plain variable: lupdate (Qt 6.4) never finishes a file whose translate() takes a count
        // written as a call with arguments, such as value_or(0).
        const int events = result.eventsInside.value_or(0);
        //: %n: how many events the nested event loop handled before waitFor() returned
        return QCoreApplication::translate("WaysResult", "%1 x the sleep of %2 s; %n event(s) (timer ticks, clicks) handled inside waitFor()",
                                           nullptr, events)
            .arg(sleeps, sleep);
    }
    QStringList parts;
    for (const auto &[way, wayseconds] : result.pythonSeconds)
        parts << u"%1 %2 s"_s.arg(way).arg(wayseconds, 0, 'f', 2);
    //: %1: each way's time, e.g. "sequential 2.00 s, concurrent 1.00 s, run 1.00 s"
    return QCoreApplication::translate("WaysResult", "Python: %1").arg(parts.join(u", "_s));
}

QString traceDetail(const WaysResult &result)
{
    return u"%1 s"_s.arg(result.elapsedNs / 1e9, 0, 'f', 2);
}

QJsonObject toJson(const WaysResult &result)
{
    QJsonObject json{
        {u"way"_s, result.way},
        {u"seconds"_s, result.elapsedNs / 1e9},
        {u"sleepSeconds"_s, result.durationMs / 1000.0},
        {u"sleeps"_s, result.sleeps()},
        {u"lines"_s, QJsonArray::fromStringList(result.lines)},
    };
    if (result.eventsInside)
        json.insert(u"eventsInside"_s, *result.eventsInside);
    if (result.timerFiredInside)
        json.insert(u"timerFiredInside"_s, *result.timerFiredInside);
    if (!result.pythonSeconds.isEmpty()) {
        QJsonObject python;
        for (const auto &[way, seconds] : result.pythonSeconds)
            python.insert(way, seconds);
        json.insert(u"python"_s, python);
        json.insert(u"pythonError"_s, result.pythonError);
    }
    return json;
}

// SPDX-License-Identifier: MIT
#include "runreport.h"

#include "labclock.h"
#include "outputfile.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue msValue(qint64 ns)
{
    return LabClock::nsToMs(ns);
}
} // namespace

ReportEnvironment ReportEnvironment::current()
{
    ReportEnvironment env;
#ifdef LAB_VERSION
    env.appVersion = QStringLiteral(LAB_VERSION);
#endif
    if (env.appVersion.isEmpty())
        env.appVersion = QCoreApplication::applicationVersion();
    env.qtVersion = QString::fromLatin1(qVersion());
    env.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
#ifdef LAB_QCORO_VERSION
    env.qcoroVersion = QStringLiteral(LAB_QCORO_VERSION);
#endif
    env.idealThreadCount = QThread::idealThreadCount();
    env.operatingSystem = QSysInfo::prettyProductName();
    env.cpuArchitecture = QSysInfo::currentCpuArchitecture();
    env.createdUtc = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    return env;
}

QJsonObject RunReport::toJson(const ReportEnvironment &env)
{
    return QJsonObject{
        {u"appVersion"_s, env.appVersion},
        {u"qtVersion"_s, env.qtVersion},
        {u"qtBuildVersion"_s, env.qtBuildVersion},
        // null rather than a made-up value when the build did not know QCoro's version
        {u"qcoroVersion"_s, env.qcoroVersion.isEmpty() ? QJsonValue() : QJsonValue(env.qcoroVersion)},
        {u"idealThreadCount"_s, env.idealThreadCount},
        {u"operatingSystem"_s, env.operatingSystem},
        {u"cpuArchitecture"_s, env.cpuArchitecture},
        {u"createdUtc"_s, env.createdUtc},
    };
}

QJsonObject RunReport::toJson(const LagSummary &lag)
{
    return QJsonObject{
        {u"samples"_s, lag.sampleCount},
        {u"p50Ms"_s, msValue(lag.p50Ns)},
        {u"p99Ms"_s, msValue(lag.p99Ns)},
        {u"maxMs"_s, msValue(lag.maxNs)},
        {u"longestFreezeMs"_s, msValue(lag.longestGapNs)},
    };
}

QJsonObject RunReport::toJson(const TraceEvent &event)
{
    return QJsonObject{
        {u"timeMs"_s, msValue(event.timeNs)},
        {u"unit"_s, ExecutionUnit::kindId(event.unit)},
        {u"unitId"_s, event.unitId},
        {u"kind"_s, TraceNames::eventKindId(event.kind)},
        {u"detail"_s, event.detail},
    };
}

QJsonObject RunReport::toJson(const RunRecord &run)
{
    QJsonArray frames;
    for (const SpinnerFrames &f : run.frames) {
        QJsonObject spinner{
            {u"spinner"_s, f.spinner},
            {u"painted"_s, f.painted},
            {u"expected"_s, f.expected},
            {u"longestGapMs"_s, msValue(f.longestGapNs)},
        };
        if (run.loopHold) {
            spinner.insert(u"paintedWhileLoopHeld"_s, f.paintedWhileLoopHeld);
            spinner.insert(u"expectedWhileLoopHeld"_s, f.expectedWhileLoopHeld);
        }
        frames.append(spinner);
    }
    QJsonValue loopHold;
    if (run.loopHold) {
        loopHold = QJsonObject{
            {u"fromMs"_s, msValue(run.loopHold->fromNs)},
            {u"toMs"_s, msValue(run.loopHold->toNs)},
            {u"durationMs"_s, msValue(run.loopHold->toNs - run.loopHold->fromNs)},
        };
    }
    QJsonArray events;
    for (const TraceEvent &e : run.events)
        events.append(toJson(e));
    return QJsonObject{
        {u"demo"_s, run.demo},
        {u"runId"_s, qint64(run.runId)},
        {u"startMs"_s, msValue(run.startNs)},
        {u"endMs"_s, msValue(run.endNs)},
        {u"durationMs"_s, msValue(run.endNs - run.startNs)},
        {u"state"_s, run.state},
        {u"answer"_s, run.answer ? QJsonValue(*run.answer) : QJsonValue()},
        {u"result"_s, run.result.isEmpty() ? QJsonValue() : QJsonValue(run.result)},
        {u"error"_s, run.error},
        {u"executor"_s, run.executor},
        {u"frames"_s, frames},
        {u"lag"_s, toJson(run.lag)},
        {u"loopHold"_s, loopHold},
        {u"events"_s, events},
    };
}

QJsonObject RunReport::toJson(const QList<RunRecord> &runs, const ReportEnvironment &environment)
{
    QJsonArray array;
    for (const RunRecord &run : runs)
        array.append(toJson(run));
    return QJsonObject{
        {u"format"_s, u"concurrency-lab-report"_s},
        {u"formatVersion"_s, formatVersion},
        {u"environment"_s, toJson(environment)},
        {u"runs"_s, array},
    };
}

QString RunReport::write(const QString &path, const QList<RunRecord> &runs, const ReportEnvironment &environment)
{
    const QByteArray json = QJsonDocument(toJson(runs, environment)).toJson(QJsonDocument::Indented);
    return OutputFile::write(path, json, tr("the report"));
}

QList<TraceEvent> RunReport::eventsOfRun(const QList<TraceEvent> &events, const DemoId &demo, quint64 runId)
{
    QList<TraceEvent> result;
    std::copy_if(events.cbegin(), events.cend(), std::back_inserter(result),
                 [&](const TraceEvent &e) { return e.demo == demo && e.runId == runId; });
    std::stable_sort(result.begin(), result.end(),
                     [](const TraceEvent &a, const TraceEvent &b) { return a.timeNs < b.timeNs; });
    return result;
}

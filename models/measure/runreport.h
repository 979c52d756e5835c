// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"
#include "lagstatistics.h"
#include "loophold.h"
#include "trace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Frames one spinner painted during a run against what a 60 fps view would have painted
// (fill from FrameCounter::paintedBetween / expectedBetween / longestGapBetween).
struct SpinnerFrames {
    QString spinner;          // untranslated id: the demo id of its panel
    int painted = 0;
    int expected = 0;
    qint64 longestGapNs = 0;  // the longest time without a frame
    // Over the interval the run held the event loop (RunRecord::loopHold), when there is one.
    int paintedWhileLoopHeld = 0;
    int expectedWhileLoopHeld = 0;
};

// Everything the report says about one run of one demo. The lead fills it from the runner, the
// frame counters, EventLoopMonitor::summaryBetween(startNs, endNs) and RunReport::eventsOfRun().
struct RunRecord {
    DemoId demo;
    quint64 runId = 0;
    qint64 startNs = 0;           // LabClock times
    qint64 endNs = 0;
    QString state;                // untranslated id: "done", "cancelled", "failed", "running"
    std::optional<qint64> answer; // the result's "answer", written as null when there is none
    QJsonObject result;           // the typed result as JSON (DemoRunner::resultJson()); {} without one
    QString error;                // translated failure message, empty unless failed
    QString executor;             // "worker thread TID 1234", "child PID 4711", "GUI thread"
    QList<SpinnerFrames> frames;
    LagSummary lag;               // event-loop lag over [startNs, endNs]
    std::optional<LoopHold> loopHold;  // written as null when the run never held the loop
    QList<TraceEvent> events;     // the run's trace events, in time order
};

// Where the report was made: top-level "environment" section.
struct ReportEnvironment {
    QString appVersion;
    QString qtVersion;         // the Qt the app runs against (qVersion())
    QString qtBuildVersion;    // the Qt it was built with
    QString qcoroVersion;      // empty when unknown
    int idealThreadCount = 0;
    QString operatingSystem;
    QString cpuArchitecture;
    QString createdUtc;        // ISO 8601

    // The values of this process and machine. Any thread.
    static ReportEnvironment current();
};

// Writes measured runs as JSON ("format": "concurrency-lab-report", "formatVersion": 1).
// Plain functions, any thread; times are written in ms (doubles) of the LabClock.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    static constexpr int formatVersion = 1;

    // The JSON document for `runs`.
    static QJsonObject toJson(const QList<RunRecord> &runs,
                              const ReportEnvironment &environment = ReportEnvironment::current());
    // Writes toJson() atomically (QSaveFile) to `path`. Returns an empty string on success, else a
    // translated message naming the path; on failure no file is left behind.
    static QString write(const QString &path, const QList<RunRecord> &runs,
                         const ReportEnvironment &environment = ReportEnvironment::current());
    // The events of run `runId` of `demo` in `events`, sorted by time (stable).
    static QList<TraceEvent> eventsOfRun(const QList<TraceEvent> &events, const DemoId &demo, quint64 runId);

    static QJsonObject toJson(const ReportEnvironment &environment);
    static QJsonObject toJson(const RunRecord &run);
    static QJsonObject toJson(const LagSummary &lag);
    static QJsonObject toJson(const TraceEvent &event);
};

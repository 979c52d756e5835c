// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "runreport.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ms = 1'000'000;

QList<RunRecord> sampleRuns()
{
    RunRecord thread;
    thread.demo = u"thread"_s;
    thread.runId = 3;
    thread.startNs = 1000 * ms;
    thread.endNs = 4000 * ms;
    thread.state = u"done"_s;
    thread.answer = 42;
    thread.executor = u"worker thread TID 1234"_s;
    thread.frames = {{u"thread"_s, 178, 180, 40 * ms}, {u"process"_s, 180, 180, 17 * ms}};
    thread.lag = {300, 1 * ms, 3 * ms, 5 * ms, 15 * ms};
    thread.events = {
        {1000 * ms, u"thread"_s, 3, UnitKind::WorkerThread, 1234, TraceEventKind::Started, {}},
        {1001 * ms, u"thread"_s, 3, UnitKind::WorkerThread, 1234, TraceEventKind::Sleeping, {}},
        {4000 * ms, u"thread"_s, 3, UnitKind::WorkerThread, 1234, TraceEventKind::Result, u"42"_s},
    };

    RunRecord failed;
    failed.demo = u"process"_s;
    failed.runId = 1;
    failed.startNs = 5000 * ms;
    failed.endNs = 5100 * ms;
    failed.state = u"failed"_s;
    failed.error = u"The worker crashed."_s;
    failed.executor = u"child PID 4711"_s;
    failed.lag = {10, 0, 0, 0, 10 * ms};
    return {thread, failed};
}

ReportEnvironment fixedEnvironment()
{
    ReportEnvironment env = ReportEnvironment::current();
    env.createdUtc = u"2024-01-02T03:04:05Z"_s;
    return env;
}
} // namespace

class TestRunReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void environmentIsFilled();
    void writesEveryField();
    void unwritablePathGivesError_data();
    void unwritablePathGivesError();
    void eventsOfRunFiltersAndSorts();
};

void TestRunReport::environmentIsFilled()
{
    const ReportEnvironment env = ReportEnvironment::current();
    QVERIFY(!env.appVersion.isEmpty());
    QCOMPARE(env.qtVersion, QString::fromLatin1(qVersion()));
    QVERIFY(env.idealThreadCount >= 1);
    QVERIFY(!env.createdUtc.isEmpty());
}

void TestRunReport::writesEveryField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.json"_s);
    const ReportEnvironment env = fixedEnvironment();
    QCOMPARE(RunReport::write(path, sampleRuns(), env), QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(u"format"_s).toString(), u"concurrency-lab-report"_s);
    QCOMPARE(root.value(u"formatVersion"_s).toInt(), RunReport::formatVersion);

    const QJsonObject e = root.value(u"environment"_s).toObject();
    QCOMPARE(e.value(u"appVersion"_s).toString(), env.appVersion);
    QCOMPARE(e.value(u"qtVersion"_s).toString(), env.qtVersion);
    QCOMPARE(e.value(u"qtBuildVersion"_s).toString(), env.qtBuildVersion);
    QVERIFY(e.contains(u"qcoroVersion"_s));
    if (!env.qcoroVersion.isEmpty())
        QCOMPARE(e.value(u"qcoroVersion"_s).toString(), env.qcoroVersion);
    QCOMPARE(e.value(u"idealThreadCount"_s).toInt(), env.idealThreadCount);
    QCOMPARE(e.value(u"operatingSystem"_s).toString(), env.operatingSystem);
    QCOMPARE(e.value(u"cpuArchitecture"_s).toString(), env.cpuArchitecture);
    QCOMPARE(e.value(u"createdUtc"_s).toString(), u"2024-01-02T03:04:05Z"_s);

    const QJsonArray runs = root.value(u"runs"_s).toArray();
    QCOMPARE(runs.size(), 2);
    const QJsonObject r = runs.at(0).toObject();
    QCOMPARE(r.value(u"demo"_s).toString(), u"thread"_s);
    QCOMPARE(r.value(u"runId"_s).toInteger(), 3);
    QCOMPARE(r.value(u"startMs"_s).toDouble(), 1000.0);
    QCOMPARE(r.value(u"endMs"_s).toDouble(), 4000.0);
    QCOMPARE(r.value(u"durationMs"_s).toDouble(), 3000.0);
    QCOMPARE(r.value(u"state"_s).toString(), u"done"_s);
    QCOMPARE(r.value(u"answer"_s).toInteger(), 42);
    QCOMPARE(r.value(u"error"_s).toString(), QString());
    QCOMPARE(r.value(u"executor"_s).toString(), u"worker thread TID 1234"_s);

    const QJsonArray frames = r.value(u"frames"_s).toArray();
    QCOMPARE(frames.size(), 2);
    const QJsonObject f = frames.at(0).toObject();
    QCOMPARE(f.value(u"spinner"_s).toString(), u"thread"_s);
    QCOMPARE(f.value(u"painted"_s).toInt(), 178);
    QCOMPARE(f.value(u"expected"_s).toInt(), 180);
    QCOMPARE(f.value(u"longestGapMs"_s).toDouble(), 40.0);

    const QJsonObject lag = r.value(u"lag"_s).toObject();
    QCOMPARE(lag.value(u"samples"_s).toInt(), 300);
    QCOMPARE(lag.value(u"p50Ms"_s).toDouble(), 1.0);
    QCOMPARE(lag.value(u"p99Ms"_s).toDouble(), 3.0);
    QCOMPARE(lag.value(u"maxMs"_s).toDouble(), 5.0);
    QCOMPARE(lag.value(u"longestFreezeMs"_s).toDouble(), 15.0);

    const QJsonArray events = r.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 3);
    const QJsonObject ev = events.at(2).toObject();
    QCOMPARE(ev.value(u"timeMs"_s).toDouble(), 4000.0);
    QCOMPARE(ev.value(u"unit"_s).toString(), u"worker-thread"_s);
    QCOMPARE(ev.value(u"unitId"_s).toInteger(), 1234);
    QCOMPARE(ev.value(u"kind"_s).toString(), u"result"_s);
    QCOMPARE(ev.value(u"detail"_s).toString(), u"42"_s);

    const QJsonObject failed = runs.at(1).toObject();
    QCOMPARE(failed.value(u"demo"_s).toString(), u"process"_s);
    QCOMPARE(failed.value(u"state"_s).toString(), u"failed"_s);
    QVERIFY(failed.value(u"answer"_s).isNull());
    QCOMPARE(failed.value(u"error"_s).toString(), u"The worker crashed."_s);
    QVERIFY(failed.value(u"frames"_s).toArray().isEmpty());
    QVERIFY(failed.value(u"events"_s).toArray().isEmpty());

    // Only the report itself: QSaveFile's temporary file is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"report.json"_s});
}

void TestRunReport::unwritablePathGivesError_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("missing folder") << u"no/such/folder/report.json"_s;
    QTest::newRow("path is a folder") << u"folder"_s;
}

void TestRunReport::unwritablePathGivesError()
{
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QString path = dir.filePath(relativePath);

    const QString error = RunReport::write(path, sampleRuns());
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo(path).isFile());
    // Nothing left behind: only the folder the test made.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{u"folder"_s});
    QVERIFY(QDir(dir.filePath(u"folder"_s)).isEmpty());

    QVERIFY(!RunReport::write(QString(), sampleRuns()).isEmpty());
}

void TestRunReport::eventsOfRunFiltersAndSorts()
{
    const QList<TraceEvent> all{
        {30, u"thread"_s, 1, UnitKind::WorkerThread, 7, TraceEventKind::Result, {}},
        {10, u"thread"_s, 1, UnitKind::WorkerThread, 7, TraceEventKind::Started, {}},
        {20, u"thread"_s, 2, UnitKind::WorkerThread, 8, TraceEventKind::Started, {}},
        {15, u"process"_s, 1, UnitKind::ChildProcess, 9, TraceEventKind::Started, {}},
        {20, u"thread"_s, 1, UnitKind::GuiLoop, 0, TraceEventKind::Blocked, {}},
    };
    const QList<TraceEvent> run = RunReport::eventsOfRun(all, u"thread"_s, 1);
    QCOMPARE(run.size(), 3);
    QCOMPARE(run.at(0).timeNs, 10);
    QCOMPARE(run.at(1).unit, UnitKind::GuiLoop);
    QCOMPARE(run.at(2).kind, TraceEventKind::Result);
}

LAB_TEST_MAIN(TestRunReport)
#include "tst_runreport.moc"

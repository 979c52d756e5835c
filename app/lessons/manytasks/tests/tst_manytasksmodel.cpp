// SPDX-License-Identifier: MIT
// Lesson 4's plain parts: the machine's bounds and their messages, the memory figures read from
// /proc, and how results read and serialize.
#include "labtest.h"

#include "processmemory.h"
#include "sleeperslimits.h"
#include "sleepersresult.h"
#include "waysresult.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

class TestManyTasksModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundsAreTheDesignsAtMost();
    void refusalsSayWhy();
    void openFileLimitIsRaised();
    void memoryFigures();
    void sleepersResultReads();
    void waysResultReads();
};

void TestManyTasksModel::boundsAreTheDesignsAtMost()
{
    for (const SleepersModel model : {SleepersModel::Coroutines, SleepersModel::Threads, SleepersModel::Processes}) {
        const SleepersLimits::Bound bound = SleepersLimits::bound(model);
        QVERIFY(bound.count >= 1);
        QVERIFY(bound.count <= SleepersModels::designBound(model));
        QCOMPARE(bound.reason.isEmpty(), bound.count == SleepersModels::designBound(model));
    }
    QCOMPARE(SleepersModels::designBound(SleepersModel::Coroutines), 1'000'000);
    QCOMPARE(SleepersModels::designBound(SleepersModel::Threads), 10'000);
    QCOMPARE(SleepersModels::designBound(SleepersModel::Processes), 500);
}

void TestManyTasksModel::refusalsSayWhy()
{
    QVERIFY(SleepersLimits::refusal(SleepersModel::Threads, 1).isEmpty());
    QVERIFY(!SleepersLimits::refusal(SleepersModel::Threads, 0).isEmpty());
    const QString tooMany = SleepersLimits::refusal(SleepersModel::Threads, 10'001);
    QVERIFY2(tooMany.contains(u"10001 threads"_s) && tooMany.contains(u"at most"_s), qPrintable(tooMany));
    QVERIFY(!SleepersLimits::refusal(SleepersModel::Coroutines, 1'000'001).isEmpty());
    QVERIFY(!SleepersLimits::refusal(SleepersModel::Processes, 501).isEmpty());
}

void TestManyTasksModel::openFileLimitIsRaised()
{
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    const qint64 soft = SleepersLimits::raiseOpenFileLimit();
    QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
    QCOMPARE(soft, qint64(limit.rlim_cur));
    QCOMPARE(qint64(limit.rlim_cur), qint64(std::min<rlim_t>(limit.rlim_max, std::max<rlim_t>(limit.rlim_cur, 65536))));
}

void TestManyTasksModel::memoryFigures()
{
    const qint64 before = ProcessMemory::residentBytes();
    QVERIFY(before > 1'000'000);   // a Qt process is megabytes
    QVERIFY(ProcessMemory::proportionalBytes(QCoreApplication::applicationPid()) > 0);
    QVERIFY(ProcessMemory::proportionalBytes(QCoreApplication::applicationPid()) <= before);
    QCOMPARE(ProcessMemory::proportionalBytes(qint64(1) << 40), 0);   // no such process
    QVERIFY(ProcessMemory::availableBytes() > 0);
    // Touched memory shows in the resident size.
    std::vector<char> block(64 * 1024 * 1024, 1);
    QVERIFY(ProcessMemory::residentBytes() > before + 32 * 1024 * 1024);
    QCOMPARE(block.back(), 1);
}

void TestManyTasksModel::sleepersResultReads()
{
    SleepersResult result;
    result.count = 1'000'000;
    result.done = 1'000'000;
    result.sleepMs = 1000;
    result.wallNs = 1'170'000'000;
    result.launchNs = 300'000'000;
    result.peakRssBytes = 200'000'000;
    result.bytesPerUnit = 164;
    QCOMPARE(describe(result), u"1,000,000 of 1,000,000 done, 0.17 s beyond the 1 s sleep, 164 B each"_s);
    QCOMPARE(traceDetail(result), u"1000000/1000000"_s);
    // When the launch outlasts the sleep, not every unit lives at once: the memory figure says so.
    SleepersResult staggered = result;
    staggered.peakAlive = 76'000;
    QVERIFY(!staggered.allAliveAtOnce());
    QVERIFY2(describe(staggered).endsWith(u"(only 76,000 alive at once: the first were done before the last started)"_s),
             qPrintable(describe(staggered)));
    staggered.peakAlive = 1'000'000;
    QVERIFY(staggered.allAliveAtOnce());
    const QJsonObject json = toJson(result);
    QCOMPARE(json.value(u"model"_s).toString(), u"coroutines"_s);
    QCOMPARE(json.value(u"beyondSeconds"_s).toDouble(), 0.17);
    QCOMPARE(json.value(u"bytesPerUnit"_s).toInteger(), 164);
    QVERIFY(!json.contains(u"childrenPssBytes"_s));
    result.childrenPssBytes = 5'000'000;
    QCOMPARE(toJson(result).value(u"childrenPssBytes"_s).toInteger(), 5'000'000);
    QCOMPARE(formatBytes(999), u"999 B"_s);
    QCOMPARE(formatBytes(8662), u"8.7 KB"_s);
    QCOMPARE(formatBytes(1'975'300), u"2.0 MB"_s);
    QCOMPARE(formatBytes(12'300'000'000), u"12.30 GB"_s);
}

void TestManyTasksModel::waysResultReads()
{
    WaysResult result;
    result.way = u"sequential"_s;
    result.elapsedNs = 2'010'000'000;
    result.durationMs = 1000;
    QCOMPARE(result.sleeps(), 2.01);
    QCOMPARE(describe(result), u"2.01 x the sleep of 1.00 s: one after the other"_s);
    result.way = u"wait-for"_s;
    result.eventsInside = 1;
    QVERIFY2(describe(result).startsWith(u"2.01 x the sleep of 1.00 s; 1 event"_s), qPrintable(describe(result)));
    result.eventsInside = 96;
    result.timerFiredInside = true;
    QVERIFY(describe(result).contains(u"96 event"_s));
    const QJsonObject json = toJson(result);
    QCOMPARE(json.value(u"eventsInside"_s).toInt(), 96);
    QCOMPARE(json.value(u"timerFiredInside"_s).toBool(), true);
}

LAB_TEST_MAIN(TestManyTasksModel)
#include "tst_manytasksmodel.moc"

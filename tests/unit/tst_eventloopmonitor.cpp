// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "eventloopmonitor.h"
#include "labclock.h"
#include "lagstatistics.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
constexpr qint64 ms = 1'000'000;
}

class TestEventLoopMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void percentile_data();
    void percentile();
    void summarizeSynthetic();
    void summarizeSelectsOverlappingSamples();
    void recordTickMeasuresIntervals();
    void retentionBoundsMemory();
    void blockingTheLoopShowsAsLag();
    void idleLoopHasLittleLag();
    void openGapCountsBeforeTheNextTick();
};

void TestEventLoopMonitor::percentile_data()
{
    QTest::addColumn<QList<qint64>>("values");
    QTest::addColumn<double>("p");
    QTest::addColumn<qint64>("expected");

    QList<qint64> hundred;
    for (qint64 i = 100; i >= 1; --i)  // descending on purpose: percentile() must not assume order
        hundred.append(i);
    QTest::newRow("empty") << QList<qint64>{} << 50.0 << qint64(0);
    QTest::newRow("single p50") << QList<qint64>{7} << 50.0 << qint64(7);
    QTest::newRow("single p99") << QList<qint64>{7} << 99.0 << qint64(7);
    QTest::newRow("1..100 p50") << hundred << 50.0 << qint64(50);
    QTest::newRow("1..100 p99") << hundred << 99.0 << qint64(99);
    QTest::newRow("1..100 p100") << hundred << 100.0 << qint64(100);
    QTest::newRow("1..100 p0") << hundred << 0.0 << qint64(1);
    QTest::newRow("four p50") << QList<qint64>{40, 10, 30, 20} << 50.0 << qint64(20);
    QTest::newRow("four p99") << QList<qint64>{40, 10, 30, 20} << 99.0 << qint64(40);
    QTest::newRow("spike p99 of 1000") << [] {
        QList<qint64> v(999, 1);
        v.append(2000);
        return v;
    }() << 99.0 << qint64(1);
}

void TestEventLoopMonitor::percentile()
{
    QFETCH(QList<qint64>, values);
    QFETCH(double, p);
    QFETCH(qint64, expected);
    QCOMPARE(LagStatistics::percentile(values, p), expected);
}

void TestEventLoopMonitor::summarizeSynthetic()
{
    // 200 ticks 10 ms apart with lags 0..199 µs, then a 2 s freeze.
    QList<LagSample> samples;
    qint64 t = 0;
    for (int i = 0; i < 200; ++i) {
        const qint64 lag = i * 1000;
        t += 10 * ms + lag;
        samples.append({t, 10 * ms + lag, lag});
    }
    t += 2010 * ms;
    samples.append({t, 2010 * ms, 2000 * ms});

    const LagSummary all = LagStatistics::summarize(samples, 0, t);
    QCOMPARE(all.sampleCount, 201);
    QCOMPARE(all.maxNs, 2000 * ms);
    QCOMPARE(all.longestGapNs, 2010 * ms);
    QCOMPARE(all.p50Ns, 100'000);  // rank ceil(100.5) = 101 -> the 101st smallest: 100 µs
    QCOMPARE(all.p99Ns, 198'000);  // rank ceil(198.99) = 199 -> 198 µs

    const LagSummary none = LagStatistics::summarize(samples, t + 1, t + 1000);
    QCOMPARE(none.sampleCount, 0);
    QCOMPARE(none.maxNs, 0);
}

void TestEventLoopMonitor::summarizeSelectsOverlappingSamples()
{
    const QList<LagSample> samples{
        {10 * ms, 10 * ms, 0},
        {20 * ms, 10 * ms, 0},
        {1020 * ms, 1000 * ms, 990 * ms},  // a freeze from 20 ms to 1020 ms
        {1030 * ms, 10 * ms, 0},
    };
    // A run from 100 ms to 500 ms lies inside the freeze: frozen for all of its 400 ms (the part of
    // the freeze before and after it is not the run's).
    LagSummary during = LagStatistics::summarize(samples, 100 * ms, 500 * ms);
    QCOMPARE(during.sampleCount, 1);
    QCOMPARE(during.maxNs, 390 * ms);
    QCOMPARE(during.longestGapNs, 400 * ms);
    // A run from 0 to 2000 ms holds the whole freeze.
    LagSummary around = LagStatistics::summarize(samples, 0, 2000 * ms);
    QCOMPARE(around.maxNs, 990 * ms);
    QCOMPARE(around.longestGapNs, 1000 * ms);
    // Intervals that only touch the freeze's edges do not see it.
    QCOMPARE(LagStatistics::summarize(samples, 0, 20 * ms).maxNs, 0);
    QCOMPARE(LagStatistics::summarize(samples, 1020 * ms, 1030 * ms).maxNs, 0);
    QCOMPARE(LagStatistics::samplesBetween(samples, 0, 2000 * ms), samples);
    QVERIFY(LagStatistics::samplesBetween(samples, 500 * ms, 100 * ms).isEmpty());
}

void TestEventLoopMonitor::recordTickMeasuresIntervals()
{
    EventLoopMonitor monitor;
    QSignalSpy spy(&monitor, &EventLoopMonitor::sampleRecorded);
    monitor.recordTick(1000 * ms);  // the reference
    QCOMPARE(spy.count(), 0);
    monitor.recordTick(1010 * ms);
    monitor.recordTick(1022 * ms);
    monitor.recordTick(1022 * ms);  // not ascending: ignored
    monitor.recordTick(3022 * ms);  // a freeze, coalesced into one tick
    QCOMPARE(spy.count(), 3);
    QCOMPARE(monitor.sampleCount(), 3);
    QCOMPARE(monitor.revision(), quint64(3));

    const QList<LagSample> samples = monitor.samplesBetween(0, 4000 * ms);
    QCOMPARE(samples.size(), 3);
    QCOMPARE(samples.at(0).lagNs, 0);
    QCOMPARE(samples.at(1).lagNs, 2 * ms);
    QCOMPARE(samples.at(2).intervalNs, 2000 * ms);
    QCOMPARE(samples.at(2).lagNs, 1990 * ms);
    QCOMPARE(monitor.latestSample(), samples.at(2));
    QCOMPARE(monitor.summaryBetween(0, 4000 * ms).maxNs, 1990 * ms);

    monitor.clear();
    QCOMPARE(monitor.sampleCount(), 0);
    monitor.recordTick(5000 * ms);  // a reference again, not a 2 s gap
    QCOMPARE(monitor.sampleCount(), 0);
}

void TestEventLoopMonitor::retentionBoundsMemory()
{
    EventLoopMonitor monitor;
    monitor.setRetentionNs(60'000 * ms);  // one minute, to keep the test quick
    const int ticks = 3 * 60 * 100;      // three minutes of 10 ms ticks
    for (int i = 0; i <= ticks; ++i)
        monitor.recordTick(qint64(i) * 10 * ms);
    // One minute plus at most the trimming slack (10 s) of samples.
    QVERIFY2(monitor.sampleCount() <= 70 * 100 + 1, qPrintable(QString::number(monitor.sampleCount())));
    QVERIFY(monitor.sampleCount() >= 60 * 100);
    QCOMPARE(monitor.latestSample().timeNs, qint64(ticks) * 10 * ms);
}

void TestEventLoopMonitor::blockingTheLoopShowsAsLag()
{
    EventLoopMonitor monitor;
    monitor.start();
    QVERIFY(monitor.isRunning());
    QTest::qWait(100);
    const qint64 from = LabClock::nowNs();
    QThread::msleep(1000);  // the event loop cannot run: no heartbeat for a second
    const qint64 to = LabClock::nowNs();
    QTest::qWait(100);      // let the heartbeat come back and record the gap
    const LagSummary summary = monitor.summaryBetween(from, to);
    QVERIFY2(summary.maxNs >= 900 * ms, qPrintable(QString::number(LabClock::nsToMs(summary.maxNs))));
    QVERIFY(summary.longestGapNs >= summary.maxNs);
    QVERIFY(summary.sampleCount >= 1);
    monitor.stop();
    QVERIFY(!monitor.isRunning());
}

void TestEventLoopMonitor::idleLoopHasLittleLag()
{
    EventLoopMonitor monitor;
    monitor.start();
    const qint64 from = LabClock::nowNs();
    QTest::qWait(1000);
    const qint64 to = LabClock::nowNs();
    const LagSummary summary = monitor.summaryBetween(from, to);
    QVERIFY2(summary.maxNs < 100 * ms, qPrintable(QString::number(LabClock::nsToMs(summary.maxNs))));
    // Generous: about 100 ticks in a second, at least a few dozen even on a loaded machine.
    QVERIFY2(summary.sampleCount >= 20, qPrintable(QString::number(summary.sampleCount)));
    QVERIFY(summary.p50Ns <= summary.p99Ns);
    QVERIFY(summary.p99Ns <= summary.maxNs);
}

void TestEventLoopMonitor::openGapCountsBeforeTheNextTick()
{
    EventLoopMonitor monitor;
    monitor.start();
    QTest::qWait(50);
    const qint64 from = LabClock::nowNs();
    QThread::msleep(300);
    // No event processing: the heartbeat has not ticked yet, but the open gap is already lag.
    const LagSummary summary = monitor.summaryBetween(from, LabClock::nowNs());
    QVERIFY2(summary.maxNs >= 250 * ms, qPrintable(QString::number(LabClock::nsToMs(summary.maxNs))));
    QVERIFY(monitor.summaryOfLast(1000 * ms).maxNs >= 250 * ms);
}

LAB_TEST_MAIN(TestEventLoopMonitor)
#include "tst_eventloopmonitor.moc"

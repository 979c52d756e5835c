// SPDX-License-Identifier: MIT
#include "labtest.h"

#include "labclock.h"
#include "framepacer.h"
#include "precisewakeup.h"
#include "spinnerwidget.h"

#include <QThread>

#include <algorithm>

class TestSpinnerWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheBooksCharacters();
    void paintsAboutSixtyFramesPerSecondWhileSpinning();
    void paintsNothingMoreWhenStopped();
    void pacerTicksAtSixtyHertzAndNeverBursts();
    void wakeupNeverComesBeforeItsDeadline();
    void stoppedWakeupStaysSilent();
};

void TestSpinnerWidget::showsTheBooksCharacters()
{
    QCOMPARE(SpinnerWidget::characterAt(0), u'\\');
    QCOMPARE(SpinnerWidget::characterAt(100), u'|');
    QCOMPARE(SpinnerWidget::characterAt(250), u'/');
    QCOMPARE(SpinnerWidget::characterAt(399), u'-');
    QCOMPARE(SpinnerWidget::characterAt(400), u'\\');
}

void TestSpinnerWidget::paintsAboutSixtyFramesPerSecondWhileSpinning()
{
    SpinnerWidget spinner;
    spinner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spinner));
    const qint64 from = LabClock::nowNs();
    spinner.setSpinning(true);
    QTest::qWait(1000);
    const qint64 to = LabClock::nowNs();
    const int painted = spinner.frames().paintedBetween(from, to);
    const int expected = FrameCounter::expectedBetween(from, to);
    // A generous bound: the point is "animated by a timer", not a frame-rate benchmark.
    QVERIFY2(painted >= expected / 2, qPrintable(QStringLiteral("%1 of %2 frames").arg(painted).arg(expected)));
    // Never more than a 60 Hz display shows (a 16 ms timer painted 62.5 a second: 189 "of 180"); the
    // slack is for the paints of showing the window, not for the pacing.
    QVERIFY2(painted <= expected + 3, qPrintable(QStringLiteral("%1 of %2 frames").arg(painted).arg(expected)));
}

// The pacer ticks against absolute 60 Hz deadlines: never more ticks than 60 a second, and a late
// tick (a blocked loop) skips the deadlines it missed instead of bursting to catch up.
void TestSpinnerWidget::pacerTicksAtSixtyHertzAndNeverBursts()
{
    FramePacer pacer;
    QList<qint64> ticksNs;
    connect(&pacer, &FramePacer::tick, &pacer, [&] { ticksNs.append(LabClock::nowNs()); });
    const qint64 from = LabClock::nowNs();
    pacer.start();
    QTest::qWait(1000);
    const qint64 to = LabClock::nowNs();
    const int expected = FrameCounter::expectedBetween(from, to);
    QVERIFY2(ticksNs.size() <= expected + 1, qPrintable(QStringLiteral("%1 ticks, %2 expected").arg(ticksNs.size()).arg(expected)));
    QVERIFY2(ticksNs.size() >= expected / 2, qPrintable(QStringLiteral("%1 ticks, %2 expected").arg(ticksNs.size()).arg(expected)));

    // Block the loop for 10 frames: afterwards one tick, then the regular pace (no 10 queued ticks).
    ticksNs.clear();
    QThread::msleep(170);
    const qint64 unblocked = LabClock::nowNs();
    QTest::qWait(50);
    const qint64 later = LabClock::nowNs();
    const auto ticksIn = [&](qint64 a, qint64 b) {
        return std::count_if(ticksNs.cbegin(), ticksNs.cend(), [&](qint64 t) { return t >= a && t <= b; });
    };
    QVERIFY2(ticksIn(unblocked, later) <= FrameCounter::expectedBetween(unblocked, later) + 1,
             qPrintable(QStringLiteral("%1 ticks in 50 ms after a block").arg(ticksIn(unblocked, later))));
    pacer.stop();
    QVERIFY(!pacer.isActive());
}

// The pacer's deadlines hold to the nanosecond on Linux (a timerfd): a wake-up never comes before its
// deadline, so a frame is never early, and one deadline is one wake-up.
void TestSpinnerWidget::wakeupNeverComesBeforeItsDeadline()
{
    PreciseWakeup wakeup;
#ifdef Q_OS_LINUX
    QVERIFY(wakeup.isSubMillisecond());
#endif
    QList<qint64> wokenNs;
    connect(&wakeup, &PreciseWakeup::woken, &wakeup, [&] { wokenNs.append(PreciseWakeup::nowNs()); });
    for (const qint64 aheadNs : {300'000LL, 2'700'000LL, 5'100'000LL}) {
        wokenNs.clear();
        const qint64 deadline = PreciseWakeup::nowNs() + aheadNs;
        wakeup.wakeAt(deadline);
        QVERIFY(wakeup.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(wokenNs.size(), 1, 5000);
        if (wakeup.isSubMillisecond())
            QVERIFY2(wokenNs.first() >= deadline, qPrintable(QStringLiteral("%1 ns early").arg(deadline - wokenNs.first())));
        QVERIFY(!wakeup.isActive());
        QTest::qWait(30);
        QCOMPARE(wokenNs.size(), 1);
    }
}

// stop() wins over a deadline that has already passed but whose wake-up the loop has not handled yet.
void TestSpinnerWidget::stoppedWakeupStaysSilent()
{
    PreciseWakeup wakeup;
    int woken = 0;
    connect(&wakeup, &PreciseWakeup::woken, &wakeup, [&] { ++woken; });
    wakeup.wakeAt(PreciseWakeup::nowNs());
    QThread::msleep(5);   // expired, not yet handled
    wakeup.stop();
    QVERIFY(!wakeup.isActive());
    QTest::qWait(50);
    QCOMPARE(woken, 0);
}

void TestSpinnerWidget::paintsNothingMoreWhenStopped()
{
    SpinnerWidget spinner;
    spinner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spinner));
    spinner.setSpinning(true);
    QTest::qWait(200);
    spinner.setSpinning(false);
    QTest::qWait(100);   // the last update after stopping
    const qint64 from = LabClock::nowNs();
    QTest::qWait(500);
    QCOMPARE(spinner.frames().paintedBetween(from, LabClock::nowNs()), 0);
}

LAB_TEST_MAIN(TestSpinnerWidget)
#include "tst_spinnerwidget.moc"

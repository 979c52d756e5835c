// SPDX-License-Identifier: MIT
#include "labtest.h"

#include "framecounter.h"
#include "framelog.h"

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ms = 1'000'000;
}

class TestFrameCounter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsFramesInAnInterval();
    void expectedFramesAt60Fps();
    void findsTheLongestGap();
    void frameLogGroupsTracksByDemo();
    void onlyTimeOnScreenCounts();
    void extraPaintsNeverExceedTheDisplay();
};

void TestFrameCounter::countsFramesInAnInterval()
{
    FrameCounter frames;
    for (qint64 t = 0; t < 1000; t += 16)
        frames.recordFrame(t * ms);
    QCOMPARE(frames.totalPainted(), 63);   // paint events
    // Painted at 62.5 Hz: a 60 Hz display shows at most one of them per refresh. The refreshes that
    // start in (0, 1000 ms] and got a frame: 1 to 59 (the one starting at 1000 ms got none).
    QCOMPARE(frames.paintedBetween(0, 1000 * ms), 59);
    QCOMPARE(frames.paintedBetween(100 * ms, 200 * ms), 5);   // refreshes 7 to 11 (128 ... 192 ms); 12 starts at 200 ms, unpainted
    QCOMPARE(frames.paintedBetween(2000 * ms, 3000 * ms), 0);
    QCOMPARE(frames.framesBetween(100 * ms, 200 * ms), (QList<qint64>{112 * ms, 128 * ms, 144 * ms, 160 * ms, 176 * ms, 192 * ms}));
    QCOMPARE(frames.framesBetween(2000 * ms, 3000 * ms), QList<qint64>());
    frames.clear();
    QCOMPARE(frames.paintedBetween(0, 1000 * ms), 0);
}

void TestFrameCounter::expectedFramesAt60Fps()
{
    QCOMPARE(FrameCounter::expectedBetween(0, 1000 * ms), 60);
    QCOMPARE(FrameCounter::expectedBetween(0, 3000 * ms), 180);
    QCOMPARE(FrameCounter::expectedBetween(500 * ms, 100 * ms), 0);
}

void TestFrameCounter::findsTheLongestGap()
{
    FrameCounter frames;
    for (qint64 t : {0, 16, 32, 48, 1048, 1064})   // a one-second freeze after 48 ms
        frames.recordFrame(t * ms);
    QCOMPARE(frames.longestGapBetween(0, 1064 * ms), 1000 * ms);
    QCOMPARE(frames.paintedBetween(49 * ms, 1047 * ms), 0);
}

// A demo shown on two lessons' pages has two tracks; reports list the demo once, with the frames
// of both (one page is on screen at a time).
void TestFrameCounter::frameLogGroupsTracksByDemo()
{
    FrameLog log;
    FrameTrack &own = log.track(u"coroutine"_s);
    FrameTrack &guest = log.track(FrameLog::guestTrackId(u"block-loop"_s, u"coroutine"_s));
    log.track(u"thread"_s);
    QCOMPARE(FrameLog::guestTrackId(u"block-loop"_s, u"coroutine"_s), u"block-loop/coroutine"_s);
    QCOMPARE(log.spinnerIds().size(), 3);
    QCOMPARE(log.demoSpinnerIds(), (QStringList{u"coroutine"_s, u"thread"_s}));
    QCOMPARE(&log.track(u"coroutine"_s), &own);   // found again, not created twice

    // Lesson 1 on screen for the first half, lesson 2 for the second.
    own.setSpinning(true, 1 * ms);   // LabClock times are never 0
    guest.setSpinning(true, 1 * ms);
    for (qint64 t = 0; t < 500; t += 16)
        own.recordFrame(t * ms);
    for (qint64 t = 504; t < 1000; t += 16)
        guest.recordFrame(t * ms);
    const FrameCounter both = log.framesOf(u"coroutine"_s);
    QCOMPARE(both.paintedBetween(0, 1000 * ms), 59);
    QCOMPARE(both.totalPainted(), 63);
    QVERIFY(both.longestGapBetween(0, 1000 * ms) <= 16 * ms);
    QVERIFY(log.wasSpinningThrough(u"coroutine"_s, 100 * ms, 900 * ms));
    QVERIFY(!log.wasSpinningDuring(u"thread"_s, 0, 1000 * ms));
    QCOMPARE(log.framesOf(u"process"_s).totalPainted(), 0);
}

// A spinner on a hidden tab paints nothing; that is no freeze. Reports count the time on screen.
void TestFrameCounter::onlyTimeOnScreenCounts()
{
    FrameLog log;
    FrameTrack &track = log.track(u"thread"_s);
    track.setOnScreen(true, 1 * ms);
    track.setSpinning(true, 1 * ms);
    for (qint64 t = 1; t < 500; t += 16)
        track.recordFrame(t * ms);
    track.setOnScreen(false, 500 * ms);   // the teacher opened another lesson's tab
    const SpinnerCount run = log.countOf(u"thread"_s, 1 * ms, 1000 * ms);
    QVERIFY(run.seen);
    QCOMPARE(run.expected, FrameCounter::expectedBetween(1 * ms, 500 * ms));
    QVERIFY(run.painted >= run.expected * 9 / 10);
    QVERIFY(run.longestGapNs <= 20 * ms);   // the hidden half is no gap
    QVERIFY(!log.countOf(u"thread"_s, 600 * ms, 1000 * ms).seen);
    track.setOnScreen(true, 800 * ms);
    QCOMPARE(log.countOf(u"thread"_s, 600 * ms, 1000 * ms).expected, FrameCounter::expectedBetween(800 * ms, 1000 * ms));
    // A track that never reported its visibility counts as always on screen.
    FrameTrack &plain = log.track(u"process"_s);
    plain.setSpinning(true, 1 * ms);
    QVERIFY(log.countOf(u"process"_s, 1 * ms, 100 * ms).seen);
}

// "183 painted of 181 expected": paints that a show, a resize or a zoom caused between two paced
// frames counted as frames. A 60 Hz display shows one frame per refresh: over any interval, painted
// never exceeds expected, and paced frames with extra paints in between count as the paced ones.
void TestFrameCounter::extraPaintsNeverExceedTheDisplay()
{
    FrameCounter frames;
    constexpr qint64 refreshes = 181;
    for (qint64 slot = 1; slot <= refreshes; ++slot) {
        const qint64 paced = FrameCounter::slotStartNs(slot) + 1 * ms;   // FramePacer's tick
        frames.recordFrame(paced);
        if (slot % 3 == 0)
            frames.recordFrame(paced + 5 * ms);   // a resize
        if (slot % 50 == 0) {
            for (int extra = 1; extra <= 4; ++extra)   // a zoom: a burst of repaints
                frames.recordFrame(paced + extra * 2 * ms);
        }
    }
    QVERIFY(frames.totalPainted() > refreshes + 60);
    const qint64 from = FrameCounter::slotStartNs(1) - 1;   // just before the first refresh
    const qint64 to = FrameCounter::slotStartNs(refreshes + 1) - 1;
    QCOMPARE(FrameCounter::expectedBetween(from, to), int(refreshes));
    QCOMPARE(frames.paintedBetween(from, to), int(refreshes));
    // Any interval: never more than the display shows.
    for (qint64 a = 0; a < 400 * ms; a += 7 * ms + 123) {
        for (qint64 b = a; b < 3100 * ms; b += 97 * ms + 321) {
            QVERIFY2(frames.paintedBetween(a, b) <= FrameCounter::expectedBetween(a, b),
                     qPrintable(u"%1 of %2 in [%3, %4]"_s.arg(frames.paintedBetween(a, b)).arg(FrameCounter::expectedBetween(a, b)).arg(a).arg(b)));
        }
    }
    // And for a demo whose panels on two pages painted at once (merged tracks).
    FrameLog log;
    FrameTrack &own = log.track(u"coroutine"_s);
    FrameTrack &guest = log.track(FrameLog::guestTrackId(u"block-loop"_s, u"coroutine"_s));
    for (qint64 t = 0; t < 1000; t += 16) {
        own.recordFrame(t * ms);
        guest.recordFrame(t * ms + 3 * ms);
    }
    const SpinnerCount count = log.countOf(u"coroutine"_s, 0, 1000 * ms);
    QVERIFY2(count.painted <= count.expected, qPrintable(u"%1 of %2"_s.arg(count.painted).arg(count.expected)));
}

LAB_TEST_MAIN(TestFrameCounter)
#include "tst_framecounter.moc"

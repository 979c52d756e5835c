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
};

void TestFrameCounter::countsFramesInAnInterval()
{
    FrameCounter frames;
    for (qint64 t = 0; t < 1000; t += 16)
        frames.recordFrame(t * ms);
    QCOMPARE(frames.totalPainted(), 63);
    QCOMPARE(frames.paintedBetween(0, 1000 * ms), 63);
    QCOMPARE(frames.paintedBetween(100 * ms, 200 * ms), 6);   // 112 128 144 160 176 192
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
    QCOMPARE(both.paintedBetween(0, 1000 * ms), 63);
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

LAB_TEST_MAIN(TestFrameCounter)
#include "tst_framecounter.moc"

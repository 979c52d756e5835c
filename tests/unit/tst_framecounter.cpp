// SPDX-License-Identifier: MIT
#include "labtest.h"

#include "framecounter.h"

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

LAB_TEST_MAIN(TestFrameCounter)
#include "tst_framecounter.moc"

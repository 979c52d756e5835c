// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "eventloopmonitor.h"
#include "labclock.h"
#include "labelplacer.h"
#include "lagmeterwidget.h"

#include <QDir>
#include <QImage>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 ms = 1'000'000;

// Ten seconds of heartbeats ending now: 1-3 ms of jitter, a 25 ms hiccup, and a 2 s freeze that
// ended 1.5 s ago.
void fillSyntheticSamples(EventLoopMonitor &monitor)
{
    const qint64 endNs = LabClock::nowNs();
    qint64 t = endNs - 10'000 * ms;
    monitor.recordTick(t);
    int i = 0;
    while (t < endNs) {
        qint64 interval = 10 * ms + (i % 7) * 300'000 + (i % 3) * 400'000;
        if (i == 250)
            interval = 35 * ms;
        if (t > endNs - 3'500 * ms && t < endNs - 3'480 * ms)
            interval = 2003 * ms;
        t += interval;
        monitor.recordTick(t);
        ++i;
    }
}

bool hasSeveralColours(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != first)
                return true;
        }
    }
    return false;
}
} // namespace

class TestLagMeter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scaleShowsJitterAndFreezes();
    void rendersSamples();
    void followsARunningMonitor();
    void headerCountsAFreezeWhole();
    void freezeLabelsNeverOverlap();
    void screenshot();
};

// Lesson 2's graph after Block, Await and a few more runs wrote "1100 ms freeze", "330 ms freeze"
// and "203 ms freeze" over each other. Plates that collide go a line lower, or are left out when
// no line is free; none is drawn over another, and the first (newest) keeps its place.
void TestLagMeter::freezeLabelsNeverOverlap()
{
    const QRectF area(0, 0, 400, 60);
    const QList<QRectF> wanted{QRectF(300, 0, 90, 20), QRectF(280, 0, 90, 20), QRectF(260, 5, 90, 20),
                               QRectF(250, 0, 90, 20), QRectF(10, 0, 90, 20)};
    const QList<std::optional<QRectF>> placed = LabelPlacer::place(wanted, area);
    QCOMPARE(placed.size(), wanted.size());
    QCOMPARE(placed.first(), std::optional<QRectF>(wanted.first()));
    QCOMPARE(placed.last(), std::optional<QRectF>(wanted.last()));   // nothing in its way
    QList<QRectF> drawn;
    for (const std::optional<QRectF> &plate : placed) {
        if (!plate)
            continue;
        QVERIFY(area.contains(*plate));
        for (const QRectF &other : std::as_const(drawn))
            QVERIFY2(!other.intersects(*plate), "two freeze labels overlap");
        drawn << *plate;
    }
    QVERIFY2(drawn.size() < wanted.size(), "three 20 px lines cannot hold four overlapping plates");
    QVERIFY(drawn.size() >= 3);
}

void TestLagMeter::scaleShowsJitterAndFreezes()
{
    QCOMPARE(LagMeterWidget::scaleOf(0), 0.0);
    QCOMPARE(LagMeterWidget::scaleOf(LagMeterWidget::scaleTopMs), 1.0);
    QCOMPARE(LagMeterWidget::scaleOf(60'000), 1.0);  // clamped
    // 2 ms of jitter is visible (over a tenth of the height); 3 s is not pinned to the top.
    QVERIFY(LagMeterWidget::scaleOf(2) > 0.1);
    QVERIFY(LagMeterWidget::scaleOf(3000) < 1.0);
    QVERIFY(LagMeterWidget::scaleOf(2) < LagMeterWidget::scaleOf(LagMeterWidget::frameBudgetMs));
    QVERIFY(LagMeterWidget::scaleOf(LagMeterWidget::frameBudgetMs) < LagMeterWidget::scaleOf(2000));
}

void TestLagMeter::rendersSamples()
{
    EventLoopMonitor monitor;
    LagMeterWidget empty;
    empty.setMonitor(&monitor);
    empty.resize(empty.sizeHint());
    const QImage emptyImage = empty.grab().toImage();

    fillSyntheticSamples(monitor);
    QVERIFY(monitor.summaryOfLast(10'000 * ms).maxNs >= 1900 * ms);
    LagMeterWidget widget;
    widget.setMonitor(&monitor);
    widget.resize(widget.sizeHint());
    QVERIFY(widget.sizeHint().width() >= 600);
    QVERIFY(widget.sizeHint().height() >= 140);
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(hasSeveralColours(image));
    QCOMPARE(image.size(), emptyImage.size());
    QVERIFY(image != emptyImage);
}

void TestLagMeter::followsARunningMonitor()
{
    EventLoopMonitor monitor;
    monitor.start();
    LagMeterWidget widget;
    widget.setMonitor(&monitor);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QTest::qWait(200);
    QVERIFY(monitor.sampleCount() > 5);
    QVERIFY(hasSeveralColours(widget.grab().toImage()));
    widget.setMonitor(nullptr);  // no monitor: still paints, no crash
    QVERIFY(!widget.grab().isNull());
}

void TestLagMeter::headerCountsAFreezeWhole()
{
    // A 10 s freeze that began 12 s ago: the graph (last 10 s) shows its end, labelled "10010 ms
    // freeze"; the header's max is that freeze too, not the 8 s of it inside the window.
    const qint64 now = 100'000 * ms;
    QList<LagSample> samples;
    for (qint64 t = now - 15'000 * ms; t < now - 12'000 * ms; t += 10 * ms)
        samples.append({t, 10 * ms, 0});
    samples.append({now - 2'000 * ms, 10'010 * ms, 10'000 * ms});
    for (qint64 t = now - 1'990 * ms; t <= now; t += 10 * ms)
        samples.append({t, 10 * ms, 0});
    const QList<LagSample> shown = LagStatistics::samplesBetween(samples, now - LagMeterWidget::windowNs, now);
    QCOMPARE(LagMeterWidget::shownSummary(shown).maxNs, 10'000 * ms);
    QCOMPARE(LagMeterWidget::shownSummary(shown).longestGapNs, 10'010 * ms);
    QVERIFY(LagStatistics::summarize(shown, now - LagMeterWidget::windowNs, now).maxNs < 9'000 * ms);   // what it said
    // The last half second: no freeze in it, whatever came before.
    QCOMPARE(LagMeterWidget::shownSummary(LagStatistics::samplesBetween(samples, now - 500 * ms, now)).maxNs, 0);
    QCOMPARE(LagMeterWidget::shownSummary({}).sampleCount, 0);
}

void TestLagMeter::screenshot()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    EventLoopMonitor monitor;
    fillSyntheticSamples(monitor);
    LagMeterWidget widget;
    widget.setMonitor(&monitor);
    widget.resize(widget.sizeHint());
    QVERIFY(widget.grab().save(QDir(dir).filePath(u"lagmeter.png"_s)));
}

LAB_TEST_MAIN(TestLagMeter)
#include "tst_lagmeter.moc"

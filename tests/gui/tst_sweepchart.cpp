// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "labtestpictures.h"
#include "okabeito.h"
#include "sweepaxis.h"
#include "sweepchart.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// The numbers of lesson 3 on a 2-core machine: C++ about 0.85 s sequential, CPython about 10 s.
// Threads and processes by colour, the language by line style.
QList<SweepSeries> lessonSweep(int workers = 4)
{
    const auto series = [workers](const QString &label, const QColor &colour, Qt::PenStyle style, double baseline,
                                  const QList<double> &seconds) {
        SweepSeries s{label, colour, style, baseline, {}};
        for (int n = 1; n <= std::min(workers, int(seconds.size())); ++n)
            s.points << QPointF(n, seconds.at(n - 1));
        return s;
    };
    return {series(u"C++ threads"_s, OkabeIto::blue(), Qt::SolidLine, 0.85, {0.85, 0.44, 0.44, 0.45}),
            series(u"C++ processes"_s, OkabeIto::vermillion(), Qt::SolidLine, 0.85, {0.86, 0.45, 0.46, 0.47}),
            series(u"Python threads"_s, OkabeIto::bluishGreen(), Qt::DashLine, 10.0, {10.1, 10.4, 10.6, 10.7}),
            series(u"Python processes"_s, OkabeIto::reddishPurple(), Qt::DashLine, 10.0, {10.2, 5.3, 5.4, 5.5})};
}

using LabTest::countColour;
using LabTest::darkPalette;

void prepare(SweepChart &chart, const QList<SweepSeries> &series)
{
    chart.setWorkerRange(4);
    chart.setCoreCount(2);
    chart.setSeries(series);
    chart.resize(chart.sizeHint());
}
} // namespace

class TestSweepChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyShowsHint();
    void drawsEachSeriesColour();
    void logAxisWhenSpanIsLarge_data();
    void logAxisWhenSpanIsLarge();
    void speedupFromBaseline();
    void describesTheData();
    void growsPointByPoint();
    void dropsPointsItCannotDraw();
    void workerRange();
    void stacksWhenNarrow();
    void sizeHintGrowsWithFont();
    void tooltipShowsAPoint();
    void axisNiceValues();
    void secondsAxisTicks_data();
    void secondsAxisTicks();
    void speedupAxisTicks();
    void workerTicks_data();
    void workerTicks();
    void axisTexts();
    void screenshot();
};

void TestSweepChart::emptyShowsHint()
{
    SweepChart chart;
    prepare(chart, {});
    QVERIFY(!chart.hasData());
    QCOMPARE(chart.accessibleDescription(), SweepChart::emptyHint());
    QCOMPARE(SweepChart::emptyHint(), u"Run a sweep to draw time and speedup against the number of workers."_s);
    QVERIFY(chart.plotRect(SweepChart::Plot::Time).isEmpty());
    // Series without points are no data either.
    QList<SweepSeries> noPoints = lessonSweep();
    for (SweepSeries &s : noPoints)
        s.points.clear();
    chart.setSeries(noPoints);
    QVERIFY(!chart.hasData());
    QCOMPARE(chart.accessibleDescription(), SweepChart::emptyHint());
    const QImage image = chart.grab().toImage();
    for (const SweepSeries &s : noPoints)
        QCOMPARE(countColour(image, s.color, image.rect()), 0);
    // The hint is drawn: there is text in the middle of an otherwise plain window.
    const QRgb background = image.pixel(1, 1);
    bool text = false;
    for (int x = 0; x < image.width() && !text; ++x)
        text = image.pixel(x, image.height() / 2) != background;
    QVERIFY(text);
}

void TestSweepChart::drawsEachSeriesColour()
{
    SweepChart chart;
    prepare(chart, lessonSweep());
    QVERIFY(chart.hasData());
    const QImage image = chart.grab().toImage();
    const QRect time = chart.plotRect(SweepChart::Plot::Time);
    const QRect speedup = chart.plotRect(SweepChart::Plot::Speedup);
    QVERIFY(time.isValid() && speedup.isValid());
    for (const SweepSeries &s : lessonSweep()) {
        // Markers are filled with the exact colour: several pixels per point on each plot.
        QVERIFY2(countColour(image, s.color, time) >= 4 * 10, qPrintable(s.label));
        QVERIFY2(countColour(image, s.color, speedup) >= 4 * 10, qPrintable(s.label));
    }
    // Without a baseline, a series is on the time plot only.
    QList<SweepSeries> unknown = lessonSweep();
    unknown[2].baselineSeconds = 0;
    chart.setSeries(unknown);
    const QImage withoutBaseline = chart.grab().toImage();
    QVERIFY(countColour(withoutBaseline, unknown.at(2).color, chart.plotRect(SweepChart::Plot::Time)) >= 40);
    QCOMPARE(countColour(withoutBaseline, unknown.at(2).color, chart.plotRect(SweepChart::Plot::Speedup)), 0);
}

void TestSweepChart::logAxisWhenSpanIsLarge_data()
{
    QTest::addColumn<QList<double>>("seconds");
    QTest::addColumn<double>("baseline");
    QTest::addColumn<bool>("logarithmic");
    QTest::newRow("C++ only") << QList<double>{0.85, 0.44, 0.44, 0.45} << 0.85 << false;
    QTest::newRow("CPython only") << QList<double>{10.2, 5.3, 5.4, 5.5} << 10.0 << false;
    QTest::newRow("nine times") << QList<double>{1.0, 9.0} << 0.0 << false;
    QTest::newRow("eleven times") << QList<double>{1.0, 11.0} << 0.0 << true;
    QTest::newRow("the baseline counts") << QList<double>{1.0, 2.0} << 30.0 << true;
    QTest::newRow("one point") << QList<double>{3.0} << 0.0 << false;
}

void TestSweepChart::logAxisWhenSpanIsLarge()
{
    QFETCH(QList<double>, seconds);
    QFETCH(double, baseline);
    QFETCH(bool, logarithmic);
    SweepSeries s{u"S"_s, OkabeIto::orange(), Qt::SolidLine, baseline, {}};
    for (int i = 0; i < seconds.size(); ++i)
        s.points << QPointF(i + 1, seconds.at(i));
    SweepChart chart;
    prepare(chart, {s});
    QCOMPARE(chart.isTimeLogarithmic(), logarithmic);
    QVERIFY(!chart.grab().isNull());

    // C++ and CPython together span more than ten times.
    chart.setSeries(lessonSweep());
    QVERIFY(chart.isTimeLogarithmic());
}

void TestSweepChart::speedupFromBaseline()
{
    const SweepSeries s{u"S"_s, OkabeIto::orange(), Qt::SolidLine, 10.0, {}};
    QCOMPARE(SweepChart::speedupOf(s, 5.0), std::optional<double>(2.0));
    QCOMPARE(SweepChart::speedupOf(s, 20.0), std::optional<double>(0.5));
    QCOMPARE(SweepChart::speedupOf(s, 0.0), std::nullopt);
    const SweepSeries unknown{u"U"_s, OkabeIto::orange(), Qt::SolidLine, 0, {}};
    QCOMPARE(SweepChart::speedupOf(unknown, 5.0), std::nullopt);

    SweepChart chart;
    prepare(chart, lessonSweep());
    const QString description = chart.accessibleDescription();
    QVERIFY2(description.contains(u"C++ threads (sequential 0.85 s): N=1: 0.85 s (1.0x), N=2: 0.44 s (1.9x)"_s),
             qPrintable(description));
    QVERIFY2(description.contains(u"N=2: 5.30 s (1.9x)"_s), qPrintable(description));
    QVERIFY2(description.contains(u"N=4: 10.7 s (0.9x)"_s), qPrintable(description));
}

void TestSweepChart::describesTheData()
{
    SweepChart chart;
    QCOMPARE(chart.accessibleName(), u"Time and speedup against the number of workers"_s);
    SweepSeries s{u"C++ threads"_s, OkabeIto::blue(), Qt::SolidLine, 0.85, {{1, 0.85}, {2, 0.44}}};
    SweepSeries t{u"Python threads"_s, OkabeIto::bluishGreen(), Qt::DashLine, 0, {{1, 10.1}}};
    SweepSeries u{u"Python processes"_s, OkabeIto::reddishPurple(), Qt::DashLine, 10, {}};
    chart.setCoreCount(2);
    chart.setSeries({s, t, u});
    QCOMPARE(chart.accessibleDescription(),
             u"C++ threads (sequential 0.85 s): N=1: 0.85 s (1.0x), N=2: 0.44 s (1.9x). "
             "Python threads: N=1: 10.1 s. "
             "Python processes (sequential 10.0 s): no measurement yet. "
             "2 cores."_s);   // the English plurals every test installs, as the app does

}

void TestSweepChart::growsPointByPoint()
{
    SweepChart chart;
    chart.setWorkerRange(4);
    chart.setCoreCount(2);
    chart.resize(chart.sizeHint());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<SweepSeries> full = lessonSweep();
    QList<SweepSeries> sweep = full;
    for (SweepSeries &s : sweep)
        s.points.clear();
    QString previous = chart.accessibleDescription();
    for (int i = 0; i < full.size(); ++i) {
        for (const QPointF &p : full.at(i).points) {
            sweep[i].points << p;
            chart.setSeries(sweep);
            QVERIFY(chart.accessibleDescription() != previous);
            previous = chart.accessibleDescription();
            QVERIFY(countColour(chart.grab().toImage(), full.at(i).color, chart.plotRect(SweepChart::Plot::Time)) > 0);
        }
    }
    QCOMPARE(chart.series().size(), 4);
    QCOMPARE(chart.series().at(3).points.size(), 4);
}

void TestSweepChart::dropsPointsItCannotDraw()
{
    SweepChart chart;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    SweepSeries s{u"S"_s, OkabeIto::orange(), Qt::SolidLine, nan, {{3, 0.5}, {0, 1}, {1, 0}, {2, -1}, {2, nan}, {inf, 1}, {1, 0.9}}};
    prepare(chart, {s});
    const SweepSeries drawn = chart.series().at(0);
    QCOMPARE(drawn.points, (QList<QPointF>{{1, 0.9}, {3, 0.5}}));
    QCOMPARE(drawn.baselineSeconds, 0.0);
    QVERIFY(!chart.grab().isNull());
}

void TestSweepChart::workerRange()
{
    SweepChart chart;
    QCOMPARE(chart.maxWorkers(), 2);  // at least 1 and 2
    chart.setWorkerRange(8);
    QCOMPARE(chart.maxWorkers(), 8);
    SweepSeries s{u"S"_s, OkabeIto::orange(), Qt::SolidLine, 1.0, {{1, 1}, {12, 0.2}}};
    chart.setSeries({s});
    QCOMPARE(chart.maxWorkers(), 12);  // a point beyond the range widens it
    chart.setCoreCount(64);            // beyond the axis: no marker, still mentioned
    QVERIFY(chart.accessibleDescription().endsWith(u"64 cores."_s));
    for (int workers : {1, 2, 16, 64, 256}) {
        chart.setWorkerRange(workers);
        chart.resize(chart.minimumSizeHint());
        QVERIFY(!chart.grab().isNull());
    }
}

void TestSweepChart::stacksWhenNarrow()
{
    SweepChart chart;
    prepare(chart, lessonSweep());
    QVERIFY(chart.plotRect(SweepChart::Plot::Time).right() < chart.plotRect(SweepChart::Plot::Speedup).left());
    chart.resize(chart.minimumSizeHint().width(), chart.sizeHint().height());
    QVERIFY(chart.plotRect(SweepChart::Plot::Time).bottom() < chart.plotRect(SweepChart::Plot::Speedup).top());
    const QImage image = chart.grab().toImage();
    for (const SweepSeries &s : lessonSweep())
        QVERIFY(countColour(image, s.color, chart.plotRect(SweepChart::Plot::Speedup)) > 0);
}

void TestSweepChart::sizeHintGrowsWithFont()
{
    SweepChart chart;
    const QSize normal = chart.sizeHint();
    const QSize normalMinimum = chart.minimumSizeHint();
    QFont big = chart.font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    chart.setFont(big);
    QVERIFY(chart.sizeHint().width() > normal.width());
    QVERIFY(chart.sizeHint().height() > normal.height());
    QVERIFY(chart.minimumSizeHint().width() > normalMinimum.width());
    QVERIFY(chart.minimumSizeHint().height() > normalMinimum.height());
}

void TestSweepChart::tooltipShowsAPoint()
{
    SweepChart chart;
    prepare(chart, lessonSweep());
    // Every point of Python processes on the speedup plot: find its markers by colour.
    const QImage image = chart.grab().toImage();
    const QRect speedup = chart.plotRect(SweepChart::Plot::Speedup);
    const QColor purple = OkabeIto::reddishPurple();
    QSet<QString> texts;
    for (int y = speedup.top(); y <= speedup.bottom(); ++y) {
        for (int x = speedup.left(); x <= speedup.right(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (purple.rgb() & 0xffffff))
                texts << chart.pointTextAt(QPoint(x, y));
        }
    }
    QVERIFY2(texts.contains(u"Python processes, N=2: 5.30 s (1.9x)"_s), qPrintable(QStringList(texts.values()).join(u'|')));
    QVERIFY(texts.contains(u"Python processes, N=1: 10.2 s (1.0x)"_s));
    QCOMPARE(chart.pointTextAt(QPoint(1, 1)), QString());
    // The time plot too, and nothing without data.
    const QRect time = chart.plotRect(SweepChart::Plot::Time);
    const QColor vermillion = OkabeIto::vermillion();
    bool found = false;
    for (int y = time.top(); y <= time.bottom() && !found; ++y) {
        for (int x = time.left(); x <= time.right() && !found; ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (vermillion.rgb() & 0xffffff))
                found = chart.pointTextAt(QPoint(x, y)) == u"C++ processes, N=4: 0.47 s (1.8x)"_s;
        }
    }
    QVERIFY(found);
    chart.setSeries({});
    QCOMPARE(chart.pointTextAt(time.center()), QString());
}

void TestSweepChart::axisNiceValues()
{
    QCOMPARE(SweepAxis::niceFloor(0.44 / 1.15), 0.2);
    QCOMPARE(SweepAxis::niceFloor(7), 5.0);
    QCOMPARE(SweepAxis::niceFloor(1), 1.0);
    QCOMPARE(SweepAxis::niceFloor(0.01), 0.01);
    QCOMPARE(SweepAxis::niceCeil(0.27), 0.5);
    QCOMPARE(SweepAxis::niceCeil(0.72), 1.0);
    QCOMPARE(SweepAxis::niceCeil(2), 2.0);
    QCOMPARE(SweepAxis::niceCeil(10.7 * 1.15), 20.0);
    QCOMPARE(SweepAxis::niceCeil(60), 100.0);
}

// Ticks at least 50 px apart; the axis as its tick labels, so 0.6000000000000001 reads "0.6".
void TestSweepChart::secondsAxisTicks_data()
{
    QTest::addColumn<double>("minSeconds");
    QTest::addColumn<double>("maxSeconds");
    QTest::addColumn<int>("length");
    QTest::addColumn<bool>("logarithmic");
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<QStringList>("ticks");
    // Linear from 0: at most length / 50 steps of 1, 2 or 5 times a power of ten, up past max * 1.08.
    QTest::newRow("linear, 4 steps") << 0.5 << 1.0 << 200 << false << 0.0 << 1.5
                                     << QStringList{u"0"_s, u"0.5"_s, u"1"_s, u"1.5"_s};
    QTest::newRow("linear, 8 steps") << 0.5 << 1.0 << 400 << false << 0.0 << 1.2
                                     << QStringList{u"0"_s, u"0.2"_s, u"0.4"_s, u"0.6"_s, u"0.8"_s, u"1"_s, u"1.2"_s};
    // Lesson 3's times, 0.44 s to 10.7 s: logarithmic from 0.2 to 20, ticks as dense as they fit.
    QTest::newRow("log, 1 2 5") << 0.44 << 10.7 << 400 << true << 0.2 << 20.0
                                << QStringList{u"0.2"_s, u"0.5"_s, u"1"_s, u"2"_s, u"5"_s, u"10"_s, u"20"_s};
    QTest::newRow("log, 1 3") << 0.44 << 10.7 << 300 << true << 0.2 << 20.0
                              << QStringList{u"0.3"_s, u"1"_s, u"3"_s, u"10"_s};
    QTest::newRow("log, decades") << 0.44 << 10.7 << 100 << true << 0.2 << 20.0 << QStringList{u"1"_s, u"10"_s};
    QTest::newRow("no times") << 0.0 << 0.0 << 400 << false << 0.0 << 1.0 << QStringList{};
}

void TestSweepChart::secondsAxisTicks()
{
    QFETCH(double, minSeconds);
    QFETCH(double, maxSeconds);
    QFETCH(int, length);
    QFETCH(bool, logarithmic);
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(QStringList, ticks);
    const SweepAxis axis = SweepAxis::seconds(minSeconds, maxSeconds, length, 50, SweepChart::logSpanThreshold);
    QCOMPARE(axis.log, logarithmic);
    QCOMPARE(axis.lo, lo);
    QCOMPARE(axis.hi, hi);
    QStringList texts;
    for (double tick : axis.ticks)
        texts << SweepAxis::formatTick(tick);
    QCOMPARE(texts, ticks);
    QVERIFY(std::is_sorted(axis.ticks.cbegin(), axis.ticks.cend()));
    if (!axis.ticks.isEmpty()) {
        QCOMPARE(axis.fraction(axis.lo), 0.0);
        QCOMPARE(axis.fraction(axis.hi), 1.0);
    }
    if (logarithmic)  // equal ratios, equal distances
        QCOMPARE(axis.fraction(2) - axis.fraction(1), axis.fraction(10) - axis.fraction(5));
}

void TestSweepChart::speedupAxisTicks()
{
    // Up to the number of workers at least: whole steps.
    SweepAxis axis = SweepAxis::speedup(4, 300, 50);
    QCOMPARE(axis.log, false);
    QCOMPARE(axis.hi, 5.0);
    QCOMPARE(axis.ticks, (QList<double>{0, 1, 2, 3, 4, 5}));
    // A step never below 1, however much room.
    axis = SweepAxis::speedup(1.5, 300, 50);
    QCOMPARE(axis.ticks, (QList<double>{0, 1, 2}));
    // Far beyond: at most length / 50 steps.
    axis = SweepAxis::speedup(30, 200, 50);
    QCOMPARE(axis.hi, 40.0);
    QCOMPARE(axis.ticks, (QList<double>{0, 10, 20, 30, 40}));
}

void TestSweepChart::workerTicks_data()
{
    QTest::addColumn<int>("maxWorkers");
    QTest::addColumn<double>("pixelsPerWorker");
    QTest::addColumn<QList<int>>("ticks");
    QTest::newRow("every N") << 4 << 100.0 << QList<int>{1, 2, 3, 4};
    QTest::newRow("2 is too close to 1") << 8 << 16.0 << QList<int>{1, 4, 6, 8};
    QTest::newRow("multiples of 8") << 64 << 5.0 << QList<int>{1, 8, 16, 24, 32, 40, 48, 56, 64};
}

void TestSweepChart::workerTicks()
{
    QFETCH(int, maxWorkers);
    QFETCH(double, pixelsPerWorker);
    QFETCH(QList<int>, ticks);
    QCOMPARE(SweepAxis::workerTicks(maxWorkers, pixelsPerWorker, 30), ticks);
}

void TestSweepChart::axisTexts()
{
    QCOMPARE(SweepAxis::formatTick(0.1 + 0.2), u"0.3"_s);
    QCOMPARE(SweepAxis::formatTick(20), u"20"_s);
    QCOMPARE(SweepAxis::formatTick(1234567), u"1.23457e+06"_s);
    QCOMPARE(SweepAxis::formatSeconds(0.0442), u"0.044 s"_s);
    QCOMPARE(SweepAxis::formatSeconds(0.44), u"0.44 s"_s);
    QCOMPARE(SweepAxis::formatSeconds(10.66), u"10.7 s"_s);
    QCOMPARE(SweepAxis::formatSeconds(123.4), u"123 s"_s);
    QCOMPARE(SweepAxis::formatSpeedup(1.93), u"1.9x"_s);
    QCOMPARE(SweepAxis::formatSpeedup(12), u"12.0x"_s);
    QCOMPARE(SweepAxis::formatWorkers(4), u"4"_s);
}

void TestSweepChart::screenshot()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    const auto shoot = [&](const QString &name, const QList<SweepSeries> &series, double fontScale, bool dark,
                           QSize size = {}) {
        SweepChart chart;
        QFont font = chart.font();
        font.setPointSizeF(font.pointSizeF() * fontScale);
        chart.setFont(font);
        if (dark)
            chart.setPalette(darkPalette());
        prepare(chart, series);
        if (size.isValid())
            chart.resize(size);
        return chart.grab().save(QDir(dir).filePath(name));
    };
    QVERIFY(shoot(u"sweep.png"_s, lessonSweep(), 1.0, false));
    QVERIFY(shoot(u"sweep-zoom.png"_s, lessonSweep(), 1.5, false));
    QVERIFY(shoot(u"sweep-dark.png"_s, lessonSweep(), 1.0, true));
    QVERIFY(shoot(u"sweep-narrow.png"_s, lessonSweep(), 1.0, false, {420, 700}));
    QVERIFY(shoot(u"sweep-small.png"_s, lessonSweep(), 1.0, false, {480, 320}));
    QVERIFY(shoot(u"sweep-progress.png"_s, lessonSweep(2), 1.0, false));
    QVERIFY(shoot(u"sweep-cpp.png"_s, lessonSweep().mid(0, 2), 1.0, false));
    QVERIFY(shoot(u"sweep-empty.png"_s, {}, 1.0, false));
}

LAB_TEST_MAIN(TestSweepChart)
#include "tst_sweepchart.moc"

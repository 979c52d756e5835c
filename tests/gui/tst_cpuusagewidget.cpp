// SPDX-License-Identifier: MIT
#include "labtest.h"
#include "labtestpictures.h"
#include "cpuusagesampler.h"
#include "cpuusagewidget.h"
#include "okabeito.h"

#include <QDir>
#include <QImage>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {
// Counters that advance by what a test says each core did; the sampler reads them through its
// injected source. Nothing here depends on time.
struct FakeCpu {
    QList<CoreTimes> counters;
    bool readable = true;

    explicit FakeCpu(int cores) : counters(cores) {}

    // One period of 1000 ticks per core, busy for the given share.
    void run(const QList<double> &busy)
    {
        for (qsizetype i = 0; i < counters.size(); ++i) {
            counters[i].total += 1000;
            counters[i].busy += quint64(qRound(busy.value(i) * 1000));
        }
    }

    CpuUsageSampler::Source source()
    {
        return [this]() -> std::optional<QList<CoreTimes>> {
            if (!readable)
                return std::nullopt;
            return counters;
        };
    }
};

// A sampler on `cpu` whose timer never fires during a test: the test steps it with sampleNow().
std::unique_ptr<CpuUsageSampler> steppedSampler(FakeCpu &cpu)
{
    auto sampler = std::make_unique<CpuUsageSampler>();
    sampler->setInterval(std::chrono::hours(1));
    sampler->setSource(cpu.source());
    return sampler;
}

void step(FakeCpu &cpu, CpuUsageSampler &sampler, const QList<double> &busy)
{
    cpu.run(busy);
    sampler.sampleNow();
}

using LabTest::countColour;
using LabTest::darkPalette;
} // namespace

class TestCpuUsageWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void describesInjectedData();
    void startsOnShowAndStopsOnHide();
    void keepsTenSecondsOfHistory();
    void saysWhenUnavailable();
    void drawsBusyCores();
    void manyCoresFit();
    void sizeHintGrowsWithFont();
    void survivesItsSamplerBeingDeleted();
    void screenshot();
};

void TestCpuUsageWidget::describesInjectedData()
{
    FakeCpu cpu(2);
    auto sampler = steppedSampler(cpu);
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    QCOMPARE(widget.sampler(), sampler.get());
    QCOMPARE(widget.accessibleName(), u"CPU use per core"_s);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    QCOMPARE(widget.accessibleDescription(), u"Measuring CPU use per core."_s);
    QVERIFY(widget.lastSample().isEmpty());

    step(cpu, *sampler, {0.98, 0.03});
    QCOMPARE(widget.lastSample(), (QList<double>{0.98, 0.03}));
    QCOMPARE(widget.accessibleDescription(), u"CPU 0: 98 %, CPU 1: 3 %"_s);
    step(cpu, *sampler, {1.0, 0.996});
    QCOMPARE(widget.accessibleDescription(), u"CPU 0: 100 %, CPU 1: 100 %"_s);
    QCOMPARE(widget.coreCount(), 2);
}

void TestCpuUsageWidget::startsOnShowAndStopsOnHide()
{
    FakeCpu cpu(2);
    auto sampler = steppedSampler(cpu);
    QWidget page;  // a tab's page, say
    auto *widget = new CpuUsageWidget(&page);
    widget->setSampler(sampler.get());
    QVERIFY(!sampler->isRunning());  // not before it is shown
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(sampler->isRunning());
    step(cpu, *sampler, {0.5, 0.5});
    QCOMPARE(widget->history().size(), 1);

    // Hidden with its page (a tab switched away), or by itself.
    page.hide();
    QVERIFY(!sampler->isRunning());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(sampler->isRunning());
    QVERIFY(widget->history().isEmpty());  // a new look starts a new history
    widget->hide();
    QVERIFY(!sampler->isRunning());
    widget->show();
    QVERIFY(sampler->isRunning());
    // Deleted while shown: it stops what it started.
    delete widget;
    QVERIFY(!sampler->isRunning());

    // The widget's own sampler when none is given.
    CpuUsageWidget own;
    QVERIFY(own.sampler() != nullptr);
    own.setSampler(nullptr);
    QVERIFY(own.sampler() != nullptr);
    own.show();
    QVERIFY(QTest::qWaitForWindowExposed(&own));
    QVERIFY(own.sampler()->isRunning());
    own.hide();
    QVERIFY(!own.sampler()->isRunning());
}

void TestCpuUsageWidget::keepsTenSecondsOfHistory()
{
    FakeCpu cpu(1);
    auto sampler = steppedSampler(cpu);
    sampler->setInterval(std::chrono::hours(1));
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    // The history is ten seconds of samples at the sampler's interval (an hour here: two samples).
    for (int i = 0; i < 5; ++i)
        step(cpu, *sampler, {i / 10.0});
    QCOMPARE(widget.history().size(), 2);
    QCOMPARE(widget.history().last(), QList<double>{0.4});

    sampler->setInterval(CpuUsageSampler::defaultInterval);
    for (int i = 0; i < 100; ++i)
        step(cpu, *sampler, {(i % 10) / 10.0});
    const qsizetype expected = CpuUsageWidget::historyMs / CpuUsageSampler::defaultInterval.count() + 1;
    QCOMPARE(widget.history().size(), expected);
    QCOMPARE(widget.history().last(), QList<double>{0.9});
    sampler->stop();  // a 250 ms timer must not tick into the rest of the test
}

void TestCpuUsageWidget::saysWhenUnavailable()
{
    FakeCpu cpu(2);
    cpu.readable = false;
    auto sampler = steppedSampler(cpu);
    QVERIFY(!sampler->isAvailable());
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    const QString unavailable = u"Per-core CPU use is not available on this system."_s;
    QCOMPARE(widget.accessibleDescription(), unavailable);
    widget.resize(widget.sizeHint());
    QVERIFY(widget.sizeHint().width() >= widget.fontMetrics().horizontalAdvance(unavailable));
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(countColour(image, OkabeIto::blue()), 0);  // no bars

    // Counters that come back: the widget follows.
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    cpu.readable = true;
    sampler->sampleNow();  // the new reference
    QVERIFY(sampler->isAvailable());
    QCOMPARE(widget.accessibleDescription(), u"Measuring CPU use per core."_s);
    step(cpu, *sampler, {0.25, 0.75});
    QCOMPARE(widget.accessibleDescription(), u"CPU 0: 25 %, CPU 1: 75 %"_s);
    cpu.readable = false;
    sampler->sampleNow();
    QCOMPARE(widget.accessibleDescription(), unavailable);
}

void TestCpuUsageWidget::drawsBusyCores()
{
    FakeCpu cpu(2);
    auto sampler = steppedSampler(cpu);
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    widget.resize(widget.sizeHint());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    const QImage idle = widget.grab().toImage();
    QCOMPARE(countColour(idle, OkabeIto::blue()), 0);
    for (int i = 0; i < 8; ++i)
        step(cpu, *sampler, {1.0, 0.0});
    const QImage oneBusy = widget.grab().toImage();
    const qsizetype oneBusyPixels = countColour(oneBusy, OkabeIto::blue());
    QVERIFY(oneBusyPixels > 50);
    for (int i = 0; i < 8; ++i)
        step(cpu, *sampler, {1.0, 1.0});
    QVERIFY(countColour(widget.grab().toImage(), OkabeIto::blue()) > oneBusyPixels * 3 / 2);

    // A dark palette uses the light blue, which stands out there.
    widget.setPalette(darkPalette());
    QVERIFY(countColour(widget.grab().toImage(), OkabeIto::skyBlue()) > oneBusyPixels);
}

void TestCpuUsageWidget::manyCoresFit()
{
    for (int cores : {1, 8, 17, 64}) {
        FakeCpu cpu(cores);
        auto sampler = steppedSampler(cpu);
        CpuUsageWidget widget;
        widget.setSampler(sampler.get());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        QList<double> busy;
        for (int i = 0; i < cores; ++i)
            busy << (i % 2 ? 1.0 : 0.0);
        step(cpu, *sampler, busy);
        QCOMPARE(widget.coreCount(), cores);
        const QSize hint = widget.sizeHint();
        QVERIFY(hint.height() <= widget.fontMetrics().height() * 60);  // wraps instead of growing without end
        QVERIFY(widget.minimumSizeHint().width() <= hint.width());
        QVERIFY(widget.minimumSizeHint().height() <= hint.height());
        for (const QSize &size : {hint, widget.minimumSizeHint(), QSize(200, 100)}) {
            widget.resize(size);
            // Squeezed, the busy cores still show (as bars only, when rows do not fit).
            QVERIFY(countColour(widget.grab().toImage(), OkabeIto::blue()) > 0 || cores == 1);
        }
        widget.resize(hint);
        QVERIFY(countColour(widget.grab().toImage(), OkabeIto::blue()) > 0 || cores == 1);
        QVERIFY(widget.accessibleDescription().contains(u"CPU %1: "_s.arg(cores - 1)));
        widget.hide();
    }
}

void TestCpuUsageWidget::sizeHintGrowsWithFont()
{
    FakeCpu cpu(4);
    auto sampler = steppedSampler(cpu);
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    const QSize normal = widget.sizeHint();
    const QSize normalMinimum = widget.minimumSizeHint();
    QFont big = widget.font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    widget.setFont(big);
    QVERIFY(widget.sizeHint().width() > normal.width());
    QVERIFY(widget.sizeHint().height() > normal.height());
    QVERIFY(widget.minimumSizeHint().width() > normalMinimum.width());
    QVERIFY(widget.minimumSizeHint().height() > normalMinimum.height());
}

void TestCpuUsageWidget::survivesItsSamplerBeingDeleted()
{
    FakeCpu cpu(2);
    auto sampler = steppedSampler(cpu);
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    sampler.reset();
    QVERIFY(widget.sampler() != nullptr);  // back to its own
    QVERIFY(widget.sampler()->isRunning());
    QVERIFY(!widget.grab().isNull());
    widget.hide();
}

void TestCpuUsageWidget::screenshot()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    struct Shot {
        QString name;
        int cores;
        double fontScale;
        bool dark;
    };
    const QList<Shot> shots{{u"cpuusage-2.png"_s, 2, 1.0, false},     {u"cpuusage-2-zoom.png"_s, 2, 1.5, false},
                            {u"cpuusage-2-dark.png"_s, 2, 1.0, true}, {u"cpuusage-16.png"_s, 16, 1.0, false},
                            {u"cpuusage-64.png"_s, 64, 1.0, false},   {u"cpuusage-64-zoom.png"_s, 64, 1.5, true}};
    for (const Shot &shot : shots) {
        FakeCpu cpu(shot.cores);
        auto sampler = steppedSampler(cpu);
        sampler->setInterval(CpuUsageSampler::defaultInterval);
        CpuUsageWidget widget;
        QFont font = widget.font();
        font.setPointSizeF(font.pointSizeF() * shot.fontScale);
        widget.setFont(font);
        if (shot.dark)
            widget.setPalette(darkPalette());
        widget.setSampler(sampler.get());
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
        // The default interval sets the length of the history; the loop below never lets its timer run.
        // Ten seconds: everything idle, then one core busy (a thread under the GIL), then all.
        for (int i = 0; i < 40; ++i) {
            QList<double> busy;
            for (int c = 0; c < shot.cores; ++c) {
                const double noise = ((i * 7 + c * 13) % 10) / 100.0;
                busy << (i < 10 ? noise : i < 25 ? (c == (i / 3) % shot.cores ? 0.97 : noise) : 0.9 + noise);
            }
            step(cpu, *sampler, busy);
        }
        sampler->stop();
        widget.resize(widget.sizeHint());
        QVERIFY(widget.grab().save(QDir(dir).filePath(shot.name)));
        // Squeezed into less room than it asks for.
        widget.resize(widget.fontMetrics().height() * 24, widget.fontMetrics().height() * 12);
        QVERIFY(widget.grab().save(QDir(dir).filePath(u"small-"_s + shot.name)));
        widget.hide();
    }
    FakeCpu none(2);
    none.readable = false;
    auto sampler = steppedSampler(none);
    CpuUsageWidget widget;
    widget.setSampler(sampler.get());
    widget.resize(widget.sizeHint());
    QVERIFY(widget.grab().save(QDir(dir).filePath(u"cpuusage-unavailable.png"_s)));
}

LAB_TEST_MAIN(TestCpuUsageWidget)
#include "tst_cpuusagewidget.moc"

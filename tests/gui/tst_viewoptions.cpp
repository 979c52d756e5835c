// SPDX-License-Identifier: MIT
// View > High Contrast and View > Reduced Motion (offscreen): each takes effect at once and is
// remembered; a reduced-motion spinner paints a few frames a second and still changes; with a dark
// palette the custom-painted widgets draw light on dark, from the palette's roles.
#include "labtest.h"
#include "labtestpictures.h"
#include "labtestdemos.h"

#include "eventloopmonitor.h"
#include "labclock.h"
#include "lagmeterwidget.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "spinnerwidget.h"
#include "timelinemodel.h"
#include "timelinewidget.h"
#include "trace.h"
#include "viewoptions.h"

#include <QAction>
#include <QElapsedTimer>
#include <QImage>
#include <QSettings>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace {

// WCAG's relative luminance and contrast ratio (1 to 21).
double luminance(QColor color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(QColor a, QColor b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// How many pixels of `image` stand out from `background` by a contrast of at least `ratio`, and how
// many differ from it at all.
std::pair<int, int> standingOut(const QImage &image, QColor background, double ratio)
{
    int strong = 0;
    int differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.rgb() == background.rgb())
                continue;
            ++differing;
            if (contrast(pixel, background) >= ratio)
                ++strong;
        }
    }
    return {strong, differing};
}

} // namespace

class TestViewOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void highContrastTakesEffectAndIsRemembered();
    void reducedMotionIsRemembered();
    void reducedMotionPaintsAFewFramesASecondAndStillChanges();
    void customPaintersReadOnADarkPalette();
};

void TestViewOptions::init()
{
    QSettings().clear();
}

void TestViewOptions::highContrastTakesEffectAndIsRemembered()
{
    const QPalette normal = QApplication::palette();
    {
        MainWindow window(LabTest::registry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = window.viewOptions()->highContrastAction();
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(action->isChecked());
        const QColor highlight = ViewOptions::highContrastPalette().color(QPalette::Highlight);
        QTRY_COMPARE(window.pages().constFirst()->palette().color(QPalette::Highlight), highlight);   // every widget
        // The whole window, lesson pages included: text and background at AAA contrast or better.
        for (const QWidget *widget : {static_cast<QWidget *>(&window), static_cast<QWidget *>(window.pages().constFirst())}) {
            const QPalette palette = widget->palette();
            QVERIFY(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0);
            QVERIFY(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0);
            QVERIFY2(contrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 7.0,
                     qPrintable(palette.color(QPalette::HighlightedText).name() + u" on "_s + palette.color(QPalette::Highlight).name()));
            QVERIFY(contrast(palette.color(QPalette::Disabled, QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
        }
        QCOMPARE(window.palette().color(QPalette::Window), ViewOptions::highContrastPalette().color(QPalette::Window));
        QVERIFY(window.saveSettings().isEmpty());
    }
    QCOMPARE(QApplication::palette(), normal);   // gone with its window
    {
        MainWindow window(LabTest::registry());   // a restart
        QAction *action = window.viewOptions()->highContrastAction();
        QVERIFY(action->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Window), ViewOptions::highContrastPalette().color(QPalette::Window));
        action->trigger();   // off: the palette from before
        QCOMPARE(QApplication::palette(), normal);
        QVERIFY(window.saveSettings().isEmpty());
    }
    MainWindow window(LabTest::registry());
    QVERIFY(!window.viewOptions()->highContrastAction()->isChecked());
}

void TestViewOptions::reducedMotionIsRemembered()
{
    {
        MainWindow window(LabTest::registry());
        const QList<SpinnerWidget *> spinners = window.findChildren<SpinnerWidget *>();
        QVERIFY(spinners.size() >= 3);
        window.viewOptions()->reducedMotionAction()->trigger();
        for (const SpinnerWidget *spinner : spinners)
            QVERIFY(spinner->reducedMotion());
        QVERIFY(window.saveSettings().isEmpty());
    }
    MainWindow window(LabTest::registry());
    QVERIFY(window.viewOptions()->reducedMotionAction()->isChecked());
    for (const SpinnerWidget *spinner : window.findChildren<SpinnerWidget *>())
        QVERIFY(spinner->reducedMotion());
    window.viewOptions()->reducedMotionAction()->trigger();
    for (const SpinnerWidget *spinner : window.findChildren<SpinnerWidget *>())
        QVERIFY(!spinner->reducedMotion());
}

// Counted, not timed: over however long the wait really took, at most a few paints a second (one
// per step, plus slack), at least a few in all, and what they show changes; the frames the event
// loop handled are still counted as when it turns.
void TestViewOptions::reducedMotionPaintsAFewFramesASecondAndStillChanges()
{
    SpinnerWidget spinner;
    spinner.resize(200, 200);
    spinner.setReducedMotion(true);
    spinner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&spinner));
    int paints = 0;
    struct PaintCounter : QObject {
        int *count;
        explicit PaintCounter(int *c) : count(c) {}
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++*count;
            return false;
        }
    } counter(&paints);
    spinner.installEventFilter(&counter);
    const qint64 fromNs = LabClock::nowNs();
    QElapsedTimer clock;
    clock.start();
    spinner.setSpinning(true);
    QTest::qWait(600);
    spinner.removeEventFilter(&counter);
    const QImage first = spinner.grab().toImage();
    QTest::qWait(500);
    const QImage second = spinner.grab().toImage();
    spinner.installEventFilter(&counter);
    QTest::qWait(400);
    const qint64 elapsedMs = clock.elapsed();
    const qint64 toNs = LabClock::nowNs();
    spinner.removeEventFilter(&counter);
    const qint64 stepsAtMost = elapsedMs / SpinnerWidget::stepSpanMs + 2;
    QVERIFY2(paints <= stepsAtMost + 3, qPrintable(u"%1 paints in %2 ms"_s.arg(paints).arg(elapsedMs)));
    QVERIFY2(paints >= 2, qPrintable(u"%1 paints in %2 ms"_s.arg(paints).arg(elapsedMs)));
    QVERIFY(first != second);   // the step moved on
    // The event loop's frames are still counted (a freeze still reads as frames missed).
    QVERIFY2(spinner.frames().paintedBetween(fromNs, toNs) > paints * 2,
             qPrintable(u"%1 frames, %2 paints"_s.arg(spinner.frames().paintedBetween(fromNs, toNs)).arg(paints)));
    spinner.setSpinning(false);
}

// Qt 6.4 has no colour-scheme API: a dark palette is what a dark desktop gives. The custom painters
// fill with a palette role and draw with others, so what they draw stands out from their dark
// background; nothing is drawn dark on dark.
void TestViewOptions::customPaintersReadOnADarkPalette()
{
    const QPalette normal = QApplication::palette();
    QApplication::setPalette(LabTest::darkPalette());

    SpinnerWidget spinner;
    spinner.resize(160, 160);
    spinner.setSpinning(true);

    EventLoopMonitor monitor;
    LagMeterWidget lag;
    lag.setMonitor(&monitor);
    lag.resize(500, 200);
    for (int tick = 0; tick < 50; ++tick)
        monitor.recordTick(LabClock::nowNs() + tick * 10'000'000LL);

    Trace trace;
    TimelineModel model;
    model.setTrace(&trace);
    TimelineWidget timeline;
    timeline.setModel(&model);
    timeline.resize(700, 300);

    const QList<std::pair<QString, QWidget *>> widgets{{u"spinner"_s, &spinner}, {u"lag meter"_s, &lag}, {u"timeline"_s, &timeline}};
    for (const auto &[name, widget] : widgets) {
        const QImage image = widget->grab().toImage();
        // The background: the colour of the corner, from the palette.
        const QColor background = image.pixelColor(1, image.height() - 2);
        QVERIFY2(luminance(background) < 0.1, qPrintable(name + u": background "_s + background.name()));
        const auto [strong, differing] = standingOut(image, background, 4.5);
        QVERIFY2(strong >= 30, qPrintable(u"%1: %2 of %3 drawn pixels stand out"_s.arg(name).arg(strong).arg(differing)));
    }
    spinner.setSpinning(false);
    QApplication::setPalette(normal);
}

LAB_TEST_MAIN(TestViewOptions)
#include "tst_viewoptions.moc"

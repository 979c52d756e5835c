// SPDX-License-Identifier: MIT
// The demo panels in the real window (offscreen): buttons that stay where they are whatever a run
// reports, step mode shown on the page and in the panel that waits, and what a screen reader gets.
#include "labtest.h"
#include "labtestdemos.h"

#include "demopanel.h"
#include "demorunner.h"
#include "fixedlineslabel.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "spinners/processrunner.h"
#include "spinnerwidget.h"
#include "stepcatalog.h"
#include "stepmodebanner.h"
#include "steppanel.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

// Where the Run and Cancel buttons of every panel are, in page coordinates, and how wide
// each panel is: what must not change while runs come and go.
struct PanelPlaces {
    QList<QRect> buttons;
    QList<int> panelWidths;
    friend bool operator==(const PanelPlaces &, const PanelPlaces &) = default;
};

PanelPlaces placesOn(const MainWindow &window, const QList<DemoId> &demos)
{
    PanelPlaces places;
    for (const DemoId &id : demos) {
        const DemoPanel *panel = window.panel(id);
        // On the page: Run scrolls a long page to the panel, which is not a move within it.
        const QWidget *page = panel->parentWidget();
        for (const QString &name : {u"runButton"_s, u"cancelButton"_s}) {
            const auto *button = panel->findChild<QPushButton *>(name);
            places.buttons << QRect(button->mapTo(page, QPoint(0, 0)), button->size());
        }
        places.panelWidths << panel->width();
    }
    return places;
}

QString describe(const PanelPlaces &places)
{
    QStringList parts;
    for (const QRect &r : places.buttons)
        parts << u"(%1,%2 %3x%4)"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    for (int w : places.panelWidths)
        parts << QString::number(w);
    return parts.join(u' ');
}

FixedLinesLabel *labelOf(const MainWindow &window, const DemoId &id, const QString &name)
{
    return window.panel(id)->findChild<FixedLinesLabel *>(name);
}

} // namespace

class TestDemoPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void buttonsStayPutBeforeDuringAndAfterRuns();
    void longErrorNeitherWidensNorMoves();
    void fixedLinesLabelElidesAndKeepsTheWholeText();
    void runByShowsTheIdFirst_data();
    void runByShowsTheIdFirst();
    void runByTheGuiThreadFits();
    void stepModeBannerStaysWhileStepModeIsOn();
    void panelWaitingAtAStepSaysSo();
    void continueIsEnabledOnlyWhileARunIsHeld();
    void stateIsReadableByScreenReaders();
    void screenshots();

private:
    void showLessonOne(MainWindow &window);
};

void TestDemoPanel::init()
{
    QSettings().clear();
}

void TestDemoPanel::showLessonOne(MainWindow &window)
{
    window.resize(1366, 768);
    window.setSlowTaskDuration(300ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showLesson(u"spinners"_s);
    QTest::qWait(50);   // the first layout
}

// After a panel has shown an answer, the next run must not move its buttons (it did by ~21 px: the
// "thinking!" line and the answer took turns), nor may the Run/Restart text move Cancel.
void TestDemoPanel::buttonsStayPutBeforeDuringAndAfterRuns()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    const QList<DemoId> demos = LabTest::spinnerDemoIds();
    const PanelPlaces before = placesOn(window, demos);
    QCOMPARE(before.buttons.size(), 6);

    DemoRunner *runner = window.runner(u"thread"_s);
    for (int run = 0; run < 2; ++run) {
        QSignalSpy finished(runner, &DemoRunner::finished);
        window.runDemo(u"thread"_s);
        QTRY_VERIFY_WITH_TIMEOUT(window.panel(u"thread"_s)->spinner()->isSpinning(), 5000);
        QTest::qWait(20);   // let the layout settle on what a running panel shows
        QVERIFY2(placesOn(window, demos) == before, qPrintable(describe(placesOn(window, demos)) + u" != "_s + describe(before)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(runner->state(), DemoRunner::State::Done);
        QVERIFY(!labelOf(window, u"thread"_s, u"answerLabel"_s)->text().isEmpty());
        QTest::qWait(20);
        QVERIFY2(placesOn(window, demos) == before, qPrintable(describe(placesOn(window, demos)) + u" != "_s + describe(before)));
    }
}

// A failure with a long message (a worker path that does not exist) stays inside its panel: the
// message is elided, the panels keep their widths and the buttons their places.
void TestDemoPanel::longErrorNeitherWidensNorMoves()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    const QList<DemoId> demos = LabTest::spinnerDemoIds();
    const PanelPlaces before = placesOn(window, demos);

    auto *process = qobject_cast<ProcessRunner *>(window.runner(u"process"_s));
    QVERIFY(process);
    WorkerProcess::Options options = process->workerOptions();
    options.program = u"/nonexistent/"_s + QString(300, u'x') + u"/concurrency-lab-worker"_s;
    process->setWorkerOptions(options);
    QSignalSpy finished(process, &DemoRunner::finished);
    window.runDemo(u"process"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QCOMPARE(process->state(), DemoRunner::State::Failed);
    QTest::qWait(20);

    FixedLinesLabel *answer = labelOf(window, u"process"_s, u"answerLabel"_s);
    QCOMPARE(answer->text(), process->errorString());   // the whole message, for tooltips and screen readers
    QVERIFY(answer->isElided());
    QCOMPARE(answer->shownLines().size(), answer->lines());
    QVERIFY(answer->shownLines().constLast().endsWith(u'…'));
    QVERIFY2(placesOn(window, demos) == before, qPrintable(describe(placesOn(window, demos)) + u" != "_s + describe(before)));
}

void TestDemoPanel::fixedLinesLabelElidesAndKeepsTheWholeText()
{
    QWidget host;
    FixedLinesLabel label(2, &host);
    label.setGeometry(0, 0, label.fontMetrics().horizontalAdvance(u"Answer: 42 and some"_s), label.height());
    const int height = label.height();
    QVERIFY(height >= 2 * label.fontMetrics().lineSpacing());

    label.setText(u"Answer: 42"_s);
    QCOMPARE(label.shownLines(), QStringList{u"Answer: 42"_s});
    QVERIFY(!label.isElided());

    const QString longText = u"Answer: 42, found by the worker thread after a long and winding road through many words"_s;
    label.setText(longText);
    QCOMPARE(label.text(), longText);
    QCOMPARE(label.shownLines().size(), 2);
    QVERIFY(label.shownLines().at(0).startsWith(u"Answer:"_s));
    QVERIFY(label.shownLines().at(1).endsWith(u'…'));
    QVERIFY(label.isElided());
    QCOMPARE(label.height(), height);   // the text never changes the room it takes
    QCOMPARE(label.minimumSizeHint().width(), 0);

    label.setText(QString());
    QVERIFY(label.shownLines().isEmpty());
    QCOMPARE(label.height(), height);
}

void TestDemoPanel::runByShowsTheIdFirst_data()
{
    LabTest::addDemoRows({u"thread"_s, u"process"_s});
}

// "Run by: worker thread TID 13380" was cut to "Run by: worker thread T…" at 1366 px: the id, what
// the class compares between panels, comes first and stays visible in a panel that narrow; the
// whole wording is the tooltip.
void TestDemoPanel::runByShowsTheIdFirst()
{
    QFETCH(DemoId, demo);
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    DemoRunner *runner = window.runner(demo);
    window.runDemo(demo);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    QVERIFY(runner->executor());
    const QString id = QString::number(runner->executor()->id);
    const QString whole = u"Run by: "_s + runner->executor()->name();
    FixedLinesLabel *executor = labelOf(window, demo, u"executorLabel"_s);
    QCOMPARE(executor->toolTip(), whole);
    // As narrow as a panel gets beside the docks on a 1366 px screen: room for "Run by: TID 13380"
    // and a little, too little for the whole wording.
    const QString idEnd = executor->text().left(executor->text().indexOf(id) + id.size());
    executor->setFixedWidth(executor->fontMetrics().horizontalAdvance(idEnd + u"……"_s));
    QVERIFY(executor->fontMetrics().horizontalAdvance(whole) > executor->contentsRect().width());
    const QStringList shown = executor->shownLines();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().contains(id), qPrintable(shown.constFirst() + u" hides "_s + id));
    QVERIFY(executor->text().contains(id));
}

// "Run by: GUI thread (blocked)" was cut to "Run by: GUI thread (b…" in lesson 2's narrow panels: the
// GUI thread has no id to lead with, so its short form is its name, whole; the note is the tooltip's.
void TestDemoPanel::runByTheGuiThreadFits()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    window.setSlowTaskDuration(100ms);
    DemoRunner *runner = window.runner(u"block"_s);
    window.runDemo(u"block"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    FixedLinesLabel *executor = labelOf(window, u"block"_s, u"executorLabel"_s);
    const QString shortForm = u"Run by: "_s + runner->executor()->name();
    QCOMPARE(executor->toolTip(), shortForm + u" (blocked)"_s);
    executor->setFixedWidth(executor->fontMetrics().horizontalAdvance(shortForm + u"……"_s));
    QCOMPARE(executor->shownLines(), QStringList{shortForm});
    QVERIFY(!executor->isElided());
}

// Step mode stays on after Continue (for the next run): the lesson page says so as long as it is on.
void TestDemoPanel::stepModeBannerStaysWhileStepModeIsOn()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    StepPanel *steps = window.docks()->stepPanel();
    // One banner, above the lesson tabs: every lesson shows it.
    const QList<StepModeBanner *> banners = window.findChildren<StepModeBanner *>(u"stepModeBanner"_s);
    QCOMPARE(banners.size(), 1);
    StepModeBanner *banner = banners.constFirst();
    QVERIFY(!banner->isVisible());

    steps->stepModeAction()->setChecked(true);
    QVERIFY(banner->isVisible());
    for (LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        QVERIFY(banner->isVisible());
    }
    window.showLesson(u"spinners"_s);

    DemoRunner *runner = window.runner(u"thread"_s);
    window.runDemo(u"thread"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingUnits().isEmpty(), 10000);
    steps->continueAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    QVERIFY(steps->stepModeAction()->isChecked());
    QVERIFY(banner->isVisible());   // still on, and still said

    auto *turnOff = banner->findChild<QPushButton *>(u"stepModeOffButton"_s);
    QVERIFY(turnOff);
    QTest::mouseClick(turnOff, Qt::LeftButton);
    QVERIFY(!steps->stepModeAction()->isChecked());
    QVERIFY(!banner->isVisible());
}

// A run that step mode holds says where it waits and which key goes on, not "running".
void TestDemoPanel::panelWaitingAtAStepSaysSo()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    StepPanel *steps = window.docks()->stepPanel();
    steps->setStepMode(true);
    DemoRunner *runner = window.runner(u"thread"_s);
    FixedLinesLabel *state = labelOf(window, u"thread"_s, u"stateLabel"_s);
    const int stepCount = int(StepCatalog::stepIds(LabTest::demo(u"thread"_s)).size());

    window.runDemo(u"thread"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner->waitingStep(), u"start-spinner"_s, 10000);
    QVERIFY2(state->text().startsWith(u"State: waiting at step 1/%1"_s.arg(stepCount)), qPrintable(state->text()));
    QVERIFY2(state->text().contains(u"F10"_s), qPrintable(state->text()));
    QVERIFY(!state->text().contains(u"running"_s));

    steps->stepAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"State: waiting at step 2/%1"_s.arg(stepCount)), 10000);

    // Continue: the run goes on, and the panel says "running" again until it is done.
    steps->continueAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    QCOMPARE(state->text(), u"State: done"_s);

    // The next run waits at step 1 again (step mode is still on), and says so.
    window.runDemo(u"thread"_s);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"State: waiting at step 1/"_s), 10000);
    runner->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), u"State: cancelled"_s, 10000);
    steps->setStepMode(false);
}

void TestDemoPanel::continueIsEnabledOnlyWhileARunIsHeld()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    StepPanel *steps = window.docks()->stepPanel();
    QVERIFY(!steps->continueAction()->isEnabled());
    steps->setStepMode(true);
    QVERIFY(!steps->continueAction()->isEnabled());   // on, but nothing runs

    DemoRunner *runner = window.runner(u"coroutine"_s);
    window.runDemo(u"coroutine"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingUnits().isEmpty(), 10000);
    QVERIFY(steps->continueAction()->isEnabled());
    // Just stepped, on its way to the next step: still held, Continue still lets it go.
    steps->stepAction()->trigger();
    QVERIFY(steps->continueAction()->isEnabled());
    steps->continueAction()->trigger();
    QVERIFY(!steps->continueAction()->isEnabled());   // continued: nothing to continue
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    QVERIFY(!steps->continueAction()->isEnabled());
    steps->setStepMode(false);
}

// What the state line says is what a screen reader reads (the label's accessible name), at every
// state change; the buttons are named after their demo.
void TestDemoPanel::stateIsReadableByScreenReaders()
{
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    FixedLinesLabel *state = labelOf(window, u"coroutine"_s, u"stateLabel"_s);
    QAccessibleInterface *readable = QAccessible::queryAccessibleInterface(state);
    QVERIFY(readable);
    QCOMPARE(readable->text(QAccessible::Name), u"State: idle"_s);

    DemoRunner *runner = window.runner(u"coroutine"_s);
    QStringList heard;
    connect(runner, &DemoRunner::stateChanged, this, [&heard, readable] { heard << readable->text(QAccessible::Name); });
    window.runDemo(u"coroutine"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 15000);
    QCOMPARE(heard, (QStringList{u"State: running"_s, u"State: done"_s}));

    const QString title = LabTest::demo(u"coroutine"_s).translatedTitle();
    for (const QString &name : {u"runButton"_s, u"cancelButton"_s}) {
        QAccessibleInterface *button = QAccessible::queryAccessibleInterface(window.panel(u"coroutine"_s)->findChild<QPushButton *>(name));
        QVERIFY(button->text(QAccessible::Name).contains(title));
    }
}

// For people, not for the verdict: with LAB_SCREENSHOT_DIR set, saves lesson 1 during and after a
// run, the step mode banner with a panel waiting at a step, and the timeline after 21 runs.
void TestDemoPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    MainWindow window(LabTest::registry());
    showLessonOne(window);
    window.setSlowTaskDuration(1500ms);
    const QList<DemoId> demos = LabTest::spinnerDemoIds();
    for (const DemoId &id : demos)
        window.runDemo(id);
    QTest::qWait(700);
    QVERIFY(window.grab().save(dir + u"/lesson1-mid-run.png"_s));
    for (const DemoId &id : demos)
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(id), 15000);
    QTest::qWait(200);
    QVERIFY(window.grab().save(dir + u"/lesson1-after.png"_s));

    StepPanel *steps = window.docks()->stepPanel();
    steps->setStepMode(true);
    window.runDemo(u"coroutine"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner(u"coroutine"_s)->waitingUnits().isEmpty(), 10000);
    QTest::qWait(200);
    QVERIFY(window.grab().save(dir + u"/step-mode-banner.png"_s));
    QVERIFY(window.page(u"spinners"_s)->grab().save(dir + u"/step-mode-banner-page.png"_s));
    steps->continueAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(u"coroutine"_s), 15000);
    steps->setStepMode(false);

    window.setSlowTaskDuration(200ms);
    for (int round = 0; round < 7; ++round) {
        for (const DemoId &id : demos)
            window.runDemo(id);
        for (const DemoId &id : demos)
            QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(id), 15000);
    }
    auto *timelineDock = window.findChild<QDockWidget *>(u"timelineDock"_s);
    timelineDock->show();
    timelineDock->raise();
    QTest::qWait(300);
    QVERIFY(window.grab().save(dir + u"/timeline-after-21-runs.png"_s));
    QVERIFY(timelineDock->grab().save(dir + u"/timeline-dock-after-21-runs.png"_s));
}

LAB_TEST_MAIN(TestDemoPanel)
#include "tst_demopanel.moc"

// SPDX-License-Identifier: MIT
// A lesson is a unit, seen from the window: what a demo descriptor declares reaches it with no other
// change, reports name spinners by demo id and count only what was on screen, and closing with
// every unit parked at a step leaves nothing behind.
#include "labtest.h"
#include "labtestdemos.h"
#include "echolesson.h"

#include "comparisoncatalog.h"
#include "comparisonpanel.h"
#include "comparisontablemodel.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "runrecords.h"
#include "steppanel.h"

#include <csignal>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

// A lesson whose one demo says, in its descriptor (Demo::provesRows, "<table id>/<row id>"), that it
// proves the "when to use" table's "io-few" row live. demo.h: "Comparison rows this demo shows live:
// their demo links may open it."
LessonRegistry registryWithProof()
{
    LessonRegistry registry = LessonRegistry::standard();
    registry.add(EchoLesson::lesson(EchoLesson::demo(u"proof"_s, {u"when-to-use/io-few"_s})));
    return registry;
}

// The report of `demo`'s last run in `window`.
RunRecord lastRunOf(MainWindow &window, const DemoId &demo)
{
    return RunRecords::of(*window.runner(demo), *window.trace(), *window.frames(), *window.docks()->monitor());
}

// The frames the report gives for spinner `spinner`, if it lists it.
std::optional<SpinnerFrames> framesOf(const RunRecord &record, const QString &spinner)
{
    for (const SpinnerFrames &frames : record.frames) {
        if (frames.spinner == spinner)
            return frames;
    }
    return std::nullopt;
}

} // namespace

class TestLessonUnit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoDescriptorProvesComparisonRows();
    void reportNamesSpinnersByDemoId();
    void reportCountsTheSpinnerOnScreen();
    void reportCountsFramesAcrossATabSwitch();
    void reportDoesNotCallAHiddenSpinnerFrozen();
    void closingWhileUnitsWaitAtStepsLeavesNothingBehind();
};

// Issue 8, "A lesson registry": per demo "which comparison rows it proves". A new lesson's demo that
// declares the rows it proves must be linked from them without editing models/comparison/tables/.
void TestLessonUnit::demoDescriptorProvesComparisonRows()
{
    MainWindow window(registryWithProof());
    ComparisonCatalog *catalog = window.docks()->comparison()->catalog();
    const int index = catalog->indexOf(u"when-to-use");
    QVERIFY(index >= 0);
    ComparisonTableModel *table = catalog->table(index);
    QVERIFY2(table->concerns(u"proof"_s),
             "Demo::provesRows is declared in demo.h but read by nobody: the comparison tables only know the "
             "demos named in models/comparison/tables/*.cpp");
}

// Before the change every "frames[].spinner" of a report was a demo id (one spinner per demo). Now
// lesson 2's panel of the coroutine demo adds "block-loop/coroutine", which is no demo id.
void TestLessonUnit::reportNamesSpinnersByDemoId()
{
    MainWindow window(LessonRegistry::standard());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DemoRunner *runner = window.runner(u"coroutine"_s);
    runner->applyDuration(std::chrono::milliseconds(300));
    runner->start();
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10000);
    const RunRecord record = lastRunOf(window, u"coroutine"_s);
    QVERIFY(!record.frames.isEmpty());
    QStringList spinners;
    for (const SpinnerFrames &frames : record.frames)
        spinners << frames.spinner;
    for (const QString &spinner : std::as_const(spinners))
        QVERIFY2(window.lessons().demo(spinner), qPrintable(u"report spinners: "_s + spinners.join(u", "_s)));
}

// Review of the fix (FrameLog::demoSpinnerIds): lesson 2's "Await instead" runs the coroutine demo
// while lesson 2's page is shown. Its panel there spins on the guest track "block-loop/coroutine";
// lesson 1's panel (hidden tab) is told to spin too but paints nothing. The report must not say the
// coroutine's spinner painted no frame while the room watched it turn.
void TestLessonUnit::reportCountsTheSpinnerOnScreen()
{
    MainWindow window(LessonRegistry::standard());
    window.setSlowTaskDuration(std::chrono::milliseconds(500));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LessonPage *lesson2 = window.page(u"block-loop"_s);
    QVERIFY(lesson2);
    window.showLesson(u"block-loop"_s);
    QVERIFY(lesson2->isVisible());
    window.runDemo(u"coroutine"_s);   // what "Await instead" asks for
    QVERIFY(lesson2->isVisible());    // the window stays on lesson 2
    DemoRunner *runner = window.runner(u"coroutine"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10000);
    const std::optional<SpinnerFrames> frames = framesOf(lastRunOf(window, u"coroutine"_s), u"coroutine"_s);
    QVERIFY(frames);
    QVERIFY2(frames->painted * 2 >= frames->expected,
             qPrintable(u"the coroutine's spinner turned on screen, yet the report says %1 of %2 frames"_s
                            .arg(frames->painted).arg(frames->expected)));
}

// The teacher starts the coroutine demo on lesson 1, then halfway switches to lesson 2, where the
// same demo's panel goes on turning. Every frame was on screen, half on each track: a report that
// keeps only one track says half the frames were lost.
void TestLessonUnit::reportCountsFramesAcrossATabSwitch()
{
    MainWindow window(LessonRegistry::standard());
    window.setSlowTaskDuration(std::chrono::milliseconds(1000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.page(u"spinners"_s) && window.page(u"block-loop"_s));
    window.showLesson(u"spinners"_s);
    window.runDemo(u"coroutine"_s);
    DemoRunner *runner = window.runner(u"coroutine"_s);
    QTest::qWait(500);
    window.showLesson(u"block-loop"_s);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10000);
    const std::optional<SpinnerFrames> frames = framesOf(lastRunOf(window, u"coroutine"_s), u"coroutine"_s);
    QVERIFY(frames);
    QVERIFY2(frames->painted * 4 >= frames->expected * 3,
             qPrintable(u"every frame was on screen, yet the report says %1 of %2"_s.arg(frames->painted).arg(frames->expected)));
}

// `--run thread --run block` (or: the teacher starts the thread demo, then opens lesson 2 to block
// the loop). The thread demo's only panel is on lesson 1, now a hidden tab: it paints nothing, and
// the report says the thread's spinner painted 0 of ~80 frames with a 1.3 s gap, i.e. that it froze,
// the opposite of what the lesson shows. A spinner no one could see says nothing about the run:
// leave it out (or count only while it was on screen).
void TestLessonUnit::reportDoesNotCallAHiddenSpinnerFrozen()
{
    MainWindow window(LessonRegistry::standard());
    window.setSlowTaskDuration(std::chrono::milliseconds(1000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.page(u"spinners"_s) && window.page(u"block-loop"_s));
    window.showLesson(u"spinners"_s);
    window.runDemo(u"thread"_s);
    DemoRunner *runner = window.runner(u"thread"_s);
    QTest::qWait(400);   // about 24 frames on screen: one late frame on a busy machine is not "frozen"
    window.showLesson(u"block-loop"_s);   // lesson 1 hidden from here on
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Done, 10000);
    if (const std::optional<SpinnerFrames> frames = framesOf(lastRunOf(window, u"thread"_s), u"thread"_s)) {
        // Nothing held the loop: a spinner on screen paints most frames; a hidden one counted as on
        // screen would show none for 600 ms. Half is a bound that load cannot break.
        QVERIFY2(frames->painted * 2 >= frames->expected,
                 qPrintable(u"the report says the thread's spinner painted %1 of %2 frames (longest gap %3 ms) while its panel was hidden"_s
                                .arg(frames->painted).arg(frames->expected).arg(frames->longestGapNs / 1'000'000)));
    }
}

// Step mode on, every demo's unit of lessons 1 and 2 (worker thread, child, coroutines) waiting at a
// step of its own, then the window goes: no warning (LAB_TEST_MAIN fails on any), no crash, no
// orphan child. (Lesson 3's many workers do not stop at steps; its tests close mid-run.)
void TestLessonUnit::closingWhileUnitsWaitAtStepsLeavesNothingBehind()
{
    auto window = std::make_unique<MainWindow>(LessonRegistry::standard());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->docks()->stepPanel()->setStepMode(true);
    qint64 childPid = 0;
    QList<DemoId> demos;
    for (const QString &lesson : {u"spinners"_s, u"block-loop"_s}) {
        for (const Demo &demo : window->lessons().lesson(lesson)->demos)
            demos << demo.id;
    }
    for (const DemoId &id : std::as_const(demos)) {
        DemoRunner *runner = window->runner(id);
        runner->applyDuration(std::chrono::milliseconds(30000));
        runner->start();
        // Step the GUI thread's steps until the demo's own unit waits at one of its steps.
        for (int i = 0; i < 6; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!runner->waitingStep().isEmpty(), 10000);
            if (runner->waitingUnit() && runner->waitingUnit()->kind != UnitKind::GuiLoop)
                break;
            runner->stepOnce();
        }
        QVERIFY2(runner->waitingUnit() && runner->waitingUnit()->kind != UnitKind::GuiLoop, qPrintable(id));
        if (id == u"process"_s)
            childPid = runner->waitingUnit()->id;
    }
    QVERIFY(childPid > 0);
    window->close();
    window.reset();
    // Killed; ChildReaper reaps it from the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(childPid), 0) == -1, 5000);
}

LAB_TEST_MAIN(TestLessonUnit)
#include "tst_lessonunit.moc"

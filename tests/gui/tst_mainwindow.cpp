// SPDX-License-Identifier: MIT
// The real main window, clicked like a user would, on the offscreen platform.
#include "labtest.h"

#include "demopanel.h"
#include "demorunner.h"
#include "labclock.h"
#include "mainwindow.h"
#include "processrunner.h"
#include "spinnerwidget.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>

#include <csignal>
#include <cerrno>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(DemoKind)

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void clickingRunShowsTheAnswer_data();
    void clickingRunShowsTheAnswer();
    void spinnersKeepTurningWhileAllThreeRun();
    void durationIsRemembered();
    void closingWhileRunningLeavesNothingBehind();
};

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::clickingRunShowsTheAnswer_data()
{
    QTest::addColumn<DemoKind>("kind");
    for (DemoKind kind : spinnerDemoKinds)
        QTest::newRow(qPrintable(DemoKinds::id(kind))) << kind;
}

void TestMainWindow::clickingRunShowsTheAnswer()
{
    QFETCH(DemoKind, kind);
    MainWindow window;
    window.setSlowTaskDuration(300ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *panel = window.findChild<DemoPanel *>(u"panel-"_s + DemoKinds::id(kind));
    QVERIFY(panel);
    auto *run = panel->findChild<QPushButton *>(u"runButton"_s);
    auto *answer = panel->findChild<QLabel *>(u"answerLabel"_s);
    auto *executor = panel->findChild<QLabel *>(u"executorLabel"_s);
    QVERIFY(run && answer && executor);

    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(panel->spinner()->isSpinning());
    QTRY_COMPARE_WITH_TIMEOUT(answer->text(), u"Answer: 42"_s, 15000);
    QVERIFY(!panel->spinner()->isSpinning());
    QVERIFY(executor->text().startsWith(u"Run by: "_s));
}

void TestMainWindow::spinnersKeepTurningWhileAllThreeRun()
{
    MainWindow window;
    window.setSlowTaskDuration(1500ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *runAll = window.findChild<QPushButton *>(u"runAllButton"_s);
    QVERIFY(runAll);
    const qint64 from = LabClock::nowNs();
    QTest::mouseClick(runAll, Qt::LeftButton);
    for (DemoKind kind : spinnerDemoKinds)
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(kind)->state(), DemoRunner::State::Done, 20000);

    // While the slow tasks ran (on a thread, in a child, as a coroutine), the GUI thread painted each
    // spinner nearly every frame. Count frames over the shortest run, not wall-clock time.
    qint64 shortestMs = std::numeric_limits<qint64>::max();
    for (DemoKind kind : spinnerDemoKinds)
        shortestMs = std::min(shortestMs, window.runner(kind)->elapsedMs());
    const qint64 to = from + (shortestMs - 50) * 1'000'000;
    for (DemoKind kind : spinnerDemoKinds) {
        const FrameCounter &frames = window.panel(kind)->spinner()->frames();
        const int painted = frames.paintedBetween(from, to);
        const int expected = FrameCounter::expectedBetween(from, to);
        QVERIFY2(painted >= expected * 8 / 10,
                 qPrintable(u"%1: %2 of %3 frames"_s.arg(DemoKinds::id(kind)).arg(painted).arg(expected)));
    }
}

void TestMainWindow::durationIsRemembered()
{
    {
        MainWindow window;
        auto *box = window.findChild<QDoubleSpinBox *>(u"durationBox"_s);
        QVERIFY(box);
        QCOMPARE(box->value(), 3.0);   // the default
        box->setValue(7.5);
    }
    MainWindow again;
    QCOMPARE(again.slowTaskDuration(), 7500ms);
    again.setSlowTaskDuration(500s);   // out of range: clamped, not trusted
    QCOMPARE(again.slowTaskDuration(), 60s);
}

void TestMainWindow::closingWhileRunningLeavesNothingBehind()
{
    auto window = std::make_unique<MainWindow>();
    window->setSlowTaskDuration(60s);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->runAll();
    auto *process = static_cast<ProcessRunner *>(window->runner(DemoKind::Process));
    QTRY_VERIFY_WITH_TIMEOUT(process->childPid() > 0, 10000);
    const qint64 pid = process->childPid();
    QTRY_VERIFY(!window->runner(DemoKind::Thread)->executor().isEmpty());

    window->close();
    window.reset();   // no crash, no Qt warning (the handler fails the test on any)
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
}

LAB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: MIT
// The real main window, clicked like a user would, on the offscreen platform.
#include "labtest.h"
#include "labtestdemos.h"

#include "commandline.h"
#include "comparisonpanel.h"
#include "demopanel.h"
#include "demorunner.h"
#include "headlessdriver.h"
#include "labclock.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "spinnerwidget.h"

#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QScrollBar>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>

#include <csignal>
#include <cerrno>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void clickingRunShowsTheAnswer_data();
    void clickingRunShowsTheAnswer();
    void spinnersKeepTurningWhileAllThreeRun();
    void durationIsRemembered();
    void commandLineSecondsAreNotRemembered();
    void dockSizesSurviveARestart();
    void damagedSettingsStartClean();
    void settingsNeverReplaceADevice();
    void cancelAllStopsEveryLesson();
    void closingWhileRunningLeavesNothingBehind();
    void pagesStartAtTheirLeftEdge();
};

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::clickingRunShowsTheAnswer_data()
{
    LabTest::addDemoRows(LabTest::spinnerDemoIds());
}

void TestMainWindow::clickingRunShowsTheAnswer()
{
    QFETCH(DemoId, demo);
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(300ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *panel = window.panel(demo);
    QVERIFY(panel);
    QCOMPARE(panel->objectName(), u"panel-"_s + demo);
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
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(1500ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *runAll = window.findChild<QPushButton *>(u"runAllButton"_s);
    QVERIFY(runAll);
    const qint64 from = LabClock::nowNs();
    QTest::mouseClick(runAll, Qt::LeftButton);
    for (const DemoId &id : LabTest::spinnerDemoIds())
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(id)->state(), DemoRunner::State::Done, 20000);

    // While the slow tasks ran (on a thread, in a child, as a coroutine), the GUI thread painted each
    // spinner nearly every frame. Count frames over the shortest run, not wall-clock time.
    qint64 shortestMs = std::numeric_limits<qint64>::max();
    for (const DemoId &id : LabTest::spinnerDemoIds())
        shortestMs = std::min(shortestMs, window.runner(id)->elapsedMs());
    const qint64 to = from + (shortestMs - 50) * 1'000'000;
    for (const DemoId &id : LabTest::spinnerDemoIds()) {
        const FrameCounter &frames = window.panel(id)->spinner()->frames();
        const int painted = frames.paintedBetween(from, to);
        const int expected = FrameCounter::expectedBetween(from, to);
        QVERIFY2(painted >= expected * 8 / 10,
                 qPrintable(u"%1: %2 of %3 frames"_s.arg(id).arg(painted).arg(expected)));
    }
}

void TestMainWindow::durationIsRemembered()
{
    {
        MainWindow window(LabTest::registry());
        auto *box = window.findChild<QDoubleSpinBox *>(u"durationBox"_s);
        QVERIFY(box);
        QCOMPARE(box->value(), 3.0);   // the default
        box->setValue(7.5);
    }
    MainWindow again(LabTest::registry());
    QCOMPARE(again.slowTaskDuration(), 7500ms);
    again.setSlowTaskDuration(500s);   // out of range: clamped, not trusted
    QCOMPARE(again.slowTaskDuration(), 60s);
}

// --seconds is for that start only: the window uses it, the remembered duration stays.
void TestMainWindow::commandLineSecondsAreNotRemembered()
{
    {
        MainWindow window(LabTest::registry());
        window.setSlowTaskDuration(7500ms);   // the teacher's choice, remembered
    }
    const CommandLineOutcome outcome = CommandLine::parse({u"concurrency-lab"_s, u"--seconds"_s, u"2"_s}, LabTest::registry());
    QCOMPARE(outcome.action, CommandLineOutcome::Action::RunApp);
    {
        MainWindow window(LabTest::registry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HeadlessDriver driver(&window, outcome.options);
        QSignalSpy done(&driver, &HeadlessDriver::done);
        driver.start();
        QCOMPARE(window.slowTaskDuration(), 2s);
        QVERIFY(done.wait(5000));
        window.close();
    }
    MainWindow again(LabTest::registry());
    QCOMPARE(again.slowTaskDuration(), 7500ms);
    // A value the user then types in is theirs, and remembered.
    {
        MainWindow window(LabTest::registry());
        window.setSlowTaskDurationForThisSession(2s);
        window.findChild<QDoubleSpinBox *>(u"durationBox"_s)->setValue(4.5);
    }
    MainWindow last(LabTest::registry());
    QCOMPARE(last.slowTaskDuration(), 4500ms);
}

// The dock sizes and the splitters inside the docks come back as the user left them.
void TestMainWindow::dockSizesSurviveARestart()
{
    int compareWidth = 0;
    QList<int> tableSplit;
    {
        MainWindow window(LabTest::registry());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDockWidget *compare = window.docks()->compareDock();
        const int wider = compare->width() + 120;
        window.resizeDocks({compare}, {wider}, Qt::Horizontal);
        auto *splitter = window.docks()->comparison()->findChild<QSplitter *>(u"comparisonSplitter"_s);
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 2);
        splitter->setSizes({sizes.at(0) + 60, sizes.at(1) - 60});
        QCoreApplication::processEvents();
        compareWidth = compare->width();
        QVERIFY2(std::abs(compareWidth - wider) <= 4, qPrintable(u"%1 of %2"_s.arg(compareWidth).arg(wider)));
        tableSplit = splitter->sizes();
        window.close();
    }
    MainWindow again(LabTest::registry());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QTRY_VERIFY2(std::abs(again.docks()->compareDock()->width() - compareWidth) <= 4,
                 qPrintable(u"%1, was %2"_s.arg(again.docks()->compareDock()->width()).arg(compareWidth)));
    // The table list keeps the height it was given (the tables below take what the window leaves).
    QCOMPARE(again.docks()->comparison()->findChild<QSplitter *>(u"comparisonSplitter"_s)->sizes().value(0), tableSplit.value(0));
}

// Binary junk in the settings file is not kept and rewritten: the app starts from the defaults,
// says so, and saves a clean file.
void TestMainWindow::damagedSettingsStartClean()
{
    const QString path = QSettings().fileName();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\xff[[[garbage\n=\x00zz", 18));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"could not be read; the defaults are used"_s));
    {
        MainWindow window(LabTest::registry());
        QCOMPARE(window.slowTaskDuration(), 3s);
        QVERIFY(window.statusBar()->currentMessage().contains(u"could not be read"_s));
        window.setSlowTaskDuration(2s);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY2(!saved.contains("garbage") && !saved.contains('\0'), saved.constData());
    MainWindow again(LabTest::registry());   // clean now: no message
    QCOMPARE(again.slowTaskDuration(), 2s);
}

// A settings file that is a symlink to a device (or a device) is never replaced by a regular file,
// which as root would destroy the device; the settings then last for the session.
void TestMainWindow::settingsNeverReplaceADevice()
{
    const QString path = QSettings().fileName();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile::remove(path);
    QVERIFY(QFile::link(u"/dev/null"_s, path));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Settings are not saved: .* is not a regular file"_s));
    {
        MainWindow window(LabTest::registry());
        QVERIFY2(window.statusBar()->currentMessage().contains(u"not a regular file"_s), qPrintable(window.statusBar()->currentMessage()));
        window.setSlowTaskDuration(7s);
        QCOMPARE(window.slowTaskDuration(), 7s);   // works for this session
    }
    QVERIFY(QFileInfo(path).isSymLink());
    QCOMPARE(QFileInfo(path).symLinkTarget(), u"/dev/null"_s);
    QVERIFY(!QFileInfo(u"/dev/null"_s).isFile());   // still a device
    QVERIFY(QFile::remove(path));
}

// Lesson 1's "Cancel all" does what Lesson > Cancel All (Esc) does: it also stops lesson 2's demos.
void TestMainWindow::cancelAllStopsEveryLesson()
{
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(60s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<DemoId> running{u"thread"_s, u"cooperative-cpu"_s};   // lesson 1, lesson 2 (loop alive)
    for (const DemoId &id : running)
        window.runDemo(id);
    for (const DemoId &id : running)
        QTRY_VERIFY_WITH_TIMEOUT(window.runner(id)->executor().has_value(), 10000);

    auto *cancelAll = window.findChild<QPushButton *>(u"cancelAllButton"_s);
    QVERIFY(cancelAll);
    QTest::mouseClick(cancelAll, Qt::LeftButton);
    for (const DemoId &id : running)
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(id)->state(), DemoRunner::State::Cancelled, 10000);
}

// On the offscreen platform's 800 px screen the pages are wider than their room: each starts at its
// left edge, heading whole, also after a run scrolled a long page down to its panel.
void TestMainWindow::pagesStartAtTheirLeftEdge()
{
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(100ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        auto *area = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
        QVERIFY(area);
        const auto *heading = page->findChild<QWidget *>(u"lessonHeading"_s);
        QVERIFY(heading);
        QTRY_COMPARE(area->horizontalScrollBar()->value(), 0);
        QVERIFY(heading->mapTo(area->viewport(), QPoint()).x() >= 0);
    }
    const DemoId last = window.pages().constLast()->panelOrder().constLast();
    window.runDemo(last);
    QTest::qWait(50);
    auto *area = qobject_cast<QScrollArea *>(window.pages().constLast()->parentWidget()->parentWidget());
    QCOMPARE(area->horizontalScrollBar()->value(), 0);
    window.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(last), 10000);
}

void TestMainWindow::closingWhileRunningLeavesNothingBehind()
{
    auto window = std::make_unique<MainWindow>(LabTest::registry());
    window->setSlowTaskDuration(60s);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *runAll = window->findChild<QPushButton *>(u"runAllButton"_s);
    QVERIFY(runAll);
    QTest::mouseClick(runAll, Qt::LeftButton);
    DemoRunner *process = window->runner(u"process"_s);
    QTRY_VERIFY_WITH_TIMEOUT(process->executor().has_value(), 10000);
    QCOMPARE(process->executor()->kind, UnitKind::ChildProcess);
    const qint64 pid = process->executor()->id;
    QVERIFY(pid > 0);
    QTRY_VERIFY(window->runner(u"thread"_s)->executor().has_value());

    window->close();
    window.reset();   // no crash, no Qt warning (the handler fails the test on any)
    // The child was killed; the reaper collects it from the event loop (no wait on the GUI thread).
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) == -1 && errno == ESRCH, 5000);
}

LAB_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: MIT
// Presentation mode: F11 (on every platform theme) shows only the lesson, full screen and larger;
// Esc or F11 leaves it with the docks, their sizes and the zoom as they were.
#include "labtest.h"
#include "labtestdemos.h"

#include "classroomzoom.h"
#include "demorunner.h"
#include "labdocks.h"
#include "mainwindow.h"
#include "presentationmode.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<QDockWidget *> shownDocks(const MainWindow &window)
{
    QList<QDockWidget *> shown;
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks) {
        if (dock->isVisible())
            shown << dock;
    }
    return shown;
}

} // namespace

class TestPresentationMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void f11EntersAndEscLeaves();
    void f11LeavesToo();
    void menuBarIsHiddenAndItsKeysStillWork();
    void escCancelsWhenNotPresenting();
    void presentationZoomIsRemembered();
    void closingWhilePresentingRemembersTheDesk();

private:
    QFont m_appFont;
};

void TestPresentationMode::initTestCase()
{
    m_appFont = QApplication::font();
}

void TestPresentationMode::init()
{
    QSettings().clear();
}

void TestPresentationMode::cleanup()
{
    QApplication::setFont(m_appFont);
}

void TestPresentationMode::f11EntersAndEscLeaves()
{
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QDockWidget *compare = window.docks()->compareDock();
    window.resizeDocks({compare}, {430}, Qt::Horizontal);
    QCoreApplication::processEvents();
    const int compareWidth = compare->width();
    const QList<QDockWidget *> before = shownDocks(window);
    QVERIFY(before.size() >= 2);   // the comparison tables and the timeline, at least

    QTest::keyClick(&window, Qt::Key_F11);
    PresentationMode *presentation = window.presentationMode();
    QVERIFY(presentation->isActive());
    QVERIFY(presentation->toggleAction()->isChecked());
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QCOMPARE(shownDocks(window).size(), 0);
    QVERIFY(!window.statusBar()->isVisible());
    QCOMPARE(window.zoom()->percent(), 150);
    QVERIFY(window.centralWidget()->isVisible());

    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!presentation->isActive());
    QVERIFY(!presentation->toggleAction()->isChecked());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QCOMPARE(window.zoom()->percent(), 100);
    QTRY_COMPARE(shownDocks(window), before);
    QVERIFY(window.statusBar()->isVisible());
    QTRY_VERIFY2(std::abs(compare->width() - compareWidth) <= 4,
                 qPrintable(u"%1 then %2"_s.arg(compareWidth).arg(compare->width())));
}

void TestPresentationMode::f11LeavesToo()
{
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.presentationMode()->isActive());
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.presentationMode()->isActive());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
}

// The menu bar is a row the lesson needs on a projector: hidden while presenting, back on leaving;
// the keys of its menus still work meanwhile (Ctrl++ from View, Ctrl+B from Lesson, F11 itself).
void TestPresentationMode::menuBarIsHiddenAndItsKeysStillWork()
{
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(100ms);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.menuBar()->isVisible());
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(window.presentationMode()->isActive());
    QVERIFY(!window.menuBar()->isVisible());
    const int zoom = window.zoom()->percent();
    QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY2(window.zoom()->percent() > zoom, qPrintable(QString::number(window.zoom()->percent())));
    QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);   // Lesson > Block the Loop
    QVERIFY(window.runner(u"block"_s)->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!window.runner(u"block"_s)->isRunning(), 10000);
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.presentationMode()->isActive());
    QVERIFY(window.menuBar()->isVisible());
    // A second time, left with Esc: the same.
    QTest::keyClick(&window, Qt::Key_F11);
    QVERIFY(!window.menuBar()->isVisible());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.presentationMode()->isActive());
    QVERIFY(window.menuBar()->isVisible());
}

// Esc keeps its everyday job (Lesson > Cancel All) outside presentation mode.
void TestPresentationMode::escCancelsWhenNotPresenting()
{
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(60s);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.runDemo(u"thread"_s);
    DemoRunner *runner = window.runner(u"thread"_s);
    QTRY_VERIFY_WITH_TIMEOUT(runner->executor().has_value(), 10000);
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), DemoRunner::State::Cancelled, 10000);
    QVERIFY(!window.presentationMode()->isActive());
}

void TestPresentationMode::presentationZoomIsRemembered()
{
    {
        MainWindow window(LabTest::registry());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.zoom()->setPercent(110);   // the desk's zoom
        QTest::keyClick(&window, Qt::Key_F11);
        QCOMPARE(window.zoom()->percent(), 150);
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(window.zoom()->percent(), 175);
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(window.zoom()->percent(), 110);
        QTest::keyClick(&window, Qt::Key_F11);
        QCOMPARE(window.zoom()->percent(), 175);   // the room's zoom, as the teacher left it
        QTest::keyClick(&window, Qt::Key_F11);
        window.close();
    }
    QApplication::setFont(m_appFont);
    MainWindow again(LabTest::registry());
    QCOMPARE(again.zoom()->percent(), 110);
    again.show();
    QVERIFY(QTest::qWaitForWindowActive(&again));
    QTest::keyClick(&again, Qt::Key_F11);
    QCOMPARE(again.zoom()->percent(), 175);
    QTest::keyClick(&again, Qt::Key_Escape);
}

// Quitting while presenting: the next start shows the desk layout (docks), not the presentation.
void TestPresentationMode::closingWhilePresentingRemembersTheDesk()
{
    {
        MainWindow window(LabTest::registry());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.presentationMode()->isActive());
        window.close();
        QCOMPARE(window.zoom()->percent(), 100);
    }
    QApplication::setFont(m_appFont);
    MainWindow again(LabTest::registry());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QVERIFY(again.docks()->compareDock()->isVisible());
    QVERIFY(again.docks()->timelineDock()->isVisible() || again.docks()->lagDock()->isVisible()
            || again.docks()->codeDock()->isVisible());
    QVERIFY(!(again.windowState() & Qt::WindowFullScreen));
    QVERIFY(!again.presentationMode()->isActive());
}

LAB_TEST_MAIN(TestPresentationMode)
#include "tst_presentationmode.moc"

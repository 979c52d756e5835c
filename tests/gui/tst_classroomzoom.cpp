// SPDX-License-Identifier: MIT
// The classroom zoom: Ctrl++ / Ctrl+- / Ctrl+0 scale the spinner panels, the code, the tables, the
// timeline and the charts together, from 75 % to 300 %, and the zoom is remembered.
#include "labtest.h"
#include "labtestdemos.h"

#include "classroomzoom.h"
#include "codeeditor.h"
#include "codeviewer.h"
#include "comparisonpanel.h"
#include "comparisontableview.h"
#include "demopanel.h"
#include "labdocks.h"
#include "lagmeterwidget.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "spinnerwidget.h"
#include "timelinewidget.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>

using namespace Qt::Literals::StringLiterals;

namespace {

// What the zoom should scale, measured on a window.
struct Sizes {
    double panelPoints;     // a spinner panel's text
    double answerPoints;    // its answer (a size of its own: 1.3 times the panel's)
    double headingPoints;   // the lesson heading (1.6 times the page's)
    double codePoints;      // the C++ listing
    double tablePoints;     // a comparison table
    int spinnerSide;        // the spinner's diameter (its size hint)
    int timelineHeight;     // the timeline's lanes (its size hint grows with the row height)
    int lagMeterHeight;     // the lag chart (its minimum: the hint has a floor in pixels)
};

Sizes measure(const MainWindow &window)
{
    const DemoPanel *panel = window.panel(u"thread"_s);
    const auto *heading = window.page(u"spinners"_s)->findChild<QLabel *>(u"lessonHeading"_s);
    const auto *code = window.docks()->codeViewer()->findChild<CodeEditor *>(u"cppView"_s);
    const auto *table = window.docks()->comparison()->tableView(u"summary"_s);
    return {panel->font().pointSizeF(),
            panel->findChild<QLabel *>(u"answerLabel"_s)->font().pointSizeF(),
            heading->font().pointSizeF(),
            code->font().pointSizeF(),
            table->font().pointSizeF(),
            panel->spinner()->sizeHint().width(),
            window.docks()->timeline()->sizeHint().height(),
            window.docks()->lagMeter()->minimumSizeHint().height()};
}

// `after` is `factor` times `before`, give or take the rounding of font metrics to whole pixels.
bool scaledBy(double before, double after, double factor)
{
    return before > 0 && std::abs(after / before - factor) <= factor * 0.12;
}

} // namespace

class TestClassroomZoom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stepsStayInBounds();
    void shortcutsScaleEverythingTogether();
    void zoomIsRemembered();

private:
    QFont m_appFont;
};

void TestClassroomZoom::initTestCase()
{
    m_appFont = QApplication::font();
}

void TestClassroomZoom::init()
{
    QSettings().clear();
}

void TestClassroomZoom::cleanup()
{
    QApplication::setFont(m_appFont);   // the next test's window starts at 100 %
}

void TestClassroomZoom::stepsStayInBounds()
{
    const QList<int> steps = ClassroomZoom::steps();
    QCOMPARE(steps.constFirst(), 75);
    QCOMPARE(steps.constLast(), 300);
    QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
    QVERIFY(steps.contains(100) && steps.contains(150) && steps.contains(200));
    QCOMPARE(ClassroomZoom::stepAbove(100), 110);
    QCOMPARE(ClassroomZoom::stepBelow(100), 90);
    QCOMPARE(ClassroomZoom::stepAbove(300), 300);
    QCOMPARE(ClassroomZoom::stepBelow(75), 75);
    QCOMPARE(ClassroomZoom::stepAbove(120), 125);   // a value between steps goes to the next one
    QCOMPARE(ClassroomZoom::stepBelow(120), 110);

    ClassroomZoom zoom;
    QSignalSpy changed(&zoom, &ClassroomZoom::percentChanged);
    zoom.setPercent(1000);
    QCOMPARE(zoom.percent(), 300);
    zoom.zoomIn();   // already at the top: nothing changes
    zoom.setPercent(1);
    QCOMPARE(zoom.percent(), 75);
    zoom.reset();
    QCOMPARE(zoom.percent(), 100);
    QCOMPARE(changed.count(), 3);
}

void TestClassroomZoom::shortcutsScaleEverythingTogether()
{
    MainWindow window(LabTest::registry());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const Sizes normal = measure(window);

    // Ctrl++ seven times: 110, 125, 150, 175, 200, 250, 300, then it stays.
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(window.zoom()->percent(), 300);
    // Ctrl+- three times: 250, 200... and Ctrl+= (the unshifted key) once back up: 250, 200, 175, 200.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(window.zoom()->percent(), 200);

    const Sizes zoomed = measure(window);
    QVERIFY2(scaledBy(normal.panelPoints, zoomed.panelPoints, 2), qPrintable(QString::number(zoomed.panelPoints)));
    QVERIFY2(scaledBy(normal.answerPoints, zoomed.answerPoints, 2), qPrintable(QString::number(zoomed.answerPoints)));
    QVERIFY2(scaledBy(normal.headingPoints, zoomed.headingPoints, 2), qPrintable(QString::number(zoomed.headingPoints)));
    QVERIFY2(scaledBy(normal.codePoints, zoomed.codePoints, 2), qPrintable(QString::number(zoomed.codePoints)));
    QVERIFY2(scaledBy(normal.tablePoints, zoomed.tablePoints, 2), qPrintable(QString::number(zoomed.tablePoints)));
    QVERIFY2(scaledBy(normal.spinnerSide, zoomed.spinnerSide, 2), qPrintable(QString::number(zoomed.spinnerSide)));
    QVERIFY2(scaledBy(normal.timelineHeight, zoomed.timelineHeight, 2), qPrintable(QString::number(zoomed.timelineHeight)));
    QVERIFY2(scaledBy(normal.lagMeterHeight, zoomed.lagMeterHeight, 2), qPrintable(QString::number(zoomed.lagMeterHeight)));
    // The proportions inside a panel hold: the answer is still 1.3 times the panel's text.
    QVERIFY(std::abs(zoomed.answerPoints / zoomed.panelPoints - normal.answerPoints / normal.panelPoints) < 0.01);

    QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(window.zoom()->percent(), 100);
    const Sizes back = measure(window);
    QCOMPARE(back.panelPoints, normal.panelPoints);
    QCOMPARE(back.answerPoints, normal.answerPoints);
    QCOMPARE(back.headingPoints, normal.headingPoints);
    QCOMPARE(back.codePoints, normal.codePoints);
    QCOMPARE(back.spinnerSide, normal.spinnerSide);
    QCOMPARE(back.timelineHeight, normal.timelineHeight);
}

void TestClassroomZoom::zoomIsRemembered()
{
    double normalPanel = 0;
    {
        MainWindow window(LabTest::registry());
        normalPanel = window.panel(u"thread"_s)->font().pointSizeF();
        window.zoom()->setPercent(200);
        window.zoom()->setPercent(150);
        window.close();
    }
    QApplication::setFont(m_appFont);   // a new process starts from the system font
    QCOMPARE(QSettings().value(u"window/zoomPercent"_s).toInt(), 150);
    MainWindow again(LabTest::registry());
    QCOMPARE(again.zoom()->percent(), 150);
    QVERIFY(scaledBy(normalPanel, again.panel(u"thread"_s)->font().pointSizeF(), 1.5));
    again.zoom()->reset();
}

LAB_TEST_MAIN(TestClassroomZoom)
#include "tst_classroomzoom.moc"

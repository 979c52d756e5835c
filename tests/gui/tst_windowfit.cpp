// SPDX-License-Identifier: MIT
// The window in a classroom: on the screen given by LAB_TEST_SCREEN (e.g. "1366x768"; an offscreen
// screen of that size, before any QT_SCALE_FACTOR), every lesson's primary controls and the text a
// run leaves lie inside what is visible, without scrolling, and nothing asks for more than the screen.
// CTest runs it at 1366 x 768 and at 1920 x 1080 with QT_SCALE_FACTOR=1.5.
#include "labtest.h"
#include "labtestpictures.h"
#include "labtestdemos.h"

#include "demopanel.h"
#include "demorunner.h"
#include "classroomzoom.h"
#include "labdocks.h"
#include "lessonpage.h"
#include "mainwindow.h"
#include "presentationmode.h"
#include "stepmodebanner.h"
#include "spinnerwidget.h"
#include "steppanel.h"
#include "viewoptions.h"

#include <QAction>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>

using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

QSize requestedScreen()
{
    const QStringList parts = qEnvironmentVariable("LAB_TEST_SCREEN", u"1366x768"_s).split(u'x');
    return parts.size() == 2 ? QSize(parts.at(0).toInt(), parts.at(1).toInt()) : QSize(1366, 768);
}

// Where `widget` is, in `ancestor`'s coordinates.
QRect rectIn(const QWidget *widget, const QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

// Whether `widget` is (in) what a scroll area scrolls: its minimum does not bind the window.
bool insideScrollArea(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() != widget
            && area->viewport()->isAncestorOf(widget))
            return true;
    }
    return false;
}

QString describe(const QRect &r)
{
    return u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nothingAsksForMoreThanTheScreen_data();
    void nothingAsksForMoreThanTheScreen();
    void primaryControlsAreVisible_data();
    void primaryControlsAreVisible();
    void afterRunTextIsVisible_data();
    void afterRunTextIsVisible();
    void noLessonScrollsSideways_data();
    void stepModeBannerStaysInView();
    void presentationShowsWholePanels();
    void docksRefitWhenTheZoomChanges();
    void screenshots();
    void noLessonScrollsSideways();

private:
    QFont m_appFont;
    static void show(MainWindow &window, bool maximized);
    // Fails unless `widget` lies wholly inside its lesson page's visible part and the window.
    static bool isWhollyVisible(MainWindow &window, const QWidget *widget, QString *why);
};

void TestWindowFit::initTestCase()
{
    m_appFont = QApplication::font();
    const QScreen *screen = QGuiApplication::primaryScreen();
    const double scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_s).toDouble();
    const QSize expected = requestedScreen() / scale;
    qInfo("screen %dx%d (logical), device pixel ratio %.2f", screen->geometry().width(), screen->geometry().height(),
          screen->devicePixelRatio());
    // The test means nothing on the plugin's default 800 x 800 screen.
    QCOMPARE(screen->geometry().size(), expected);
}

void TestWindowFit::init()
{
    QSettings().clear();   // the first run's layout
}

void TestWindowFit::cleanup()
{
    // A window destroyed while zoomed (a test failed in presentation mode) leaves the application
    // font zoomed: the next test starts at 100 % whatever happened.
    QApplication::setFont(m_appFont);
}

void TestWindowFit::show(MainWindow &window, bool maximized)
{
    if (maximized)
        window.showMaximized();
    else
        window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);   // the first layout pass settles
}

void TestWindowFit::nothingAsksForMoreThanTheScreen_data()
{
    QTest::addColumn<bool>("maximized");
    QTest::newRow("first run") << false;
    QTest::newRow("maximized") << true;
}

void TestWindowFit::nothingAsksForMoreThanTheScreen()
{
    QFETCH(bool, maximized);
    MainWindow window(LabTest::registry());
    show(window, maximized);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(u"window %1 on screen %2"_s.arg(describe(window.geometry()), describe(available))));
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
             qPrintable(u"window minimum %1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    // Every widget, on every lesson tab.
    int checked = 0;
    for (LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        QCoreApplication::processEvents();
        const QList<QWidget *> widgets = window.findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (!widget->isVisible() || insideScrollArea(widget))
                continue;   // a lesson page (or a part of it) is scrolled, not squeezed
            const QSize own = widget->minimumSizeHint().expandedTo(widget->minimumSize());
            QVERIFY2(own.width() <= available.width() && own.height() <= available.height(),
                     qPrintable(u"%1 (%2) asks for %3x%4"_s.arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                                    .arg(own.width()).arg(own.height())));
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

bool TestWindowFit::isWhollyVisible(MainWindow &window, const QWidget *widget, QString *why)
{
    const QString name = widget->objectName();
    if (!widget->isVisible()) {
        *why = name + u" is hidden"_s;
        return false;
    }
    // Inside the visible part of the page's scroll area (no scrolling needed)...
    const QScrollArea *area = nullptr;
    for (QWidget *parent = widget->parentWidget(); parent && !area; parent = parent->parentWidget())
        area = qobject_cast<QScrollArea *>(parent);
    if (!area) {
        *why = name + u" is not on a lesson page"_s;
        return false;
    }
    const QRect inViewport = rectIn(widget, area->viewport());
    if (!area->viewport()->rect().contains(inViewport)) {
        *why = u"%1 at %2, the page shows %3"_s.arg(name, describe(inViewport), describe(area->viewport()->rect()));
        return false;
    }
    // ...not covered by anything (the region Qt would paint is the whole widget)...
    if (widget->visibleRegion().boundingRect() != widget->rect()) {
        *why = u"%1 is partly covered: visible %2 of %3"_s.arg(name, describe(widget->visibleRegion().boundingRect()),
                                                                describe(widget->rect()));
        return false;
    }
    // ...and on the screen.
    const QRect onScreen(widget->mapToGlobal(QPoint(0, 0)), widget->size());
    if (!window.screen()->availableGeometry().contains(onScreen)) {
        *why = u"%1 at %2 is off the screen"_s.arg(name, describe(onScreen));
        return false;
    }
    return true;
}

void TestWindowFit::primaryControlsAreVisible_data()
{
    QTest::addColumn<QString>("lesson");
    QTest::addColumn<QStringList>("controls");
    QTest::addColumn<bool>("maximized");
    // The buttons a teacher presses and the text a run leaves, per lesson; the long lessons (3 to 5
    // have several parts and scroll) show their first part's.
    const QList<std::pair<QString, QStringList>> lessons{
        {u"spinners"_s, {u"runAllButton"_s, u"cancelAllButton"_s, u"runButton"_s, u"cancelButton"_s, u"answerLabel"_s, u"elapsedLabel"_s, u"executorLabel"_s}},
        {u"block-loop"_s, {u"blockButton"_s, u"awaitButton"_s, u"yieldSlider"_s, u"lessonLagMeter"_s, u"freezeReport"_s, u"runButton"_s}},
        {u"primes"_s, {u"runAllCpp"_s, u"runAllPython"_s, u"workers"_s}},
        {u"many-tasks"_s, {u"runButton"_s}},
        {u"shared-state"_s, {u"counterControls"_s, u"runButton"_s}},
    };
    for (const auto &[lesson, controls] : lessons) {
        QTest::addRow("%s, first run", qPrintable(lesson)) << lesson << controls << false;
        QTest::addRow("%s, maximized", qPrintable(lesson)) << lesson << controls << true;
    }
}

void TestWindowFit::primaryControlsAreVisible()
{
    QFETCH(QString, lesson);
    QFETCH(QStringList, controls);
    QFETCH(bool, maximized);
    MainWindow window(LabTest::registry());
    show(window, maximized);
    LessonPage *page = window.page(lesson);
    QVERIFY2(page, qPrintable(lesson));
    window.showLesson(lesson);
    QCoreApplication::processEvents();
    for (const QString &name : std::as_const(controls)) {
        // Every panel's, where a page has several (Run, Cancel, Answer, ...).
        const QList<QWidget *> found = page->findChildren<QWidget *>(name);
        QVERIFY2(!found.isEmpty(), qPrintable(name));
        int visible = 0;
        for (const QWidget *widget : found) {
            QString why;
            // A long page's later parts are below the fold by design: only the first part's panels.
            const auto *panel = qobject_cast<const DemoPanel *>(widget->parentWidget());
            if (panel && !page->context().lessonDemos.isEmpty() && lesson != u"spinners"_s && lesson != u"block-loop"_s
                && panel->runner()->demoId() != page->context().lessonDemos.constFirst())
                continue;
            const bool whollyVisible = isWhollyVisible(window, widget, &why);
            QVERIFY2(whollyVisible, qPrintable(why));
            ++visible;
        }
        QVERIFY2(visible > 0, qPrintable(name));
    }
}

void TestWindowFit::afterRunTextIsVisible_data()
{
    QTest::addColumn<bool>("ninetyPercent");
    QTest::newRow("first run") << false;
    // Without a window manager: the 90 % window, never maximized (1229 x 691 at 1366 x 768). (At 1.5x
    // that window leaves lesson 2 about 560 px: it scrolls a little after runs.)
    if (!qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        QTest::newRow("90 %, not maximized") << true;
}

// What a run leaves (the answers, lesson 2's measured freeze) is in view when the runs are done.
void TestWindowFit::afterRunTextIsVisible()
{
    QFETCH(bool, ninetyPercent);
    MainWindow window(LabTest::registry());
    window.setSlowTaskDuration(200ms);
    if (ninetyPercent) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(window.screen()->availableGeometry().size() * 9 / 10);
    }
    show(window, false);
    for (const DemoId &id : LabTest::spinnerDemoIds())
        window.runDemo(id);
    window.runDemo(u"block"_s);
    for (const DemoId &id : LabTest::spinnerDemoIds() + QList<DemoId>{u"block"_s})
        QTRY_COMPARE_WITH_TIMEOUT(window.runner(id)->state(), DemoRunner::State::Done, 20000);
    auto *report = window.page(u"block-loop"_s)->findChild<QLabel *>(u"freezeReport"_s);
    QVERIFY(report);
    const QString before = report->text();
    QTRY_VERIFY_WITH_TIMEOUT(report->text() != before, 5000);   // the freeze was measured
    QString why;
    window.showLesson(u"block-loop"_s);
    // The page folds its introduction once its layout has settled around the report's new lines: a
    // few passes of the event loop, more on a busy machine.
    QTRY_VERIFY2_WITH_TIMEOUT(isWhollyVisible(window, report, &why), qPrintable(why), 3000);
    window.showLesson(u"spinners"_s);
    QCoreApplication::processEvents();
    for (const DemoId &id : LabTest::spinnerDemoIds()) {
        for (const QString &name : {u"answerLabel"_s, u"elapsedLabel"_s, u"executorLabel"_s}) {
            const auto *label = window.panel(id)->findChild<QLabel *>(name);
            QVERIFY(label && !label->text().isEmpty());
            QVERIFY2(isWhollyVisible(window, label, &why), qPrintable(id + u": "_s + why));
        }
    }
}

void TestWindowFit::noLessonScrollsSideways_data()
{
    QTest::addColumn<QString>("layout");
    QTest::newRow("first run") << u"first run"_s;
    QTest::newRow("maximized") << u"maximized"_s;
    // What a first run gets without a window manager: the 90 % window, never maximized (1229 px wide
    // at 1366 x 768; 1152 px at 1.5x on 1920 x 1080, where lessons 4 and 5 were wider than that).
    QTest::newRow("90 %, not maximized") << u"90 %"_s;
}

// A lesson page may scroll down (the long ones have several parts), never sideways: whatever is
// to the right of the fold is out of the class's sight, with nothing saying it is there.
void TestWindowFit::noLessonScrollsSideways()
{
    QFETCH(QString, layout);
    MainWindow window(LabTest::registry());
    if (layout == u"90 %"_s) {
        window.setWindowState(Qt::WindowNoState);
        window.resize(window.screen()->availableGeometry().size() * 9 / 10);
    }
    show(window, layout == u"maximized"_s);
    QStringList sideways;
    for (LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        QCoreApplication::processEvents();
        const auto *area = qobject_cast<const QScrollArea *>(page->parentWidget()->parentWidget());
        QVERIFY(area);
        if (area->horizontalScrollBar()->maximum() > 0) {
            sideways << u"%1 (%2 px wide, %3 px shown)"_s.arg(page->context().lessonId)
                            .arg(page->minimumSizeHint().width())
                            .arg(area->viewport()->width());
        }
    }
    QVERIFY2(sideways.isEmpty(), qPrintable(u"window %1x%2: "_s.arg(window.width()).arg(window.height()) + sideways.join(u", "_s)));
}

// Step mode raises and widens the Code dock, which leaves the lesson half the width: the pages grow
// taller and scroll, and a run scrolls to its panel. The banner saying that runs stop at each step
// stays in view on every lesson, scrolled to its end or not.
void TestWindowFit::stepModeBannerStaysInView()
{
    MainWindow window(LabTest::registry());
    show(window, true);
    window.docks()->stepPanel()->stepModeAction()->setChecked(true);
    QTRY_VERIFY(window.docks()->codeDock()->isVisible());
    auto *banner = window.findChild<StepModeBanner *>(u"stepModeBanner"_s);
    QVERIFY(banner);
    const QRect screen = window.screen()->availableGeometry();
    for (LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        auto *area = qobject_cast<QScrollArea *>(page->parentWidget()->parentWidget());
        QVERIFY(area);
        for (const bool toTheEnd : {false, true}) {
            QCoreApplication::processEvents();
            area->verticalScrollBar()->setValue(toTheEnd ? area->verticalScrollBar()->maximum() : 0);
            QCoreApplication::processEvents();
            const QString where = u"%1, scrolled %2: "_s.arg(page->context().lessonId, toTheEnd ? u"to its end"_s : u"to the top"_s);
            QVERIFY2(banner->isVisible(), qPrintable(where + u"hidden"_s));
            QVERIFY2(banner->visibleRegion().boundingRect() == banner->rect(),
                     qPrintable(where + u"visible %1 of %2"_s.arg(describe(banner->visibleRegion().boundingRect()), describe(banner->rect()))));
            const QRect onScreen(banner->mapToGlobal(QPoint(0, 0)), banner->size());
            QVERIFY2(screen.contains(onScreen), qPrintable(where + describe(onScreen)));
            QVERIFY2(window.geometry().contains(onScreen), qPrintable(where + describe(onScreen)));
            // Its words and its button, not a sliver.
            const auto *turnOff = banner->findChild<QWidget *>(u"stepModeOffButton"_s);
            QVERIFY2(turnOff && turnOff->visibleRegion().boundingRect() == turnOff->rect(), qPrintable(where + u"no button"_s));
        }
    }
    window.docks()->stepPanel()->stepModeAction()->setChecked(false);
}

// In presentation mode (150 %) every lesson's panels get at least their minimum: spinners as large as
// the zoom makes them (they were drawn at 40 px while the text was large), whole title lines (the
// Cooperative panel's Python line was cut), Run buttons in line across a row (the QCoro panel's sat
// 13 px higher, its title being a line shorter). Lesson 2's "Block the loop" is in view.
void TestWindowFit::presentationShowsWholePanels()
{
    MainWindow window(LabTest::registry());
    show(window, true);
    window.presentationMode()->setActive(true);
    QTRY_VERIFY(window.windowState() & Qt::WindowFullScreen);
    QTest::qWait(100);
    QVERIFY(!window.menuBar()->isVisible());
    for (LessonPage *page : window.pages()) {
        window.showLesson(page->context().lessonId);
        const QList<DemoPanel *> panels = page->findChildren<DemoPanel *>();
        const auto whole = [&](QString *why) {
            QMap<int, int> buttonTopOfRow;   // panel top -> its Run button's top, in page coordinates
            for (const DemoPanel *panel : panels) {
                const QWidget *spinner = panel->spinner();
                if (spinner->isVisibleTo(panel) && spinner->height() < spinner->minimumSizeHint().height()) {
                    *why = u"%1: spinner %2 px, %3 at this zoom"_s.arg(panel->objectName()).arg(spinner->height())
                               .arg(spinner->minimumSizeHint().height());
                    return false;
                }
                for (const QString &name : {u"titleLabel"_s, u"counterpartLabel"_s}) {
                    const auto *label = panel->findChild<QLabel *>(name);
                    if (label->height() < label->heightForWidth(label->width())) {
                        *why = u"%1: %2 %3 px of %4"_s.arg(panel->objectName(), name).arg(label->height())
                                   .arg(label->heightForWidth(label->width()));
                        return false;
                    }
                }
                const int top = panel->mapTo(page, QPoint()).y();
                const int button = panel->findChild<QPushButton *>(u"runButton"_s)->mapTo(page, QPoint()).y();
                if (buttonTopOfRow.contains(top) && buttonTopOfRow.value(top) != button) {
                    *why = u"%1: Run at %2, its row's at %3"_s.arg(panel->objectName()).arg(button).arg(buttonTopOfRow.value(top));
                    return false;
                }
                buttonTopOfRow.insert(top, button);
            }
            return true;
        };
        QString why;
        QTRY_VERIFY2(whole(&why), qPrintable(page->context().lessonId + u": "_s + why));
    }
    window.showLesson(u"block-loop"_s);
    QString why;
    QTRY_VERIFY2(isWhollyVisible(window, window.page(u"block-loop"_s)->findChild<QWidget *>(u"blockButton"_s), &why),
                 qPrintable(why));
    window.presentationMode()->setActive(false);
}

// Ctrl++ makes the lesson and the listings need more room: the docks are sized again for the new
// zoom (as a first start at that zoom would size them), and again on the way back.
void TestWindowFit::docksRefitWhenTheZoomChanges()
{
    MainWindow window(LabTest::registry());
    show(window, true);
    QDockWidget *right = window.docks()->compareDock();
    QCOMPARE(window.dockWidgetArea(right), Qt::RightDockWidgetArea);
    QTRY_VERIFY(right->isVisible());
    const int atNormal = right->width();
    const int tolerance = window.fontMetrics().averageCharWidth();
    auto *zoomIn = window.findChild<QAction *>(u"zoomInAction"_s);
    auto *zoomReset = window.findChild<QAction *>(u"zoomResetAction"_s);
    QVERIFY(zoomIn && zoomReset);
    while (window.zoom()->percent() < 200)
        zoomIn->trigger();   // Ctrl++
    QTRY_VERIFY2(std::abs(right->width() - atNormal) > tolerance,
                 qPrintable(u"still %1 px at %2 %"_s.arg(right->width()).arg(window.zoom()->percent())));
    zoomReset->trigger();   // Ctrl+0
    QTRY_VERIFY2(std::abs(right->width() - atNormal) <= tolerance,
                 qPrintable(u"%1 px back at 100 %, was %2"_s.arg(right->width()).arg(atNormal)));
}

// For people, not for the verdict: with LAB_SCREENSHOT_DIR set, saves what issue 14's "Done means"
// lists on this screen (named after it: "1366x768", "1920x1080-1.5x"): every lesson as the first run
// shows it, in presentation mode, at 200 % zoom, with a dark palette and in high contrast; lesson 2
// after Block and Await; the timeline after 20 runs.
void TestWindowFit::screenshots()
{
    const QString dir = qEnvironmentVariable("LAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("LAB_SCREENSHOT_DIR not set");
    const QSize size = requestedScreen();
    QString screen = u"%1x%2"_s.arg(size.width()).arg(size.height());
    if (qEnvironmentVariableIsSet("QT_SCALE_FACTOR"))
        screen += u"-%1x"_s.arg(qEnvironmentVariable("QT_SCALE_FACTOR"));
    MainWindow window(LabTest::registry());
    show(window, true);
    QTest::qWait(300);
    const auto shoot = [&](const QString &what) {
        int number = 1;
        for (LessonPage *page : window.pages()) {
            window.showLesson(page->context().lessonId);
            QTest::qWait(150);
            QVERIFY(window.grab().save(u"%1/%2-%3-lesson%4.png"_s.arg(dir, screen, what).arg(number++)));
        }
    };
    shoot(u"normal"_s);
    window.presentationMode()->setActive(true);
    QTest::qWait(300);
    shoot(u"presentation"_s);
    window.presentationMode()->setActive(false);
    QTest::qWait(200);
    // As the teacher zooms (Ctrl++ and Ctrl+0): the docks are sized again each way.
    auto *zoomIn = window.findChild<QAction *>(u"zoomInAction"_s);
    auto *zoomReset = window.findChild<QAction *>(u"zoomResetAction"_s);
    QVERIFY(zoomIn && zoomReset);
    while (window.zoom()->percent() < 200)
        zoomIn->trigger();
    QTest::qWait(300);
    shoot(u"zoom200"_s);
    zoomReset->trigger();
    QTest::qWait(300);
    const QPalette normal = QApplication::palette();
    QApplication::setPalette(LabTest::darkPalette());
    QTest::qWait(100);
    shoot(u"dark"_s);
    QApplication::setPalette(normal);
    window.viewOptions()->highContrastAction()->setChecked(true);
    QTest::qWait(100);
    shoot(u"highcontrast"_s);
    window.viewOptions()->highContrastAction()->setChecked(false);

    // Lesson 2 after Block, then Await: the comparison side by side.
    window.setSlowTaskDuration(std::chrono::milliseconds(1000));
    window.showLesson(u"block-loop"_s);
    for (const DemoId &id : {u"block"_s, u"coroutine"_s}) {
        window.runDemo(id);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(id), 15000);
        QTest::qWait(400);   // analysed
    }
    QVERIFY(window.grab().save(u"%1/%2-lesson2-block-then-await.png"_s.arg(dir, screen)));
    // The timeline after 20 runs (lesson 1's three demos, close together).
    window.setSlowTaskDuration(std::chrono::milliseconds(300));
    window.showLesson(u"spinners"_s);
    window.docks()->timelineDock()->show();
    window.docks()->timelineDock()->raise();
    for (int run = 0; run < 20; ++run) {
        const DemoId id = LabTest::spinnerDemoIds().at(run % 3);
        window.runDemo(id);
        QTest::qWait(150);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(id), 15000);
    }
    QTest::qWait(300);
    QVERIFY(window.grab().save(u"%1/%2-timeline-20-runs.png"_s.arg(dir, screen)));
    QVERIFY(window.docks()->timelineDock()->grab().save(u"%1/%2-timeline-20-runs-dock.png"_s.arg(dir, screen)));
}

// An offscreen screen of LAB_TEST_SCREEN's size (the plugin's configuration file), set before the
// application object exists; otherwise as LAB_TEST_MAIN.
int main(int argc, char *argv[])
{
    qInstallMessageHandler(LabTest::abortOnWarning);
    LabTest::ensurePrivateRuntimeDir();
    QTemporaryDir dir;
    const QSize size = requestedScreen();
    const QJsonObject screen{{u"name"_s, u"classroom"_s}, {u"x"_s, 0}, {u"y"_s, 0}, {u"width"_s, size.width()},
                             {u"height"_s, size.height()}, {u"logicalDpi"_s, 96}, {u"logicalBaseDpi"_s, 96}, {u"dpr"_s, 1}};
    const QString config = dir.filePath(u"screen.json"_s);
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(QJsonObject{{u"screens"_s, QJsonArray{screen}}}).toJson()) < 0)
        return 1;
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestWindowFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return LabTest::exec(&test, argc, argv);
}

#include "tst_windowfit.moc"

// SPDX-License-Identifier: MIT
// MainWindow, part 1: the runners, the lesson pages, the docks' layout and the window's state
// (menus: mainwindowmenus.cpp).
#include "mainwindow.h"

#include "classroomzoom.h"
#include "codeviewer.h"
#include "demopanel.h"
#include "demorunner.h"
#include "labdocks.h"
#include "lessonkeys.h"
#include "lessonpage.h"
#include "presentationmode.h"
#include "pythonconsole.h"
#include "stepmodebanner.h"
#include "steppanel.h"
#include "viewoptions.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// Below this height (device-independent pixels), the first run fills the screen.
constexpr int shortScreenHeight = 900;
// How long after the first show the default layout follows the window's size.
constexpr int defaultLayoutSettleMs = 1500;
}

MainWindow::MainWindow(LessonRegistry lessons, QMap<QString, QString> lessonOptions, QWidget *parent)
    : QMainWindow(parent)
    , m_lessonRegistry(std::move(lessons))
    , m_lessonOptions(std::move(lessonOptions))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Concurrency Lab"));
    for (const Demo &demo : m_lessonRegistry.demos().demos()) {
        auto runner = demo.makeRunner(RunSize::Classroom);
        runner->setTrace(&m_trace);
        m_runners.emplace(demo.id, std::move(runner));
    }
    m_zoom = new ClassroomZoom(this);
    createDurationControl();
    createMenus();   // creates the docks, which the block lesson's lag meter reads
    createLessons();

    // First run: most of the screen (a projector's 1920x1080 included), all of a short one (1366 x 768,
    // or 1920 x 1080 at a scale of 1.5) where every line counts; later runs: as it was left.
    const QSize available = screen()->availableGeometry().size();
    resize(available * 9 / 10);
    if (available.height() < shortScreenHeight)
        setWindowState(Qt::WindowMaximized);
    restoreGeometry(m_settings.windowGeometry());
    m_restoredState = restoreState(m_settings.windowState());
    m_docks->restoreSplitters(m_settings);
    // High contrast and reduced motion as remembered, once the spinners exist.
    m_viewOptions = new ViewOptions(this, &m_settings, m_viewMenu);
    // The remembered zoom, once every widget exists (ClassroomZoom scales the ones that exist).
    m_zoom->setPercent(m_settings.zoomPercent());
    connect(m_zoom, &ClassroomZoom::percentChanged, this, [this](int percent) {
        if (m_presentation->isActive())
            m_settings.setPresentationZoomPercent(percent);
        else
            m_settings.setZoomPercent(percent);
    });
    if (const QString problem = m_settings.problem(); !problem.isEmpty()) {
        statusBar()->showMessage(problem);   // stays until the next message
        qWarning("%s", qPrintable(problem));
    }
}

MainWindow::~MainWindow()
{
    // The panels and docks watch the runners and the trace, which are destroyed right after this
    // body (members go in reverse order): destroy the widgets first, while all of them still exist.
    // The view options first of all: they put the application's palette back, to every widget.
    delete m_viewOptions;
    delete takeCentralWidget();
    delete m_docks;
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
}

QList<LessonPage *> MainWindow::pages() const
{
    QList<LessonPage *> pages;
    for (const Lesson &lesson : m_lessonRegistry.lessons())
        pages << page(lesson.id);
    return pages;
}

DemoRunner *MainWindow::runner(const DemoId &id) const
{
    const auto it = m_runners.find(id);
    return it == m_runners.end() ? nullptr : it->second.get();
}

DemoPanel *MainWindow::panel(const DemoId &id) const
{
    const Lesson *lesson = m_lessonRegistry.lessonOf(id);
    LessonPage *page = lesson ? this->page(lesson->id) : nullptr;
    return page ? page->panel(id) : nullptr;
}

LessonPage *MainWindow::page(const QString &lessonId) const
{
    const auto it = m_pages.find(lessonId);
    return it == m_pages.end() ? nullptr : it->second;
}

std::chrono::milliseconds MainWindow::slowTaskDuration() const
{
    return std::chrono::milliseconds(qint64(m_durationBox->value() * 1000.0 + 0.5));
}

void MainWindow::setSlowTaskDuration(std::chrono::milliseconds duration)
{
    m_durationForThisSession = false;
    m_durationBox->setValue(LabSettings::clampDuration(duration).count() / 1000.0);
}

void MainWindow::setSlowTaskDurationForThisSession(std::chrono::milliseconds duration)
{
    m_durationForThisSession = true;
    m_durationBox->setValue(LabSettings::clampDuration(duration).count() / 1000.0);
    m_durationForThisSession = false;
}

void MainWindow::runDemo(const DemoId &id)
{
    DemoRunner *demoRunner = runner(id);
    if (!demoRunner)
        return;
    showLessonOf(id);
    m_docks->setActiveDemo(id);
    const Demo *demo = m_lessonRegistry.demo(id);
    m_scheduler.run(demoRunner, demo->measuresTheMachine, [this, demoRunner] { demoRunner->applyDuration(slowTaskDuration()); });
    if (m_scheduler.isWaiting(demoRunner))
        //: %1: a demo's title; it starts when the measuring demo before it has finished
        statusBar()->showMessage(tr("%1 waits for its turn: measuring demos run one at a time.").arg(demo->translatedTitle()), 5000);
}

bool MainWindow::isBusy(const DemoId &id) const
{
    const DemoRunner *demoRunner = runner(id);
    return demoRunner && m_scheduler.isBusy(demoRunner);
}

void MainWindow::cancelAll()
{
    for (LessonPage *page : pages())
        page->cancelWork();
    m_scheduler.clearWaiting();
    for (const auto &[id, runner] : m_runners)
        runner->cancel();
    m_docks->codeViewer()->pythonConsole()->stop();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Stop every run first: busy threads (lesson 5's counters, a sweep) otherwise keep the cores
    // while the GUI thread saves and tears the window down, and quitting waits for them.
    cancelAll();
    // What is remembered is the teacher's desk layout, not the presentation's.
    m_presentation->setActive(false);
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_docks->saveSplitters(m_settings);
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce && !m_restoredState) {
        applyDefaultLayout();
        // The window system may give the window its final size only now (maximized, or a window
        // manager's placement): lay out again on the resizes of the next moment.
        m_defaultLayoutPending = true;
        QTimer::singleShot(defaultLayoutSettleMs, this, [this] {
            m_defaultLayoutPending = false;
            // Without a window manager a maximized window keeps the size it had: the docks were
            // sized for the screen, so size them again for the window as it is.
            if (!m_presentation->isActive())
                m_docks->fitSizes(this, size(), lessonRoomNeeded());
        });
    }
    m_shownOnce = true;
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_defaultLayoutPending)
        applyDefaultLayout();
}

void MainWindow::applyDefaultLayout()
{
    // The size the window is about to have: a maximized one gets it only from the window system.
    const QSize target = windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)
        ? screen()->availableGeometry().size() : size();
    m_docks->applyDefaultLayout(this, target.boundedTo(screen()->availableGeometry().size()), lessonRoomNeeded());
}

QSize MainWindow::lessonRoomNeeded() const
{
    // The width of the widest page (none may scroll sideways), the height of the tallest made to fit
    // one screen (the long ones scroll down anyway), with room for a run's text to grow by a few
    // lines, plus what sits above and below them: the menus, the lesson tabs, the status bar.
    const int screenHeight = screen()->availableGeometry().height();
    const int line = fontMetrics().lineSpacing();
    QSize page;
    for (const LessonPage *lesson : pages()) {
        const QSize minimum = lesson->minimumSizeHint();
        page.setWidth(std::max(page.width(), minimum.width()));
        if (minimum.height() <= screenHeight)
            page.setHeight(std::max(page.height(), minimum.height()));
    }
    if (page.height() < 0)
        page.setHeight(screenHeight);   // none fits (a large zoom): the lesson wants all the height
    const int chrome = menuBar()->sizeHint().height() + statusBar()->sizeHint().height()
        + m_lessonTabs->tabBar()->sizeHint().height() + line;   // the tab frame and the layouts' margins
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {page.width() + scrollBar + line, page.height() + chrome + line * 3};
}

void MainWindow::createLessons()
{
    m_lessonTabs = new QTabWidget;
    m_lessonTabs->setObjectName(u"lessons"_s);
    // Scrollable pages: at a projector's zoom the window still fits the screen; the page scrolls.
    const auto scrollable = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    const DemoCatalog demos = m_lessonRegistry.demos();
    int number = 1;
    for (const Lesson &lesson : m_lessonRegistry.lessons()) {
        LessonContext context;
        context.lessonId = lesson.id;
        for (const Demo &demo : lesson.demos)
            context.lessonDemos.append(demo.id);
        context.runnerOf = [this](const DemoId &id) { return runner(id); };
        context.demos = demos;
        context.monitor = m_docks->monitor();
        context.frames = &m_frames;
        context.trace = &m_trace;
        for (const LessonOption &option : lesson.options) {
            if (m_lessonOptions.contains(option.name))
                context.commandLine.insert(option.name, m_lessonOptions.value(option.name));
        }
        context.settings = &m_settings;
        context.scheduler = &m_scheduler;
        context.teaching = lesson.teaching;
        LessonPage *page = lesson.makePage(context);
        page->setProperty("lessonId", lesson.id);
        connect(page, &LessonPage::runRequested, this, &MainWindow::runDemo);
        connect(page, &LessonPage::cancelAllRequested, this, &MainWindow::cancelAll);
        m_pages.emplace(lesson.id, page);
        //: Lesson tab: its number (with a keyboard mnemonic) and its title, e.g. "&1 Spinners"
        m_lessonTabs->addTab(scrollable(page), tr("&%1 %2").arg(number++).arg(lesson.translatedTitle()));
    }
    // Above the tabs, outside the pages' scrolling: while step mode is on, the banner that says so
    // stays in view whatever the lesson, its scroll position, and the room the Code dock takes.
    auto *lessonArea = new QWidget;
    lessonArea->setObjectName(u"lessonArea"_s);
    auto *lessonLayout = new QVBoxLayout(lessonArea);
    lessonLayout->setContentsMargins(0, 0, 0, 0);
    lessonLayout->setSpacing(0);
    lessonLayout->addWidget(new StepModeBanner(m_docks->stepPanel()->stepModeAction(), lessonArea));
    lessonLayout->addWidget(m_lessonTabs, 1);
    setCentralWidget(lessonArea);
    m_lessonKeys = new LessonKeys(this, m_lessonTabs, [this] { return currentPage(); },
                                  [this](const DemoId &id) { runDemo(id); }, m_lessonMenu);
    // The code viewer (and its "Run in Python") follows the lesson on screen: a lesson whose page
    // does not show the active demo makes its own first demo active, unless the active one is running
    // (step mode and the listings stay with what runs).
    connect(m_lessonTabs, &QTabWidget::currentChanged, this, [this] {
        const LessonPage *page = currentPage();
        const DemoId active = m_docks->activeDemo();
        if (!page || page->context().lessonDemos.isEmpty() || page->panel(active))
            return;
        if (const DemoRunner *running = runner(active); running && running->isRunning())
            return;
        m_docks->setActiveDemo(page->context().lessonDemos.constFirst());
    });
}

void MainWindow::showLessonOf(const DemoId &id)
{
    // A demo shown on the current page (lesson 2 shows lesson 1's coroutine): stay where the user is.
    if (const LessonPage *current = currentPage(); !current || !current->panel(id)) {
        if (const Lesson *lesson = m_lessonRegistry.lessonOf(id))
            showLesson(lesson->id);
    }
    // A long page (lesson 4 has two parts): scroll down to the demo's panel, once the layout has
    // settled; never sideways (a page wider than its room then kept its title cut off).
    const LessonPage *page = currentPage();
    auto *area = qobject_cast<QScrollArea *>(m_lessonTabs->currentWidget());
    if (QPointer<DemoPanel> panel = page ? page->panel(id) : nullptr) {
        QTimer::singleShot(0, area, [area, panel] {
            if (!panel)
                return;
            const QRect inPage(panel->mapTo(area->widget(), QPoint()), panel->size());
            area->ensureVisible(area->horizontalScrollBar()->value(), inPage.center().y(), 0, inPage.height() / 2);
        });
    }
}

LessonPage *MainWindow::currentPage() const
{
    const auto *area = qobject_cast<QScrollArea *>(m_lessonTabs->currentWidget());
    return area ? qobject_cast<LessonPage *>(area->widget()) : nullptr;
}

void MainWindow::showLesson(const QString &lessonId)
{
    if (LessonPage *page = this->page(lessonId))
        m_lessonTabs->setCurrentWidget(page->parentWidget()->parentWidget());   // its scroll area
}

// SPDX-License-Identifier: MIT
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
#include "shortcutsdialog.h"
#include "slowtask.h"
#include "stepmodebanner.h"
#include "steppanel.h"
#include "viewoptions.h"
#include "windowkeys.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
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
    // A long page (lesson 4 has two parts): scroll to the demo's panel, once the layout has settled.
    const LessonPage *page = currentPage();
    auto *area = qobject_cast<QScrollArea *>(m_lessonTabs->currentWidget());
    if (QPointer<DemoPanel> panel = page ? page->panel(id) : nullptr) {
        QTimer::singleShot(0, area, [area, panel] {
            if (panel)
                area->ensureWidgetVisible(panel, 0, 0);
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

void MainWindow::createDurationControl()
{
    // In the menu bar's corner rather than a toolbar of its own: on a 1366 x 768 projector the row
    // a toolbar takes is the row the lesson's last line needs.
    auto *control = new QWidget(menuBar());
    control->setObjectName(u"durationControl"_s);
    m_durationBox = new QDoubleSpinBox(control);
    m_durationBox->setObjectName(u"durationBox"_s);
    m_durationBox->setRange(SlowTask::minimumDuration.count() / 1000.0, SlowTask::maximumDuration.count() / 1000.0);
    m_durationBox->setDecimals(1);
    m_durationBox->setSingleStep(0.5);
    m_durationBox->setSuffix(tr(" s"));
    m_durationBox->setToolTip(tr("How long the slow task takes (a real freeze stops at 10 s)"));
    m_durationBox->setValue(m_settings.slowTaskDuration().count() / 1000.0);
    connect(m_durationBox, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_durationForThisSession)
            m_settings.setSlowTaskDuration(slowTaskDuration());
    });
    auto *label = new QLabel(tr("Slow task &duration: "), control);
    label->setBuddy(m_durationBox);
    auto *layout = new QHBoxLayout(control);
    layout->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);
    layout->addWidget(label);
    layout->addWidget(m_durationBox);
    menuBar()->setCornerWidget(control, Qt::TopRightCorner);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Save &Screenshot..."), this, &MainWindow::saveScreenshotInteractively);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_lessonMenu = menuBar()->addMenu(tr("&Lesson"));
    createLessonMenu(m_lessonMenu);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *step = menuBar()->addMenu(tr("&Step"));
    m_docks = new LabDocks(this, &m_trace, view, step);
    m_docks->setDemos(m_lessonRegistry.demos());
    for (const auto &[id, runner] : m_runners)
        m_docks->addRunner(runner.get());
    connect(m_docks, &LabDocks::demoRequested, this, &MainWindow::runDemo);
    createViewActions(view);

    // The code viewer's Python counterpart: run it with python3 in the console, stop it, save it.
    QMenu *python = menuBar()->addMenu(tr("&Python"));
    python->setObjectName(u"pythonMenu"_s);
    python->addAction(m_docks->codeViewer()->runPythonAction());
    python->addAction(m_docks->codeViewer()->stopPythonAction());
    python->addSeparator();
    python->addAction(m_docks->codeViewer()->savePythonAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    help->addAction(tr("&About Concurrency Lab"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createLessonMenu(QMenu *menu)
{
    menu->setObjectName(u"lessonMenu"_s);
    for (const Lesson &lesson : m_lessonRegistry.lessons()) {
        menu->addSection(lesson.translatedTitle());
        for (const LessonAction &entry : lesson.actions) {
            const QString text = entry.text ? QCoreApplication::translate("Lesson", entry.text)
                                            : tr("Run the %1 demo").arg(m_lessonRegistry.demos().titleOf(entry.demos.value(0)));
            QAction *action = menu->addAction(text, this, [this, demos = entry.demos] {
                for (const DemoId &id : demos)
                    runDemo(id);
            });
            if (!entry.shortcut.isEmpty())
                action->setShortcut(QKeySequence::fromString(entry.shortcut, QKeySequence::PortableText));
        }
    }
    menu->addSeparator();
    m_cancelAllAction = menu->addAction(tr("&Cancel All"), this, &MainWindow::cancelAll);
    m_cancelAllAction->setObjectName(u"cancelAllAction"_s);
    m_cancelAllAction->setShortcut(WindowKeys::cancelAll());
}

void MainWindow::createViewActions(QMenu *view)
{
    view->addSeparator();
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_zoom, &ClassroomZoom::zoomIn);
    zoomIn->setObjectName(u"zoomInAction"_s);
    zoomIn->setShortcuts(WindowKeys::zoomIn());
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_zoom, &ClassroomZoom::zoomOut);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcuts(WindowKeys::zoomOut());
    QAction *zoomReset = view->addAction(tr("&Reset Zoom"), m_zoom, &ClassroomZoom::reset);
    zoomReset->setObjectName(u"zoomResetAction"_s);
    zoomReset->setShortcut(WindowKeys::resetZoom());
    // The teacher zoomed: the lesson needs another room and the listings another width, so the docks
    // are sized again, once the fonts' new sizes have reached the layouts. (Not when presentation
    // mode changes the zoom: its docks are hidden, and leaving puts them back as they were.)
    for (QAction *action : {zoomIn, zoomOut, zoomReset}) {
        connect(action, &QAction::triggered, this, [this] {
            QTimer::singleShot(0, this, [this] {
                if (isVisible() && !m_presentation->isActive())
                    m_docks->fitSizes(this, size(), lessonRoomNeeded());
            });
        });
    }
    const auto showZoom = [this, zoomReset](int percent) {
        //: View > Reset Zoom's tooltip and the status bar; %1: the zoom now, e.g. 150
        const QString text = tr("Zoom: %1 %").arg(percent);
        zoomReset->setToolTip(text);
        statusBar()->showMessage(text, 2000);
    };
    connect(m_zoom, &ClassroomZoom::percentChanged, this, showZoom);

    view->addSeparator();
    m_viewMenu = view;   // ViewOptions adds its entries once the lessons' spinners exist
    m_presentation = new PresentationMode(this, m_zoom, &m_settings);
    view->addAction(m_presentation->toggleAction());
    // While presenting, Esc leaves presentation mode (the habit of every slide show); Cancel All is
    // still in the Lesson menu and on the lesson pages.
    connect(m_presentation, &PresentationMode::activeChanged, this, [this](bool presenting) {
        m_cancelAllAction->setShortcut(presenting ? QKeySequence() : WindowKeys::cancelAll());
    });
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setObjectName(u"fullScreenAction"_s);
    fullScreen->setCheckable(true);
    // The platform's full-screen key, but not F11: that is presentation mode's on every platform.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    keys.removeAll(WindowKeys::presentationMode());
    fullScreen->setShortcuts(keys);
}

void MainWindow::saveScreenshotInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"), u"concurrency-lab.png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (const QString error = WindowScreenshot::save(this, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save Screenshot"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Concurrency Lab"),
                       tr("<h3>Concurrency Lab %1</h3><p>Threads, processes and coroutines side by side, live and "
                          "measured: the concurrency models of <i>Fluent Python</i>, chapter 19, done the Qt way "
                          "with QThread, QProcess and QCoro.</p>").arg(QStringLiteral(LAB_VERSION)));
}

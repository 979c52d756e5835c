// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "codeviewer.h"
#include "demopanel.h"
#include "demorunner.h"
#include "labdocks.h"
#include "lessonkeys.h"
#include "lessonpage.h"
#include "pythonconsole.h"
#include "shortcutsdialog.h"
#include "slowtask.h"
#include "steppanel.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

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
    createToolBar();
    createMenus();   // creates the docks, which the block lesson's lag meter reads
    createLessons();

    // First run: most of the screen (a projector's 1920x1080 included); later runs: as it was left.
    const QSize available = screen()->availableGeometry().size();
    resize(std::max(1024, available.width() * 9 / 10), std::max(720, available.height() * 9 / 10));
    restoreGeometry(m_settings.windowGeometry());
    m_restoredState = restoreState(m_settings.windowState());
    if (const QString problem = m_settings.problem(); !problem.isEmpty()) {
        statusBar()->showMessage(problem);   // stays until the next message
        qWarning("%s", qPrintable(problem));
    }
}

MainWindow::~MainWindow()
{
    // The panels and docks watch the runners and the trace, which are destroyed right after this
    // body (members go in reverse order): destroy the widgets first, while all of them still exist.
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
    m_durationBox->setValue(LabSettings::clampDuration(duration).count() / 1000.0);
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
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_shownOnce && !m_restoredState)
        m_docks->applyDefaultSizes(this);
    m_shownOnce = true;
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
        context.stepModeAction = m_docks->stepPanel()->stepModeAction();
        LessonPage *page = lesson.makePage(context);
        page->setProperty("lessonId", lesson.id);
        connect(page, &LessonPage::runRequested, this, &MainWindow::runDemo);
        connect(page, &LessonPage::cancelAllRequested, this, &MainWindow::cancelAll);
        m_pages.emplace(lesson.id, page);
        //: Lesson tab: its number (with a keyboard mnemonic) and its title, e.g. "&1 Spinners"
        m_lessonTabs->addTab(scrollable(page), tr("&%1 %2").arg(number++).arg(lesson.translatedTitle()));
    }
    setCentralWidget(m_lessonTabs);
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

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Lesson"));
    toolBar->setObjectName(u"lessonToolBar"_s);
    m_durationBox = new QDoubleSpinBox(toolBar);
    m_durationBox->setObjectName(u"durationBox"_s);
    m_durationBox->setRange(SlowTask::minimumDuration.count() / 1000.0, SlowTask::maximumDuration.count() / 1000.0);
    m_durationBox->setDecimals(1);
    m_durationBox->setSingleStep(0.5);
    m_durationBox->setSuffix(tr(" s"));
    m_durationBox->setToolTip(tr("How long the slow task takes (a real freeze stops at 10 s)"));
    m_durationBox->setValue(m_settings.slowTaskDuration().count() / 1000.0);
    connect(m_durationBox, &QDoubleSpinBox::valueChanged, this, [this] {
        m_settings.setSlowTaskDuration(slowTaskDuration());
    });
    auto *label = new QLabel(tr("Slow task &duration: "), toolBar);
    label->setBuddy(m_durationBox);
    toolBar->addWidget(label);
    toolBar->addWidget(m_durationBox);
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
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

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
    QAction *cancelAllAction = menu->addAction(tr("&Cancel All"), this, &MainWindow::cancelAll);
    cancelAllAction->setShortcut(Qt::Key_Escape);
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

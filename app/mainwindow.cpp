// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "blocklessonpage.h"
#include "blockingsleeprunner.h"
#include "demopanel.h"
#include "labdocks.h"
#include "runnerfactory.h"
#include "slowtask.h"
#include "spinnerlessonpage.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace {


} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Concurrency Lab"));
    for (DemoKind kind : allDemoKinds) {
        auto runner = RunnerFactory::make(kind);
        runner->setTrace(&m_trace);
        m_runners.emplace(kind, std::move(runner));
    }
    createToolBar();
    createMenus();   // creates the docks, which the block lesson's lag meter reads
    createLessons();

    // First run: most of the screen (a projector's 1920x1080 included); later runs: as it was left.
    const QSize available = screen()->availableGeometry().size();
    resize(std::max(1024, available.width() * 9 / 10), std::max(720, available.height() * 9 / 10));
    restoreGeometry(m_settings.windowGeometry());
    m_restoredState = restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    // The panels and docks watch the runners and the trace, which are destroyed right after this
    // body (members go in reverse order): destroy the widgets first, while all of them still exist.
    delete takeCentralWidget();
    delete m_docks;
    qDeleteAll(findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly));
}

DemoRunner *MainWindow::runner(DemoKind kind) const
{
    return m_runners.at(kind).get();
}

DemoPanel *MainWindow::panel(DemoKind kind) const
{
    if (DemoPanel *panel = m_spinnerLesson->panel(kind))
        return panel;
    return m_blockLesson->panel(kind);
}

std::chrono::milliseconds MainWindow::slowTaskDuration() const
{
    return std::chrono::milliseconds(qint64(m_durationBox->value() * 1000.0 + 0.5));
}

void MainWindow::setSlowTaskDuration(std::chrono::milliseconds duration)
{
    m_durationBox->setValue(LabSettings::clampDuration(duration).count() / 1000.0);
}

void MainWindow::runDemo(DemoKind kind)
{
    showLessonOf(kind);
    m_docks->setActiveDemo(kind);
    runner(kind)->start(slowTaskDuration());
}

void MainWindow::runAll()
{
    for (DemoKind kind : spinnerDemoKinds)
        runDemo(kind);
}

void MainWindow::cancelAll()
{
    for (const auto &[kind, runner] : m_runners)
        runner->cancel();
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
    const auto runnerOf = [this](DemoKind kind) { return runner(kind); };
    m_spinnerLesson = new SpinnerLessonPage(runnerOf);
    connect(m_spinnerLesson, &LessonPage::runRequested, this, &MainWindow::runDemo);
    connect(m_spinnerLesson, &SpinnerLessonPage::runAllRequested, this, &MainWindow::runAll);
    connect(m_spinnerLesson, &SpinnerLessonPage::cancelAllRequested, this, &MainWindow::cancelAll);
    m_blockLesson = new BlockLessonPage(runnerOf, m_docks->monitor());
    connect(m_blockLesson, &LessonPage::runRequested, this, &MainWindow::runDemo);

    m_lessons = new QTabWidget;
    m_lessons->setObjectName(u"lessons"_s);
    // Scrollable pages: at a projector's zoom the window still fits the screen; the page scrolls.
    const auto scrollable = [](QWidget *page) {
        auto *area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_lessons->addTab(scrollable(m_spinnerLesson), tr("&1 Spinners"));
    m_lessons->addTab(scrollable(m_blockLesson), tr("&2 Block the loop"));
    setCentralWidget(m_lessons);
}

void MainWindow::showLessonOf(DemoKind kind)
{
    const bool spinnerLesson = std::find(spinnerDemoKinds.begin(), spinnerDemoKinds.end(), kind) != spinnerDemoKinds.end();
    // The awaiting coroutine is part of both lessons: stay where the user is.
    if (kind == DemoKind::Coroutine && m_lessons->currentIndex() == 1)
        return;
    m_lessons->setCurrentIndex(spinnerLesson ? 0 : 1);
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
    m_durationBox->setToolTip(tr("How long the slow task takes (lesson 2 stops at %1 s)")
                                  .arg(BlockingSleepRunner::maximumDuration.count() / 1000));
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

    QMenu *lesson = menuBar()->addMenu(tr("&Lesson"));
    int number = 1;
    for (DemoKind kind : spinnerDemoKinds) {
        QAction *run = lesson->addAction(tr("Run the %1 demo").arg(DemoKinds::title(kind)), this, [this, kind] { runDemo(kind); });
        run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }
    QAction *runAllAction = lesson->addAction(tr("Run &all"), this, &MainWindow::runAll);
    runAllAction->setShortcut(Qt::CTRL | Qt::Key_R);
    lesson->addSeparator();
    QAction *block = lesson->addAction(tr("&Block the Loop"), this, [this] { runDemo(DemoKind::BlockLoop); });
    block->setShortcut(Qt::CTRL | Qt::Key_B);
    QAction *await = lesson->addAction(tr("A&wait Instead"), this, [this] { runDemo(DemoKind::Coroutine); });
    await->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_B);
    lesson->addAction(tr("Busy Loop (CPU)"), this, [this] { runDemo(DemoKind::BlockCpu); });
    lesson->addAction(tr("Cooperative Loop (CPU)"), this, [this] { runDemo(DemoKind::CooperativeCpu); });
    lesson->addSeparator();
    QAction *cancelAllAction = lesson->addAction(tr("&Cancel All"), this, &MainWindow::cancelAll);
    cancelAllAction->setShortcut(Qt::Key_Escape);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *step = menuBar()->addMenu(tr("&Step"));
    m_docks = new LabDocks(this, &m_trace, view, step);
    for (const auto &[kind, runner] : m_runners)
        m_docks->addRunner(runner.get());
    connect(m_docks, &LabDocks::demoRequested, this, &MainWindow::runDemo);
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Concurrency Lab"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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

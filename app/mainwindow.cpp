// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "coroutinerunner.h"
#include "demopanel.h"
#include "processrunner.h"
#include "slowtask.h"
#include "threadrunner.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

std::unique_ptr<DemoRunner> makeRunner(DemoKind kind)
{
    switch (kind) {
    case DemoKind::Thread: return std::make_unique<ThreadRunner>();
    case DemoKind::Process: return std::make_unique<ProcessRunner>();
    case DemoKind::Coroutine: return std::make_unique<CoroutineRunner>();
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Concurrency Lab"));
    for (DemoKind kind : allDemoKinds) {
        auto runner = makeRunner(kind);
        runner->setTrace(&m_trace);
        m_runners.emplace(kind, std::move(runner));
    }
    setCentralWidget(createLessonPage());
    createMenus();

    resize(1280, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    // The panels watch the runners; the runners go first below (members are destroyed in reverse
    // order), so destroy the widgets now, while every runner still exists.
    delete takeCentralWidget();
}

DemoRunner *MainWindow::runner(DemoKind kind) const
{
    return m_runners.at(kind).get();
}

DemoPanel *MainWindow::panel(DemoKind kind) const
{
    return m_panels.at(kind);
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
    runner(kind)->start(slowTaskDuration());
}

void MainWindow::runAll()
{
    for (DemoKind kind : allDemoKinds)
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

QWidget *MainWindow::createLessonPage()
{
    auto *page = new QWidget;
    auto *heading = new QLabel(tr("Spinners: one slow task, three ways"), page);
    heading->setObjectName(u"lessonHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    auto *explanation = new QLabel(tr("Each spinner is painted by the GUI thread. The slow task (sleep, then answer 42) "
                                      "runs on a worker thread, in a child process, or as a coroutine on the GUI "
                                      "thread's event loop: the spinners keep turning in all three."), page);
    explanation->setWordWrap(true);

    auto *panels = new QHBoxLayout;
    for (DemoKind kind : allDemoKinds) {
        auto *panel = new DemoPanel(runner(kind), page);
        connect(panel, &DemoPanel::runRequested, this, &MainWindow::runDemo);
        panels->addWidget(panel);
        m_panels.emplace(kind, panel);
    }

    auto *runAllButton = new QPushButton(tr("Run all"), page);
    runAllButton->setObjectName(u"runAllButton"_s);
    connect(runAllButton, &QPushButton::clicked, this, &MainWindow::runAll);
    auto *cancelAllButton = new QPushButton(tr("Cancel all"), page);
    cancelAllButton->setObjectName(u"cancelAllButton"_s);
    connect(cancelAllButton, &QPushButton::clicked, this, &MainWindow::cancelAll);

    m_durationBox = new QDoubleSpinBox(page);
    m_durationBox->setObjectName(u"durationBox"_s);
    m_durationBox->setRange(SlowTask::minimumDuration.count() / 1000.0, SlowTask::maximumDuration.count() / 1000.0);
    m_durationBox->setDecimals(1);
    m_durationBox->setSingleStep(0.5);
    m_durationBox->setSuffix(tr(" s"));
    m_durationBox->setValue(m_settings.slowTaskDuration().count() / 1000.0);
    connect(m_durationBox, &QDoubleSpinBox::valueChanged, this, [this] {
        m_settings.setSlowTaskDuration(slowTaskDuration());
    });
    auto *durationLabel = new QLabel(tr("Slow task &duration:"), page);
    durationLabel->setBuddy(m_durationBox);

    auto *controls = new QHBoxLayout;
    controls->addWidget(runAllButton);
    controls->addWidget(cancelAllButton);
    controls->addSpacing(24);
    controls->addWidget(durationLabel);
    controls->addWidget(m_durationBox);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(panels, 1);
    layout->addLayout(controls);
    return page;
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
    for (DemoKind kind : allDemoKinds) {
        QAction *run = lesson->addAction(tr("Run the %1 demo").arg(DemoKinds::title(kind)), this, [this, kind] { runDemo(kind); });
        run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
    }
    lesson->addSeparator();
    QAction *runAllAction = lesson->addAction(tr("Run &all"), this, &MainWindow::runAll);
    runAllAction->setShortcut(Qt::CTRL | Qt::Key_R);
    QAction *cancelAllAction = lesson->addAction(tr("&Cancel all"), this, &MainWindow::cancelAll);
    cancelAllAction->setShortcut(Qt::Key_Escape);

    QMenu *view = menuBar()->addMenu(tr("&View"));
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

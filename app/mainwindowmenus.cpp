// SPDX-License-Identifier: MIT
// MainWindow, part 2: the menus and their actions, and the duration control in the menu bar's corner.
#include "mainwindow.h"

#include "classroomzoom.h"
#include "codeviewer.h"
#include "labdocks.h"
#include "presentationmode.h"
#include "shortcutsdialog.h"
#include "slowtask.h"
#include "viewoptions.h"
#include "windowkeys.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

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

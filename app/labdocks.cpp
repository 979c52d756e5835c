// SPDX-License-Identifier: MIT
#include "labdocks.h"

#include "codeviewer.h"
#include "comparisoncatalog.h"
#include "comparisonpanel.h"
#include "demorunner.h"
#include "eventloopmonitor.h"
#include "labsettings.h"
#include "lagmeterwidget.h"
#include "pythonconsole.h"
#include "steppanel.h"
#include "timelinemodel.h"
#include "timelinewidget.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QSplitter>

using namespace Qt::Literals::StringLiterals;

namespace {
// Whether `dock` is open (shown, or a tab behind another) and docked in `area`.
bool isDocked(const QMainWindow *window, QDockWidget *dock, Qt::DockWidgetArea area)
{
    return dock->toggleViewAction()->isChecked() && !dock->isFloating() && window->dockWidgetArea(dock) == area;
}
}

LabDocks::LabDocks(QMainWindow *window, Trace *trace, QMenu *viewMenu, QMenu *stepMenu)
    : QObject(window)
    , m_monitor(new EventLoopMonitor(this))
    , m_timelineModel(new TimelineModel(this))
    , m_comparison(new ComparisonPanel)
    , m_codeViewer(new CodeViewer)
    , m_timeline(new TimelineWidget)
    , m_lagMeter(new LagMeterWidget)
    , m_stepPanel(new StepPanel)
{
    m_showPositionsSoon.setSingleShot(true);
    connect(&m_showPositionsSoon, &QTimer::timeout, this, &LabDocks::showPositions);
    // Explicit minimum heights override the views' (large) layout minimums, so the bottom docks can
    // give the lesson the room it needs; the user can still enlarge them.
    const int line = m_comparison->fontMetrics().height();
    m_codeViewer->setMinimumHeight(line * 6);
    m_stepPanel->setMinimumHeight(line * 6);
    m_timeline->setMinimumHeight(line * 5);
    m_lagMeter->setMinimumHeight(line * 5);

    m_timelineModel->setTrace(trace);
    m_timeline->setModel(m_timelineModel);
    m_lagMeter->setMonitor(m_monitor);
    m_monitor->start();

    m_comparison->setObjectName(u"comparisonPanel"_s);
    m_codeViewer->setObjectName(u"codeViewer"_s);
    m_timeline->setObjectName(u"timeline"_s);
    m_lagMeter->setObjectName(u"lagMeter"_s);

    // The right side runs the full height of the window: the code needs height more than the
    // timeline needs width.
    window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_compareDock = addDock(window, viewMenu, u"compareDock"_s, tr("Compare"), tr("Co&mpare"), m_comparison, Qt::RightDockWidgetArea);
    auto *codeAndSteps = new QSplitter(Qt::Vertical);
    codeAndSteps->setObjectName(u"codeAndSteps"_s);
    codeAndSteps->addWidget(m_codeViewer);
    codeAndSteps->addWidget(m_stepPanel);
    codeAndSteps->setStretchFactor(0, 3);
    codeAndSteps->setStretchFactor(1, 1);
    m_codeDock = addDock(window, viewMenu, u"codeDock"_s, tr("Code"), tr("&Code"), codeAndSteps, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(m_compareDock, m_codeDock);
    m_timelineDock = addDock(window, viewMenu, u"timelineDock"_s, tr("Timeline"), tr("&Timeline"), m_timeline, Qt::BottomDockWidgetArea);
    m_lagDock = addDock(window, viewMenu, u"lagDock"_s, tr("Event-loop lag"), tr("Event-loop &lag"), m_lagMeter, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(m_timelineDock, m_lagDock);
    m_compareDock->raise();
    m_timelineDock->raise();

    connect(m_comparison, &ComparisonPanel::demoRequested, this, &LabDocks::demoRequested);

    m_stepPanel->setObjectName(u"stepPanel"_s);
    m_stepPanel->setTrace(trace);
    stepMenu->addAction(m_stepPanel->stepModeAction());
    stepMenu->addAction(m_stepPanel->stepAction());
    stepMenu->addAction(m_stepPanel->continueAction());
    // Turning step mode on shows the code: that is where the units stop. A Python run shows it too:
    // its console is under the listings.
    const auto showCode = [window, code = m_codeDock] {
        code->show();
        code->raise();
        if (code->isFloating())
            return;
        // At least half the window, whichever side it is on.
        if (window->dockWidgetArea(code) == Qt::BottomDockWidgetArea || window->dockWidgetArea(code) == Qt::TopDockWidgetArea) {
            if (code->height() < window->height() / 2)
                window->resizeDocks({code}, {window->height() / 2}, Qt::Vertical);
        } else if (code->width() < window->width() / 2) {
            window->resizeDocks({code}, {window->width() / 2}, Qt::Horizontal);
        }
    };
    connect(m_stepPanel->stepModeAction(), &QAction::toggled, m_codeDock, [showCode](bool on) {
        if (on)
            showCode();
    });
    connect(m_codeViewer->pythonConsole(), &PythonConsole::runningChanged, m_codeDock, [showCode](bool running) {
        if (running)
            showCode();
    });
    connect(m_stepPanel, &StepPanel::replayRequested, this, [this](const DemoId &id, const ExecutionUnit &unit, const QString &stepId) {
        const Demo *demo = m_demos.find(id);
        if (!demo)
            return;
        if (m_codeViewer->demo().id != id)
            m_codeViewer->setDemo(*demo);
        m_codeViewer->setUnitSteps({UnitStep{unit, stepId}});
    });
    connect(trace, &Trace::eventAppended, this, &LabDocks::follow);
}

void LabDocks::applyDefaultLayout(QMainWindow *window, QSize target, QSize lessonRoom)
{
    const QFontMetrics metrics = m_comparison->fontMetrics();
    const int bottomRoom = target.height() - lessonRoom.height();
    const bool roomBelow = bottomRoom >= metrics.lineSpacing() * 8;
    if (!roomBelow && window->dockWidgetArea(m_timelineDock) != Qt::RightDockWidgetArea) {
        window->tabifyDockWidget(m_codeDock, m_timelineDock);
        window->tabifyDockWidget(m_timelineDock, m_lagDock);
        m_compareDock->raise();
    }
    fitSizes(window, target, lessonRoom);
}

void LabDocks::fitSizes(QMainWindow *window, QSize target, QSize lessonRoom)
{
    const QFontMetrics metrics = m_comparison->fontMetrics();
    // The right side gets what the lesson leaves, up to about 45 %: about 60 characters where the
    // lesson can spare them, down to about 30 where it cannot (no lesson page may scroll sideways).
    const int readable = std::min(metrics.averageCharWidth() * 60, target.width() / 2);
    const int least = std::min(metrics.averageCharWidth() * 30, target.width() / 3);
    const int right = std::clamp(target.width() - lessonRoom.width(), least, std::max(readable, target.width() * 45 / 100));
    // The docks on the right share one width (tabs or stacked): whichever of them is shown.
    for (QDockWidget *dock : {m_compareDock, m_codeDock, m_timelineDock, m_lagDock}) {
        if (isDocked(window, dock, Qt::RightDockWidgetArea)) {
            window->resizeDocks({dock}, {right}, Qt::Horizontal);
            break;
        }
    }
    const int bottomRoom = target.height() - lessonRoom.height();
    for (QDockWidget *dock : {m_timelineDock, m_lagDock}) {
        if (isDocked(window, dock, Qt::BottomDockWidgetArea)) {
            const int height = std::max(dock->minimumSizeHint().height(), std::min(bottomRoom, target.height() * 30 / 100));
            window->resizeDocks({dock}, {height}, Qt::Vertical);
            break;
        }
    }
}

void LabDocks::saveSplitters(LabSettings &settings) const
{
    for (const QDockWidget *dock : {m_compareDock, m_codeDock, m_timelineDock, m_lagDock}) {
        const QList<QSplitter *> splitters = dock->findChildren<QSplitter *>();
        for (const QSplitter *splitter : splitters) {
            if (!splitter->objectName().isEmpty())
                settings.setSplitterState(splitter->objectName(), splitter->saveState());
        }
    }
}

void LabDocks::restoreSplitters(const LabSettings &settings)
{
    for (const QDockWidget *dock : {m_compareDock, m_codeDock, m_timelineDock, m_lagDock}) {
        const QList<QSplitter *> splitters = dock->findChildren<QSplitter *>();
        for (QSplitter *splitter : splitters) {
            if (const QByteArray state = settings.splitterState(splitter->objectName()); !state.isEmpty())
                splitter->restoreState(state);
        }
    }
}

void LabDocks::setDemos(const DemoCatalog &demos)
{
    m_demos = demos;
    m_stepPanel->setDemos(demos);
    m_comparison->setDemoTitles(demos.titleFunction());
    for (const Demo &demo : demos.demos()) {
        for (const QString &row : demo.provesRows) {
            if (!m_comparison->catalog()->addRowProof(row, demo.id))
                qWarning("Demo %s proves %s: no such comparison row", qPrintable(demo.id), qPrintable(row));
        }
    }
    m_timelineModel->setDemoTitles(demos.titleFunction());
    if (!demos.demos().isEmpty())
        setActiveDemo(demos.demos().constFirst().id);
}

void LabDocks::addRunner(DemoRunner *runner)
{
    m_stepPanel->addRunner(runner);
    // What a finished run measured goes beside the comparison cells it proves ("Measured here").
    connect(runner, &DemoRunner::finished, this, [this, runner] {
        const Demo *demo = m_demos.find(runner->demoId());
        if (!demo || !demo->rowFigures || runner->state() != DemoRunner::State::Done || !runner->hasResult())
            return;
        for (const RowFigure &figure : demo->rowFigures(runner->resultJson())) {
            if (!m_comparison->catalog()->setMeasuredFigure(figure.tableAndRow, demo->id, figure.translatedFigure))
                qWarning("Demo %s measured %s: no such linked comparison cell", qPrintable(demo->id),
                         qPrintable(figure.tableAndRow));
        }
    });
}

void LabDocks::follow(const TraceEvent &event)
{
    if (event.kind != TraceEventKind::Step || event.demo != m_activeDemo)
        return;
    if (event.runId != m_followedRun) {
        if (event.runId < m_followedRun)
            return;   // a late event of an older run
        m_followedRun = event.runId;
        m_positions.clear();
        m_unitOrder.clear();
    }
    const ExecutionUnit unit = event.executionUnit();
    if (!m_positions.contains(unit))
        m_unitOrder.append(unit);
    m_positions.insert(unit, event.detail);
    if (!m_showPositionsSoon.isActive())
        m_showPositionsSoon.start(0);
}

void LabDocks::showPositions()
{
    QList<UnitStep> steps;
    for (const ExecutionUnit &unit : std::as_const(m_unitOrder))
        steps.append({unit, m_positions.value(unit)});
    m_codeViewer->setUnitSteps(steps);
}

QDockWidget *LabDocks::addDock(QMainWindow *window, QMenu *viewMenu, const QString &objectName, const QString &title,
                               const QString &menuText, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);   // saveState()/restoreState() need it
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    // The title with a mnemonic (the dock sets its title as the text; set after it, kept while the
    // title stays).
    dock->toggleViewAction()->setText(menuText);
    viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void LabDocks::setActiveDemo(const DemoId &id)
{
    m_comparison->setActiveDemo(id);
    if (id == m_activeDemo && m_codeViewer->demo().id == id)
        return;   // reloading the listings is a visible stall: only when the demo changes
    m_activeDemo = id;
    m_followedRun = 0;
    m_positions.clear();
    m_unitOrder.clear();
    if (const Demo *demo = m_demos.find(id))
        m_codeViewer->setDemo(*demo);
}

// SPDX-License-Identifier: MIT
#include "labdocks.h"

#include "codeviewer.h"
#include "comparisonpanel.h"
#include "eventloopmonitor.h"
#include "lagmeterwidget.h"
#include "timelinemodel.h"
#include "timelinewidget.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

using namespace Qt::Literals::StringLiterals;

LabDocks::LabDocks(QMainWindow *window, Trace *trace, QMenu *viewMenu)
    : QObject(window)
    , m_monitor(new EventLoopMonitor(this))
    , m_timelineModel(new TimelineModel(this))
    , m_comparison(new ComparisonPanel)
    , m_codeViewer(new CodeViewer)
    , m_timeline(new TimelineWidget)
    , m_lagMeter(new LagMeterWidget)
{
    m_timelineModel->setTrace(trace);
    m_timeline->setModel(m_timelineModel);
    m_lagMeter->setMonitor(m_monitor);
    m_monitor->start();

    m_comparison->setObjectName(u"comparisonPanel"_s);
    m_codeViewer->setObjectName(u"codeViewer"_s);
    m_timeline->setObjectName(u"timeline"_s);
    m_lagMeter->setObjectName(u"lagMeter"_s);

    addDock(window, viewMenu, u"compareDock"_s, tr("Compare"), m_comparison, Qt::RightDockWidgetArea);
    QDockWidget *timeline = addDock(window, viewMenu, u"timelineDock"_s, tr("Timeline"), m_timeline, Qt::BottomDockWidgetArea);
    QDockWidget *code = addDock(window, viewMenu, u"codeDock"_s, tr("Code"), m_codeViewer, Qt::BottomDockWidgetArea);
    QDockWidget *lag = addDock(window, viewMenu, u"lagDock"_s, tr("Event-loop lag"), m_lagMeter, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(timeline, code);
    window->tabifyDockWidget(code, lag);
    timeline->raise();

    connect(m_comparison, &ComparisonPanel::demoRequested, this, &LabDocks::demoRequested);
}

QDockWidget *LabDocks::addDock(QMainWindow *window, QMenu *viewMenu, const QString &objectName, const QString &title,
                               QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);   // saveState()/restoreState() need it
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void LabDocks::setActiveDemo(DemoKind kind)
{
    m_comparison->setActiveDemo(kind);
    m_codeViewer->setDemo(kind);
}

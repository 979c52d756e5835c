// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"

#include <QObject>

class CodeViewer;
class ComparisonPanel;
class EventLoopMonitor;
class LagMeterWidget;
class QDockWidget;
class QMainWindow;
class QMenu;
class TimelineModel;
class TimelineWidget;
class Trace;

// The docks around the lesson: comparison tables (right), timeline, code viewer and event-loop lag
// (bottom). Creates them on `window`, adds their toggles to `viewMenu`, and owns the models behind
// them (the timeline model reads `trace`; the monitor measures the GUI thread's event loop).
// GUI thread only.
class LabDocks : public QObject
{
    Q_OBJECT
public:
    LabDocks(QMainWindow *window, Trace *trace, QMenu *viewMenu);

    ComparisonPanel *comparison() const { return m_comparison; }
    CodeViewer *codeViewer() const { return m_codeViewer; }
    TimelineWidget *timeline() const { return m_timeline; }
    LagMeterWidget *lagMeter() const { return m_lagMeter; }
    EventLoopMonitor *monitor() const { return m_monitor; }

    // The demo that runs or was last run: its rows in the tables, its code in the viewer.
    void setActiveDemo(DemoKind kind);

Q_SIGNALS:
    void demoRequested(DemoKind kind);

private:
    QDockWidget *addDock(QMainWindow *window, QMenu *viewMenu, const QString &objectName, const QString &title,
                         QWidget *content, Qt::DockWidgetArea area);

    EventLoopMonitor *m_monitor;
    TimelineModel *m_timelineModel;
    ComparisonPanel *m_comparison;
    CodeViewer *m_codeViewer;
    TimelineWidget *m_timeline;
    LagMeterWidget *m_lagMeter;
};

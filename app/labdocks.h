// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "executionunit.h"
#include "trace.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class CodeViewer;
class DemoRunner;
class StepPanel;
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
    // `stepMenu` gets the step mode actions (Step mode, Step F10, Continue F5).
    LabDocks(QMainWindow *window, Trace *trace, QMenu *viewMenu, QMenu *stepMenu);

    // The demos the docks show (code viewer, step panel, comparison links); call before addRunner().
    void setDemos(const DemoCatalog &demos);
    // A runner whose units step mode steers and whose steps the code viewer follows.
    void addRunner(DemoRunner *runner);

    ComparisonPanel *comparison() const { return m_comparison; }
    CodeViewer *codeViewer() const { return m_codeViewer; }
    TimelineWidget *timeline() const { return m_timeline; }
    LagMeterWidget *lagMeter() const { return m_lagMeter; }
    StepPanel *stepPanel() const { return m_stepPanel; }
    EventLoopMonitor *monitor() const { return m_monitor; }

    // First-run sizes (a saved window state overrides them): tables wide enough to read, and the
    // lesson keeping most of the height. Call once the window is shown (docks have no size before).
    void applyDefaultSizes(QMainWindow *window);

    // The demo that runs or was last run: its rows in the tables, its code in the viewer.
    void setActiveDemo(const DemoId &id);
    DemoId activeDemo() const { return m_activeDemo; }

Q_SIGNALS:
    void demoRequested(const DemoId &id);

private:
    // Follow mode: each unit of the active demo's current run is shown on its latest step.
    void follow(const TraceEvent &event);
    void showPositions();
    QDockWidget *addDock(QMainWindow *window, QMenu *viewMenu, const QString &objectName, const QString &title,
                         QWidget *content, Qt::DockWidgetArea area);

    EventLoopMonitor *m_monitor;
    TimelineModel *m_timelineModel;
    ComparisonPanel *m_comparison;
    CodeViewer *m_codeViewer;
    TimelineWidget *m_timeline;
    LagMeterWidget *m_lagMeter;
    StepPanel *m_stepPanel;
    QDockWidget *m_compareDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    DemoCatalog m_demos;
    DemoId m_activeDemo;
    quint64 m_followedRun = 0;
    QHash<ExecutionUnit, QString> m_positions;   // unit -> step id, for m_followedRun
    QList<ExecutionUnit> m_unitOrder;            // units in the order they appeared
};

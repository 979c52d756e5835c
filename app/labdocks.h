// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "executionunit.h"
#include "trace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class CodeViewer;
class DemoRunner;
class StepPanel;
class ComparisonPanel;
class EventLoopMonitor;
class LabSettings;
class LagMeterWidget;
class QDockWidget;
class QMainWindow;
class QMenu;
class TimelineModel;
class TimelineWidget;
class Trace;

// The docks around the lesson: comparison tables and code viewer (tabs on the right, the full height
// of the window), timeline and event-loop lag (tabs below the lesson, or on the right as well when
// the window is short). Creates them on `window`, adds their toggles to `viewMenu`, and owns the
// models behind them (the timeline model reads `trace`; the monitor measures the GUI thread's event
// loop). GUI thread only.
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

    // The first run's arrangement and sizes (a saved window state overrides them), proportional to
    // the window's size `target`: the lesson keeps `lessonRoom` (the window size its pages need
    // without the docks) where it can; the right side gets the rest of the width, at most about 45 %
    // and at least about 30 characters (60 where the lesson leaves them); the timeline and the lag meter stay below the lesson only if
    // about 8 lines fit there (at most 30 % of the height), else they join the tabs on the right.
    void applyDefaultLayout(QMainWindow *window, QSize target, QSize lessonRoom);
    // Only the sizes of applyDefaultLayout(), for the docks where they are now (the zoom changed:
    // the lesson needs another room, a listing another width). Floating and hidden docks keep theirs.
    void fitSizes(QMainWindow *window, QSize target, QSize lessonRoom);

    // The splitters inside the docks (code and steps, C++ and Python, the table list): QMainWindow's
    // state does not hold them.
    void saveSplitters(LabSettings &settings) const;
    void restoreSplitters(const LabSettings &settings);
    QDockWidget *compareDock() const { return m_compareDock; }
    QDockWidget *codeDock() const { return m_codeDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    QDockWidget *lagDock() const { return m_lagDock; }

    // The demo that runs or was last run: its rows in the tables, its code in the viewer.
    void setActiveDemo(const DemoId &id);
    DemoId activeDemo() const { return m_activeDemo; }

Q_SIGNALS:
    void demoRequested(const DemoId &id);

private:
    // Follow mode: each unit of the active demo's current run is shown on its latest step.
    void follow(const TraceEvent &event);
    void showPositions();
    // `menuText`: the title with a mnemonic, for the View menu.
    QDockWidget *addDock(QMainWindow *window, QMenu *viewMenu, const QString &objectName, const QString &title,
                         const QString &menuText, QWidget *content, Qt::DockWidgetArea area);

    EventLoopMonitor *m_monitor;
    TimelineModel *m_timelineModel;
    ComparisonPanel *m_comparison;
    CodeViewer *m_codeViewer;
    TimelineWidget *m_timeline;
    LagMeterWidget *m_lagMeter;
    StepPanel *m_stepPanel;
    QDockWidget *m_compareDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_codeDock = nullptr;
    QDockWidget *m_lagDock = nullptr;
    DemoCatalog m_demos;
    DemoId m_activeDemo;
    quint64 m_followedRun = 0;
    QHash<ExecutionUnit, QString> m_positions;   // unit -> step id, for m_followedRun
    QList<ExecutionUnit> m_unitOrder;            // units in the order they appeared
    // Shows the positions once per turn of the event loop: sixteen threads pass hundreds of steps at
    // once, and marking the listings for each kept the GUI thread (and a quit) waiting.
    QTimer m_showPositionsSoon;
};

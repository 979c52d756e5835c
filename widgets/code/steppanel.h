// SPDX-License-Identifier: MIT
#pragma once

#include "democatalog.h"
#include "trace.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>
#include <utility>

class DemoRunner;
class QAction;
class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

// Step mode controls under the code viewer: the "Step mode" switch, Step (F10) and Continue (F5),
// the units now waiting at a step (Step lets the selected one past exactly one step), and the
// history of the last historyKept steps passed, with time and unit; selecting an entry asks to show that step again
// (a replay of the recorded run, not an undo). A view of runners and of the trace it does not own.
// GUI thread only.
class StepPanel : public QWidget
{
    Q_OBJECT
public:
    // The history keeps this many steps, the oldest go first.
    static constexpr int historyKept = 500;

    explicit StepPanel(QWidget *parent = nullptr);

    // The demos' descriptors, for their titles and step names.
    void setDemos(const DemoCatalog &demos) { m_demos = demos; }
    // The runners whose units step mode steers; call once per runner.
    void addRunner(DemoRunner *runner);
    // The log whose Step events fill the history (not owned).
    void setTrace(Trace *trace);

    QAction *stepModeAction() const { return m_stepModeAction; }
    QAction *stepAction() const { return m_stepAction; }
    QAction *continueAction() const { return m_continueAction; }

public Q_SLOTS:
    void setStepMode(bool on);
    // Lets the selected waiting unit (or the only one) past one step.
    void stepSelected();
    // Lets every running demo go to its end.
    void continueAll();

Q_SIGNALS:
    // A history entry was selected: show `stepId` of `demo` reached by `unit`.
    void replayRequested(const DemoId &demo, const ExecutionUnit &unit, const QString &stepId);

private:
    void refreshWaiting();
    void appendToHistory(const TraceEvent &event);
    DemoRunner *runnerOf(const DemoId &demo) const;
    void forgetChoiceIfEnded(const TraceEvent &event);
    static ExecutionUnit unitOf(const QListWidgetItem &item);
    QString stepTitle(const DemoId &demo, const QString &stepId, bool numbered) const;

    DemoCatalog m_demos;
    QList<QPointer<DemoRunner>> m_runners;
    QPointer<Trace> m_trace;
    QAction *m_stepModeAction;
    QAction *m_stepAction;
    QAction *m_continueAction;
    QListWidget *m_waiting;
    QListWidget *m_history;
    // Scrolls the history to its newest entry once per turn of the event loop, not once per step:
    // threads that pass thousands of steps at once must not make the GUI thread lay the list out
    // thousands of times (quitting waited for that).
    QTimer m_scrollToNewest;
    // The unit the user chose in the waiting list: Step lets it go on, also after it left the list
    // for a moment (between a Step and its next stop), until it ends or its run does.
    std::optional<std::pair<DemoId, ExecutionUnit>> m_chosen;
};

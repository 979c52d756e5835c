// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "demorunner.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

class FixedLinesLabel;
class QLabel;
class QPushButton;
class SpinnerWidget;

// One demo: its title (Qt model and Python counterpart), the spinner, "thinking!", Run and Cancel,
// and what the runner reports: state (with the step a unit waits at in step mode), result or error,
// elapsed time, who ran the work. Every line under the spinner has a fixed height and never widens
// the panel (long texts are elided, the whole text in a tooltip), so Run and Cancel stay where they
// are before, during and after a run. Each state change is announced to screen readers (the state
// label's accessible name changes). A view of a DemoRunner that it does not own. GUI thread only.
class DemoPanel : public QFrame
{
    Q_OBJECT
public:
    DemoPanel(DemoRunner *runner, const Demo &demo, QWidget *parent = nullptr);

    DemoRunner *runner() const { return m_runner; }
    SpinnerWidget *spinner() const { return m_spinner; }
    // The run was asked for but waits for its turn (DemoScheduler): the state says so until it starts.
    void showWaitingForTurn(bool waiting);

Q_SIGNALS:
    // Run was clicked; the owner starts the runner with the lesson's duration.
    void runRequested(const DemoId &id);

private:
    void showSpinning(bool spinning);
    void showState(DemoRunner::State state);
    // The state line: waiting for its turn, waiting at a step, or the runner's state.
    void showStateLine();
    void showElapsed();
    void showExecutor();   // "Run by: ...", the unit's id first

    QPointer<DemoRunner> m_runner;
    const Demo m_demo;
    bool m_waitingForTurn = false;
    SpinnerWidget *m_spinner;
    FixedLinesLabel *m_message;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    FixedLinesLabel *m_stateLabel;
    FixedLinesLabel *m_answerLabel;
    FixedLinesLabel *m_elapsedLabel;
    FixedLinesLabel *m_executorLabel;
    QTimer m_elapsedTimer;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "demorunner.h"

#include <QFrame>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;
class SpinnerWidget;

// One demo: its title (Qt model and Python counterpart), the spinner, "thinking!", Run and Cancel,
// and what the runner reports: state, result or error, elapsed time, who ran the work.
// A view of a DemoRunner that it does not own. GUI thread only.
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
    void showElapsed();

    QPointer<DemoRunner> m_runner;
    SpinnerWidget *m_spinner;
    QLabel *m_message;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_stateLabel;
    QLabel *m_answerLabel;
    QLabel *m_elapsedLabel;
    QLabel *m_executorLabel;
    QTimer m_elapsedTimer;
};

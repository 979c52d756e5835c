// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class MainWindow;

// Carries out the command line's --run, --screenshot and --quit-when-done on a shown main window:
// starts the demos, waits for all of them to finish (without blocking the event loop), then prints
// one line per demo, saves the screenshot and quits. GUI thread only.
class HeadlessDriver : public QObject
{
    Q_OBJECT
public:
    HeadlessDriver(MainWindow *window, LabOptions options, QObject *parent = nullptr);

    // Starts the requested demos once the window has painted and its event loop is on time again
    // (at most 3 s later); call once the window is shown.
    void start();

    // One line per demo for stdout, e.g. "thread: Answer: 42 in 3.00 s".
    QString summary() const;
    // 0 when every requested demo answered and the screenshot (if any) was saved, else 1.
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    // Everything asked for is done; with --quit-when-done the app should now exit with exitCode().
    void done();

private:
    void startDemosWhenSettled();
    void checkAllFinished();
    void finish();

    QPointer<MainWindow> m_window;
    const LabOptions m_options;
    int m_exitCode = 0;
    bool m_finished = false;
    bool m_starting = false;          // inside the loop that starts the demos
    bool m_finishScheduled = false;
    QElapsedTimer m_settling;   // since start(), while waiting for the window to settle
};

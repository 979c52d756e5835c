// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class QProcess;

// Reaps children that their owner no longer wants, from the event loop: an owner being destroyed
// kills its child and hands the QProcess over instead of blocking the GUI thread in
// waitForFinished() until the kernel has ended it ("never call waitFor...() on the GUI thread").
// Each QProcess is deleted once its child has exited. Whatever is still pending when the
// application quits is reaped then (a short, bounded wait: the children were killed), so no zombie
// and no "Destroyed while process is still running" is left. GUI thread only.
class ChildReaper : public QObject
{
    Q_OBJECT
public:
    // Takes `process`, disconnects it and kills its child if it still runs (SIGKILL). Without a
    // QCoreApplication, or once it is quitting, there is no loop to reap from: it is reaped at once.
    static void adopt(std::unique_ptr<QProcess> process);
    // Runs `cleanup` once every child adopted so far is reaped: at once when none is pending, or
    // when there is no loop to wait on. For what the children use until they exit (a System V
    // shared-memory segment is removed only once nobody is attached to it).
    static void afterReaped(std::function<void()> cleanup);
    // Children adopted and not yet reaped (tests).
    static int pending();

private:
    explicit ChildReaper(QObject *parent);
    ~ChildReaper() override;
    static ChildReaper *instance();   // null without a QCoreApplication
    void reapAllNow();
    void reaped(QProcess *process);
    void runDueCleanups();

    struct Cleanup {
        QList<QProcess *> waitingFor;   // adopted children not reaped yet
        std::function<void()> run;
    };
    std::vector<Cleanup> m_cleanups;

    bool m_quitting = false;   // the application is quitting: the loop will not run again
};

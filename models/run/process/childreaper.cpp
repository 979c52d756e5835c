// SPDX-License-Identifier: MIT
#include "childreaper.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProcess>

namespace {
constexpr int finalWaitMs = 1000;   // per child, at quit: a killed child is gone in far less
QPointer<ChildReaper> theReaper;

void reapNow(QProcess *process)
{
    if (process->state() != QProcess::NotRunning) {
        process->kill();   // done already when adopted; not for what is left at quit
        process->waitForFinished(finalWaitMs);
    }
}
} // namespace

ChildReaper::ChildReaper(QObject *parent)
    : QObject(parent)
{
    // At quit the loop no longer runs: reap what is left while the application still exists.
    // Children adopted after that (windows and runners destroyed once exec() has returned) are
    // reaped at once: nothing would reap them later, and the process may end by a signal.
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, [this] {
        m_quitting = true;
        reapAllNow();
    });
}

ChildReaper::~ChildReaper()
{
    reapAllNow();   // an application destroyed without quit() (tests)
}

ChildReaper *ChildReaper::instance()
{
    if (!theReaper && QCoreApplication::instance())
        theReaper = new ChildReaper(QCoreApplication::instance());
    return theReaper;
}

void ChildReaper::adopt(std::unique_ptr<QProcess> process)
{
    process->disconnect();
    if (process->state() != QProcess::NotRunning)
        process->kill();
    ChildReaper *reaper = instance();
    if (!reaper || reaper->m_quitting || QCoreApplication::closingDown() || process->state() == QProcess::NotRunning) {
        reapNow(process.get());
        return;
    }
    QProcess *adopted = process.release();
    adopted->setParent(reaper);
    connect(adopted, &QProcess::finished, reaper, [reaper, adopted] { reaper->reaped(adopted); });
    // A child that fails to start or to be reaped still reports an error: done with it then too.
    connect(adopted, &QProcess::errorOccurred, reaper, [reaper, adopted](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart || adopted->state() == QProcess::NotRunning)
            reaper->reaped(adopted);
    });
}

void ChildReaper::afterReaped(std::function<void()> cleanup)
{
    ChildReaper *reaper = instance();
    const QList<QProcess *> waitingFor =
        reaper ? reaper->findChildren<QProcess *>(Qt::FindDirectChildrenOnly) : QList<QProcess *>{};
    if (waitingFor.isEmpty()) {
        cleanup();
        return;
    }
    reaper->m_cleanups.push_back({waitingFor, std::move(cleanup)});
}

void ChildReaper::reaped(QProcess *process)
{
    if (process->parent() != this)
        return;   // reported twice (an error, then finished)
    process->disconnect(this);
    process->setParent(nullptr);
    process->deleteLater();
    for (Cleanup &cleanup : m_cleanups)
        cleanup.waitingFor.removeAll(process);
    runDueCleanups();
}

void ChildReaper::runDueCleanups()
{
    // A cleanup may adopt children or add cleanups itself: take the due ones out first.
    std::vector<std::function<void()>> due;
    for (auto it = m_cleanups.begin(); it != m_cleanups.end();) {
        if (it->waitingFor.isEmpty()) {
            due.push_back(std::move(it->run));
            it = m_cleanups.erase(it);
        } else {
            ++it;
        }
    }
    for (const std::function<void()> &run : due)
        run();
}

int ChildReaper::pending()
{
    ChildReaper *reaper = theReaper;
    return reaper ? int(reaper->findChildren<QProcess *>(Qt::FindDirectChildrenOnly).size()) : 0;
}

void ChildReaper::reapAllNow()
{
    const QList<QProcess *> children = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : children) {
        process->disconnect();
        reapNow(process);
        delete process;
    }
    for (Cleanup &cleanup : m_cleanups)
        cleanup.waitingFor.clear();
    runDueCleanups();
}

// SPDX-License-Identifier: MIT
#include "demoscheduler.h"

#include "demorunner.h"

#include <algorithm>

void DemoScheduler::run(DemoRunner *runner, bool exclusive, std::function<void()> prepare)
{
    if (!exclusive) {
        start(runner, prepare);
        return;
    }
    if (isWaiting(runner))
        return;
    // Run again while running (a restart) takes the machine over at once, as for any demo.
    const bool free = !m_exclusive || !m_exclusive->isRunning() || m_exclusive == runner;
    // Whenever an exclusive run ends (whatever the outcome), the next may go. Connected before it
    // starts, since a run can end inside start() (a worker that cannot start).
    connect(runner, &DemoRunner::finished, this, &DemoScheduler::startNextWhenFree, Qt::UniqueConnection);
    if (free && m_waiting.isEmpty()) {
        m_exclusive = runner;
        start(runner, prepare);
        return;
    }
    m_waiting.append({runner, std::move(prepare)});
    Q_EMIT waitingChanged();
    startNextWhenFree();
}

bool DemoScheduler::isWaiting(const DemoRunner *runner) const
{
    return std::any_of(m_waiting.cbegin(), m_waiting.cend(), [runner](const Waiting &w) { return w.runner == runner; });
}

bool DemoScheduler::isBusy(const DemoRunner *runner) const
{
    return runner->isRunning() || isWaiting(runner);
}

void DemoScheduler::clearWaiting()
{
    if (m_waiting.isEmpty())
        return;
    const QList<Waiting> dropped = std::exchange(m_waiting, {});
    Q_EMIT waitingChanged();
    for (const Waiting &waiting : dropped) {
        if (waiting.runner)
            Q_EMIT this->dropped(waiting.runner);
    }
}

void DemoScheduler::forget(const DemoRunner *runner)
{
    if (m_waiting.removeIf([runner](const Waiting &w) { return w.runner == runner; }) > 0)
        Q_EMIT waitingChanged();
}

void DemoScheduler::start(DemoRunner *runner, const std::function<void()> &prepare)
{
    if (prepare)
        prepare();
    runner->start();
}

void DemoScheduler::startNextWhenFree()
{
    if (m_exclusive && m_exclusive->isRunning())
        return;
    m_waiting.removeIf([](const Waiting &w) { return w.runner.isNull(); });
    if (m_waiting.isEmpty())
        return;
    const Waiting next = m_waiting.takeFirst();
    m_exclusive = next.runner;
    Q_EMIT waitingChanged();
    start(next.runner, next.prepare);
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class DemoRunner;

// Starts demo runs. A demo that measures the machine (Demo::measuresTheMachine: lesson 3's timings
// and speedups) must not share the cores with another such run, or both numbers are wrong: those
// run one after another, in the order asked; the others start at once. GUI thread only.
class DemoScheduler : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts `runner` (after `prepare`, e.g. applying the window's duration), now or, when
    // `exclusive` and another exclusive run is going, once the runs queued before it have ended.
    // A runner already waiting keeps its place.
    void run(DemoRunner *runner, bool exclusive, std::function<void()> prepare = {});
    // Whether `runner` waits for its turn.
    bool isWaiting(const DemoRunner *runner) const;
    // Whether `runner` waits or runs.
    bool isBusy(const DemoRunner *runner) const;
    // Forgets every waiting run (Cancel all); dropped() tells each one's owner.
    void clearWaiting();
    // Forgets `runner` if it waits (its owner cancelled it, or is going away); no dropped().
    void forget(const DemoRunner *runner);

Q_SIGNALS:
    // The waiting runs changed (one was queued, started or dropped).
    void waitingChanged();
    // `runner` waited for its turn and will not get it (clearWaiting()).
    void dropped(DemoRunner *runner);

private Q_SLOTS:
    void startNextWhenFree();

private:
    struct Waiting {
        QPointer<DemoRunner> runner;
        std::function<void()> prepare;
    };
    void start(DemoRunner *runner, const std::function<void()> &prepare);

    QList<Waiting> m_waiting;
    QPointer<DemoRunner> m_exclusive;   // the exclusive run going now, if any
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

class QSocketNotifier;

// Wakes the thread's event loop at an absolute time on the monotonic clock, to well under a
// millisecond. A QTimer cannot: Qt hands the event loop's poll() a timeout in whole milliseconds,
// rounded up, so a tick came up to 1 ms late and a 60 Hz spinner's frame intervals spread over
// 16-18 ms (measured with concurrency-lab-bench). On Linux a timerfd armed with the absolute deadline
// makes the kernel wake poll() at the deadline; elsewhere (or if timerfd is unavailable) this falls
// back to a precise QTimer, whole milliseconds. One thread with an event loop.
class PreciseWakeup : public QObject
{
    Q_OBJECT
public:
    explicit PreciseWakeup(QObject *parent = nullptr);
    ~PreciseWakeup() override;

    // The monotonic clock the deadlines are on (CLOCK_MONOTONIC, like QElapsedTimer's), in ns.
    static qint64 nowNs();

    void wakeAt(qint64 deadlineNs);   // replaces a pending wake-up
    void stop();
    bool isActive() const { return m_active; }
    bool isSubMillisecond() const { return m_timerFd >= 0; }   // the timerfd, not the QTimer fallback

Q_SIGNALS:
    void woken();

private:
    void onWoken();

    int m_timerFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_fallback;
    bool m_active = false;
};

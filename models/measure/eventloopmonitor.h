// SPDX-License-Identifier: MIT
#pragma once

#include "lagstatistics.h"

#include <QBasicTimer>
#include <QList>
#include <QObject>

#include <optional>

// Measures how late the GUI event loop is: a 10 ms Qt::PreciseTimer heartbeat on the thread the
// monitor lives in, timed with LabClock. Each tick records the interval since the previous tick; Qt
// coalesces overrun ticks, so a 2 s freeze shows as one 2 s interval, not as missing ticks.
// Keeps the last ten minutes of samples (about 60,000, under 2 MB).
//
// Lives on and is used from the GUI thread only. Views poll it (samplesBetween(), revision()) or
// listen to sampleRecorded(); tests feed it synthetic ticks with recordTick() without starting it.
class EventLoopMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int heartbeatMs = 10;
    static constexpr qint64 heartbeatNs = qint64(heartbeatMs) * 1'000'000;
    static constexpr qint64 defaultRetentionNs = 10LL * 60 * 1'000'000'000;  // ten minutes

    explicit EventLoopMonitor(QObject *parent = nullptr);
    ~EventLoopMonitor() override;

    // Starts the heartbeat (GUI thread). The first tick only sets the reference time.
    void start();
    // Stops the heartbeat; keeps the samples.
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // Records a heartbeat at LabClock time `tickNs` (ascending). The heartbeat calls this; tests call
    // it with synthetic times. The first tick after clear() only sets the reference.
    void recordTick(qint64 tickNs);

    // Lag statistics for (fromNs, toNs) (LabClock times). While running, the gap still open since the
    // last tick counts too, so asking right after a freeze, before the loop has ticked, sees it.
    LagSummary summaryBetween(qint64 fromNs, qint64 toNs) const;
    // The same for the last `windowNs` up to now (the live rolling window).
    LagSummary summaryOfLast(qint64 windowNs) const;
    // The samples overlapping (fromNs, toNs), ascending, plus the open gap as above. Returns a copy.
    QList<LagSample> samplesBetween(qint64 fromNs, qint64 toNs) const;
    // The newest recorded sample (a default one before the second tick).
    LagSample latestSample() const;
    int sampleCount() const { return int(m_samples.size()); }
    // Bumped by every recorded sample: views repaint only when it changed.
    quint64 revision() const { return m_revision; }

    // How long samples are kept (ns). Older ones are dropped in chunks.
    void setRetentionNs(qint64 retentionNs) { m_retentionNs = retentionNs; }
    qint64 retentionNs() const { return m_retentionNs; }
    // Forgets every sample and the reference tick.
    void clear();

Q_SIGNALS:
    // Emitted on the GUI thread for each recorded sample (about 100 times a second while running).
    void sampleRecorded(const LagSample &sample);

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    // The open gap since the last tick as a provisional sample, if the loop is late right now.
    std::optional<LagSample> openGap(qint64 nowNs) const;

    QBasicTimer m_timer;
    QList<LagSample> m_samples;  // ascending by timeNs
    qint64 m_lastTickNs = 0;
    bool m_hasReference = false;  // the first tick after start() or clear() only sets m_lastTickNs
    qint64 m_retentionNs = defaultRetentionNs;
    quint64 m_revision = 0;
};

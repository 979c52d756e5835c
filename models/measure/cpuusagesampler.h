// SPDX-License-Identifier: MIT
#pragma once

#include "cpustat.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

// Samples per-core CPU use while started: every interval() it reads the counters (/proc/stat, or an
// injected source) and emits the busy fraction of each core since the previous reading. The first
// reading after start() is only the reference. Readings that fail, or whose number of cores changed,
// emit nothing and are the next reference.
//
// Lives on and is used from the GUI thread only (a reading takes microseconds).
class CpuUsageSampler : public QObject
{
    Q_OBJECT
public:
    // Returns the per-core counters now, or nullopt when they cannot be read.
    using Source = std::function<std::optional<QList<CoreTimes>>()>;

    static constexpr std::chrono::milliseconds defaultInterval{250};

    // Reads CpuStat::readSystem() once to know whether sampling is available.
    explicit CpuUsageSampler(QObject *parent = nullptr);
    ~CpuUsageSampler() override;

    // Replaces where readings come from (tests inject texts this way); an empty function restores
    // CpuStat::readSystem(). Reads once to update isAvailable(), and drops the reference.
    void setSource(Source source);

    // Time between readings while started; takes effect at once.
    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }

    // Whether the latest reading (or the probe of the constructor / setSource()) succeeded.
    bool isAvailable() const { return m_available; }
    bool isRunning() const { return m_timer.isActive(); }
    // The number of cores of the latest successful reading; 0 before one.
    int coreCount() const { return m_coreCount; }
    // The fractions of the latest sampled() (empty before the first one and after stop()).
    QList<double> lastSample() const { return m_lastSample; }

    // Takes a reference reading and starts the timer; does nothing when already running.
    void start();
    // Stops the timer and forgets the reference and the last sample.
    void stop();
    // Reads once now (the timer calls this; tests call it to step deterministically): emits sampled()
    // when there is a reference with the same number of cores, and availableChanged() on a change.
    void sampleNow();

Q_SIGNALS:
    // Busy fraction (0..1) of each core since the previous reading, in the order of /proc/stat.
    void sampled(const QList<double> &busyPerCore);
    // The source started or stopped giving readings.
    void availableChanged(bool available);

private:
    // Reads the source, updates the availability and the core count.
    std::optional<QList<CoreTimes>> read();

    Source m_source;
    std::optional<QList<CoreTimes>> m_reference;
    QList<double> m_lastSample;
    int m_coreCount = 0;
    bool m_available = false;
    QTimer m_timer;  // declared after the state it reads
};

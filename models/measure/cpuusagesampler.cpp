// SPDX-License-Identifier: MIT
#include "cpuusagesampler.h"

#include <algorithm>
#include <utility>

CpuUsageSampler::CpuUsageSampler(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &CpuUsageSampler::sampleNow);
    read();
}

CpuUsageSampler::~CpuUsageSampler() = default;

void CpuUsageSampler::setSource(Source source)
{
    m_source = std::move(source);
    std::optional<QList<CoreTimes>> probe = read();
    // Readings of different sources do not subtract: a running sampler starts over from this one.
    m_reference = isRunning() ? std::move(probe) : std::nullopt;
}

void CpuUsageSampler::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(std::max(interval, std::chrono::milliseconds(1)));
}

void CpuUsageSampler::start()
{
    if (isRunning())
        return;
    m_reference = read();
    m_timer.start();
}

void CpuUsageSampler::stop()
{
    m_timer.stop();
    m_reference.reset();
    m_lastSample.clear();
}

void CpuUsageSampler::sampleNow()
{
    std::optional<QList<CoreTimes>> now = read();
    if (!now) {
        m_reference.reset();
        return;
    }
    const std::optional<QList<CoreTimes>> before = std::exchange(m_reference, std::move(now));
    if (!before)
        return;
    QList<double> fractions = CpuStat::busyFractions(*before, *m_reference);
    if (fractions.isEmpty())
        return;  // a core went offline or came online: this reading is the new reference
    m_lastSample = std::move(fractions);
    Q_EMIT sampled(m_lastSample);
}

std::optional<QList<CoreTimes>> CpuUsageSampler::read()
{
    std::optional<QList<CoreTimes>> times = m_source ? m_source() : CpuStat::readSystem();
    if (times && times->isEmpty())
        times.reset();
    if (times)
        m_coreCount = int(times->size());
    const bool available = times.has_value();
    if (available != m_available) {
        m_available = available;
        Q_EMIT availableChanged(available);
    }
    return times;
}

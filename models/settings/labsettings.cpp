// SPDX-License-Identifier: MIT
#include "labsettings.h"

#include "slowtask.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto durationKey = u"lesson/slowTaskMilliseconds"_s;
const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
}

std::chrono::milliseconds LabSettings::slowTaskDuration() const
{
    bool ok = false;
    const qint64 ms = m_settings.value(durationKey).toLongLong(&ok);
    return ok ? clampDuration(std::chrono::milliseconds(ms)) : SlowTask::defaultDuration;
}

void LabSettings::setSlowTaskDuration(std::chrono::milliseconds duration)
{
    m_settings.setValue(durationKey, qint64(clampDuration(duration).count()));
}

std::chrono::milliseconds LabSettings::clampDuration(std::chrono::milliseconds duration)
{
    return std::clamp(duration, SlowTask::minimumDuration, SlowTask::maximumDuration);
}

QByteArray LabSettings::windowGeometry() const
{
    return m_settings.value(geometryKey).toByteArray();
}

void LabSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(geometryKey, geometry);
}

QByteArray LabSettings::windowState() const
{
    return m_settings.value(stateKey).toByteArray();
}

void LabSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(stateKey, state);
}

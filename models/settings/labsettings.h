// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>

#include <chrono>

// The app's remembered settings, with their defaults and bounds in one place. GUI thread.
// Values out of range (an edited file, an older version) are clamped on read, never trusted.
class LabSettings
{
public:
    LabSettings() = default;

    std::chrono::milliseconds slowTaskDuration() const;
    void setSlowTaskDuration(std::chrono::milliseconds duration);
    static std::chrono::milliseconds clampDuration(std::chrono::milliseconds duration);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

private:
    QSettings m_settings;
};

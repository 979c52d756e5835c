// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

// The app's remembered settings, with their defaults and bounds in one place. GUI thread.
// Values out of range (an edited file, an older version) are clamped on read, never trusted.
// A settings file that is not a regular file (a symlink to /dev/zero, a pipe) is never replaced:
// the settings then last for this session only. A damaged one (binary junk, control bytes, invalid
// UTF-8, a format error) is moved aside to "<name>.corrupt" and the defaults are used.
class LabSettings
{
    Q_DECLARE_TR_FUNCTIONS(LabSettings)
public:
    LabSettings();
    // The settings file QSettings() uses, worked out without opening it.
    static QString defaultPath();
    // Empty if the settings file was read and will be saved; otherwise what happened, translated.
    QString problem() const { return m_problem; }
    // Writes what changed to the settings file now. Empty on success; otherwise why not, translated
    // (a full disk, a read-only folder): the file keeps what it held before.
    QString save();

    std::chrono::milliseconds slowTaskDuration() const;
    void setSlowTaskDuration(std::chrono::milliseconds duration);
    static std::chrono::milliseconds clampDuration(std::chrono::milliseconds duration);

    // A lesson's own values ("lessons/<lesson id>/<key>"); `fallback` when unset.
    QVariant lessonValue(const QString &lessonId, const QString &key, const QVariant &fallback = {}) const;
    void setLessonValue(const QString &lessonId, const QString &key, const QVariant &value);

    // The classroom zoom in percent, at the desk and in presentation mode; clamped to 75..300.
    static constexpr int minimumZoomPercent = 75;
    static constexpr int maximumZoomPercent = 300;
    static constexpr int normalZoomPercent = 100;
    static constexpr int defaultPresentationZoomPercent = 150;
    static int clampZoomPercent(int percent);
    int zoomPercent() const;
    void setZoomPercent(int percent);
    int presentationZoomPercent() const;
    void setPresentationZoomPercent(int percent);

    // View > High Contrast and View > Reduced Motion; both off unless set.
    bool highContrast() const;
    void setHighContrast(bool on);
    bool reducedMotion() const;
    void setReducedMotion(bool on);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    // What QMainWindow's state does not hold: the splitters inside the docks, by object name.
    QByteArray splitterState(const QString &objectName) const;
    void setSplitterState(const QString &objectName, const QByteArray &state);

private:
    // The zoom stored under `key`, clamped; `fallback` when there is none.
    int storedZoomPercent(const QString &key, int fallback) const;
    std::unique_ptr<QTemporaryDir> m_sessionOnly;   // holds the settings when the file is unsafe
    std::unique_ptr<QSettings> m_settings;
    QString m_problem;
};

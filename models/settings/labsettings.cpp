// SPDX-License-Identifier: MIT
#include "labsettings.h"

#include "outputfile.h"
#include "slowtask.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto durationKey = u"lesson/slowTaskMilliseconds"_s;
const auto geometryKey = u"window/geometry"_s;
const auto stateKey = u"window/state"_s;
const auto splittersGroup = u"window/splitters/"_s;
const auto zoomKey = u"window/zoomPercent"_s;
const auto presentationZoomKey = u"window/presentationZoomPercent"_s;
const auto highContrastKey = u"view/highContrast"_s;
const auto reducedMotionKey = u"view/reducedMotion"_s;

// QSettings reads damaged text without complaint and writes the junk back (its FormatError shows only
// after a write). What QSettings writes is UTF-8 text with every control character escaped: a NUL or
// another control byte, invalid UTF-8 or a file far larger than any settings mean damage.
bool isDamaged(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;   // missing or unreadable: QSettings starts empty
    constexpr qint64 largestPlausible = 4 * 1024 * 1024;
    if (file.size() > largestPlausible)
        return true;
    const QByteArray bytes = file.readAll();
    const bool controlBytes = std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && c != '\n' && c != '\r' && c != '\t';
    });
    if (controlBytes)
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = utf8(bytes);
    return utf8.hasError();
}

// Moves the damaged file out of the way, to "<name>.corrupt" (replacing an older one), so that the
// user can look at it and the next save writes a clean file. Returns where it went, or empty.
QString moveAside(const QString &path)
{
    const QString aside = path + u".corrupt"_s;
    QFile::remove(aside);
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace

QString LabSettings::defaultPath()
{
    // Where QSettings() keeps the user's settings on Unix (its rule for the native/INI format, which
    // names a missing organisation "Unknown Organization"); tst_labsettings compares the two.
    const QString organization = QCoreApplication::organizationName();
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u'/'
        + (organization.isEmpty() ? u"Unknown Organization"_s : organization) + u'/' + QCoreApplication::applicationName()
        + u".conf"_s;
}

LabSettings::LabSettings()
{
    // Looked at before QSettings opens it: QSettings reads the file in its constructor, and opening a
    // FIFO nobody writes blocks for ever (no signal handler can run then).
    const QString path = defaultPath();
    if (!OutputFile::isReplaceable(path)) {
        m_sessionOnly = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_sessionOnly->filePath(u"session.conf"_s), QSettings::IniFormat);
        //: %1 is the settings file's path
        m_problem = tr("Settings are not saved: %1 is not a regular file.").arg(QDir::toNativeSeparators(path));
        return;
    }
    // The very file just looked at (a QSettings() that named another would escape the check: when
    // the two disagreed in development, saving replaced a symlink's target, /dev/null, as root).
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (m_settings->status() == QSettings::FormatError || isDamaged(path)) {
        const QString aside = moveAside(path);
        m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);   // reads nothing now: the file is gone
        m_settings->clear();   // if it could not be moved, the next save replaces it
        const QString shown = QDir::toNativeSeparators(path);
        m_problem = aside.isEmpty()
            //: %1 is the settings file's path
            ? tr("The settings file %1 could not be read; the defaults are used.").arg(shown)
            //: %1 is the settings file's path, %2 where the damaged file was moved
            : tr("The settings file %1 could not be read; the defaults are used (the damaged file is now %2).")
                  .arg(shown, QDir::toNativeSeparators(aside));
    }
}

QString LabSettings::save()
{
    if (m_settings->status() != QSettings::NoError) {
        // QSettings keeps its first error for good: a fresh object holding every value (the unsaved
        // ones too) tries again. Made now, not when the save failed: one made while the disk is full
        // fails at once.
        auto fresh = std::make_unique<QSettings>(m_settings->fileName(), m_settings->format());
        const QStringList keys = m_settings->allKeys();
        for (const QString &key : keys)
            fresh->setValue(key, m_settings->value(key));
        std::swap(m_settings, fresh);
    }
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return {};
    //: %1 is the settings file's path
    return tr("Settings could not be saved to %1 (is the disk full, or the folder read-only?); "
              "the file keeps the settings it had.").arg(QDir::toNativeSeparators(m_settings->fileName()));
}

std::chrono::milliseconds LabSettings::slowTaskDuration() const
{
    bool ok = false;
    const qint64 ms = m_settings->value(durationKey).toLongLong(&ok);
    return ok ? clampDuration(std::chrono::milliseconds(ms)) : SlowTask::defaultDuration;
}

void LabSettings::setSlowTaskDuration(std::chrono::milliseconds duration)
{
    m_settings->setValue(durationKey, qint64(clampDuration(duration).count()));
}

std::chrono::milliseconds LabSettings::clampDuration(std::chrono::milliseconds duration)
{
    return std::clamp(duration, SlowTask::minimumDuration, SlowTask::maximumDuration);
}

QVariant LabSettings::lessonValue(const QString &lessonId, const QString &key, const QVariant &fallback) const
{
    return m_settings->value(u"lessons/"_s + lessonId + u'/' + key, fallback);
}

void LabSettings::setLessonValue(const QString &lessonId, const QString &key, const QVariant &value)
{
    m_settings->setValue(u"lessons/"_s + lessonId + u'/' + key, value);
}

int LabSettings::clampZoomPercent(int percent)
{
    return std::clamp(percent, minimumZoomPercent, maximumZoomPercent);
}

int LabSettings::storedZoomPercent(const QString &key, int fallback) const
{
    bool ok = false;
    const int percent = m_settings->value(key).toInt(&ok);
    return ok ? clampZoomPercent(percent) : fallback;
}

int LabSettings::zoomPercent() const
{
    return storedZoomPercent(zoomKey, normalZoomPercent);
}

void LabSettings::setZoomPercent(int percent)
{
    m_settings->setValue(zoomKey, clampZoomPercent(percent));
}

int LabSettings::presentationZoomPercent() const
{
    return storedZoomPercent(presentationZoomKey, defaultPresentationZoomPercent);
}

void LabSettings::setPresentationZoomPercent(int percent)
{
    m_settings->setValue(presentationZoomKey, clampZoomPercent(percent));
}

QByteArray LabSettings::windowGeometry() const
{
    return m_settings->value(geometryKey).toByteArray();
}

void LabSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(geometryKey, geometry);
}

QByteArray LabSettings::windowState() const
{
    return m_settings->value(stateKey).toByteArray();
}

void LabSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(stateKey, state);
}

QByteArray LabSettings::splitterState(const QString &objectName) const
{
    return m_settings->value(splittersGroup + objectName).toByteArray();
}

void LabSettings::setSplitterState(const QString &objectName, const QByteArray &state)
{
    m_settings->setValue(splittersGroup + objectName, state);
}

bool LabSettings::highContrast() const
{
    return m_settings->value(highContrastKey, false).toBool();
}

void LabSettings::setHighContrast(bool on)
{
    m_settings->setValue(highContrastKey, on);
}

bool LabSettings::reducedMotion() const
{
    return m_settings->value(reducedMotionKey, false).toBool();
}

void LabSettings::setReducedMotion(bool on)
{
    m_settings->setValue(reducedMotionKey, on);
}

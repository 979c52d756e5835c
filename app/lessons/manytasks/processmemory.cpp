// SPDX-License-Identifier: MIT
#include "processmemory.h"

#include <QByteArray>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace ProcessMemory {

namespace {

// The value of a "Key:   1234 kB" line of a /proc file, in bytes; -1 when there is none.
qint64 kilobytesField(const QString &path, QByteArrayView key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report a size of 0, so QFile::atEnd() is true at once: read it all instead.
    const QByteArray text = file.readAll();
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith(key))
            continue;
        const QByteArray value = line.mid(key.size()).trimmed();
        bool ok = false;
        const qint64 kilobytes = value.left(value.indexOf(' ')).toLongLong(&ok);
        return ok ? kilobytes * 1024 : -1;
    }
    return -1;
}

QString procPath(qint64 pid, const char *file)
{
    return pid == 0 ? u"/proc/self/"_s + QLatin1StringView(file) : u"/proc/%1/%2"_s.arg(pid).arg(QLatin1StringView(file));
}

} // namespace

qint64 residentBytes(qint64 pid)
{
    return std::max<qint64>(0, kilobytesField(procPath(pid, "status"), "VmRSS:"));
}

qint64 proportionalBytes(qint64 pid)
{
    return std::max<qint64>(0, kilobytesField(procPath(pid, "smaps_rollup"), "Pss:"));
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

qint64 availableBytes()
{
    return kilobytesField(u"/proc/meminfo"_s, "MemAvailable:");
}

} // namespace ProcessMemory

// SPDX-License-Identifier: MIT
#include "firstframeprobe.h"

#include "manytasks/processmemory.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

qint64 nsOf(clockid_t clock)
{
    timespec now{};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

// Milliseconds since this process started: /proc/self/stat's start time (field 22, clock ticks
// since boot) against the boot-time clock. -1 when unknown.
double msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after its ')' are plain.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    bool ok = false;
    const qint64 startTicks = fields.value(19).toLongLong(&ok);   // field 22 is the 20th after ')'
    if (!ok)
        return -1;
    return nsOf(CLOCK_BOOTTIME) / 1e6 - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

FirstFrameProbe::FirstFrameProbe(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstFrameProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // The window's paint event starts the frame; the frame is done once the whole paint (children
        // included) has been flushed, which is when the event loop comes back to its queue.
        QTimer::singleShot(0, this, &FirstFrameProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstFrameProbe::report()
{
    const QJsonObject figures{{u"firstFrameMonotonicNs"_s, nsOf(CLOCK_MONOTONIC)},
                              {u"sinceProcessStartMs"_s, msSinceProcessStart()},
                              {u"rssBytes"_s, ProcessMemory::residentBytes()}};
    const QByteArray line = QJsonDocument(figures).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

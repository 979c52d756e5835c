// SPDX-License-Identifier: MIT
#include "processgroup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

#ifdef Q_OS_LINUX
struct ProcessStat {
    char state = '?';
    qint64 group = 0;
};

// The state and process group of `pid` from /proc/<pid>/stat ("pid (comm) S ppid pgrp ..."; comm
// may hold spaces and parentheses, so the fields are counted from its last ')').
std::optional<ProcessStat> statOf(const QString &pid)
{
    QFile file(u"/proc/"_s + pid + u"/stat"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 3 || fields.at(0).isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 group = fields.at(2).toLongLong(&ok);
    return ok ? std::optional(ProcessStat{fields.at(0).at(0), group}) : std::nullopt;
}

bool runs(const ProcessStat &stat)
{
    return stat.state != 'Z' && stat.state != 'X';
}
#endif

} // namespace

namespace ProcessGroup {

bool isRunning(qint64 pid)
{
#ifdef Q_OS_LINUX
    const auto stat = statOf(QString::number(pid));
    return stat && runs(*stat);
#elif defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid)
    return false;
#endif
}

bool isStopped(qint64 pid)
{
#ifdef Q_OS_LINUX
    const auto stat = statOf(QString::number(pid));
    return stat && (stat->state == 'T' || stat->state == 't');   // 't': stopped by a tracer
#else
    Q_UNUSED(pid)
    return false;
#endif
}

bool hasRunningMembers(qint64 group)
{
    if (group <= 0)
        return false;
#ifdef Q_OS_LINUX
    for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.front().isDigit()) {
            const auto stat = statOf(entry);
            if (stat && stat->group == group && runs(*stat))
                return true;
        }
    }
    return false;
#elif defined(Q_OS_UNIX)
    return ::kill(-pid_t(group), 0) == 0 || errno != ESRCH;
#else
    return false;
#endif
}

} // namespace ProcessGroup

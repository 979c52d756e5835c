// SPDX-License-Identifier: MIT
#include "sleeperslimits.h"

#include "processmemory.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// A number in a one-value file such as /sys/fs/cgroup/pids.max; -1 for "max", missing or unreadable.
qint64 numberInFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const qint64 value = file.readAll().trimmed().toLongLong(&ok);
    return ok ? value : -1;
}

// Tasks (threads and processes) this cgroup may still create; -1 when unlimited or unknown.
qint64 cgroupTasksLeft()
{
    const qint64 maximum = numberInFile(u"/sys/fs/cgroup/pids.max"_s);
    const qint64 current = numberInFile(u"/sys/fs/cgroup/pids.current"_s);
    return maximum < 0 || current < 0 ? -1 : maximum - current;
}

#if defined(Q_OS_UNIX)
// The soft limit of `resource`; -1 when unlimited.
qint64 softLimit(int resource)
{
    rlimit limit{};
    if (getrlimit(resource, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qint64(limit.rlim_cur);
}
#endif

qint64 openDescriptors()
{
    const qsizetype count = QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size();
    return count > 0 ? count : 64;   // unknown: assume a few
}

// Lowers `bound` to `limit` (when known and lower), keeping the reason of the lowest one.
void lowerTo(SleepersLimits::Bound &bound, qint64 limit, const QString &reason)
{
    if (limit < 0 || limit >= bound.count)
        return;
    bound.count = int(std::max<qint64>(0, limit));
    bound.reason = reason;
}

// Threads and processes are both tasks to the kernel: the per-user and the container's limits count
// them together.
void lowerToTaskLimits(SleepersLimits::Bound &bound)
{
#if defined(Q_OS_UNIX)
    if (const qint64 perUser = softLimit(RLIMIT_NPROC); perUser > 0)
        lowerTo(bound, perUser - SleepersLimits::spareTasks, SleepersLimits::tr("the limit of threads and processes per user (ulimit -u)"));
#endif
    if (const qint64 left = cgroupTasksLeft(); left >= 0)
        lowerTo(bound, left - SleepersLimits::spareTasks, SleepersLimits::tr("the container's limit of tasks (pids.max)"));
}

} // namespace

SleepersLimits::Bound SleepersLimits::bound(SleepersModel model, bool python)
{
    Bound bound{SleepersModels::designBound(model), {}};
    const qint64 available = ProcessMemory::availableBytes();
    switch (model) {
    case SleepersModel::Coroutines:
        if (available > 0)
            lowerTo(bound, available / (python ? asyncioTaskBytes : coroutineBytes), tr("the memory available now"));
        break;
    case SleepersModel::Threads:
        lowerToTaskLimits(bound);
        if (available > 0)
            lowerTo(bound, available / threadBytes, tr("the memory available now"));
        break;
    case SleepersModel::Processes:
#if defined(Q_OS_UNIX)
        raiseOpenFileLimit();
        if (const qint64 files = softLimit(RLIMIT_NOFILE); files > 0)
            lowerTo(bound, (files - openDescriptors() - spareDescriptors) / descriptorsPerChild,
                    tr("the limit of open files (ulimit -n)"));
#endif
        lowerToTaskLimits(bound);
        if (available > 0)
            lowerTo(bound, available / childBytes, tr("the memory available now"));
        break;
    }
    return bound;
}

QString SleepersLimits::refusal(SleepersModel model, int count, bool python)
{
    if (count < 1)
        return tr("Start at least one.");
    const Bound limit = bound(model, python);
    if (count <= limit.count)
        return {};
    if (limit.reason.isEmpty())
        //: %1: a count asked for, %2: a model ("threads"), %3: the most this lesson starts
        return tr("%1 %2 is more than this lesson starts: at most %3.").arg(count).arg(SleepersModels::title(model)).arg(limit.count);
    //: %1: a count asked for, %2: a model ("threads"), %3: the most this machine allows now, %4: which limit
    return tr("%1 %2 is more than this machine allows now: at most %3, because of %4.")
        .arg(count)
        .arg(SleepersModels::title(model))
        .arg(limit.count)
        .arg(limit.reason);
}

qint64 SleepersLimits::raiseOpenFileLimit()
{
#if defined(Q_OS_UNIX)
    static const bool raised = [] {
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
            return false;
        // Capped: some programs a child may start iterate over every possible descriptor.
        constexpr rlim_t enough = 65536;
        limit.rlim_cur = std::max(limit.rlim_cur, std::min(limit.rlim_max, enough));
        return setrlimit(RLIMIT_NOFILE, &limit) == 0;
    }();
    Q_UNUSED(raised)
    return softLimit(RLIMIT_NOFILE);
#else
    return -1;
#endif
}

// SPDX-License-Identifier: MIT
#include "threadid.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ThreadId {

qint64 current()
{
#ifdef Q_OS_LINUX
    return qint64(::syscall(SYS_gettid));
#else
    return qint64(reinterpret_cast<quintptr>(QThread::currentThreadId()));
#endif
}

qint64 gui()
{
#ifdef Q_OS_LINUX
    // On Linux the main thread's TID is the process id.
    return qint64(::getpid());
#else
    static const qint64 id = current();
    return id;
#endif
}

} // namespace ThreadId

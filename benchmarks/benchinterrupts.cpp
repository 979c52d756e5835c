// SPDX-License-Identifier: MIT
#include "benchinterrupts.h"

#include <QByteArray>
#include <QDir>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace BenchInterrupts {

namespace {

std::atomic<pid_t> childGroup{0};
QByteArray folder;         // set once, before the waiting thread starts
int signalPipe[2] = {-1, -1};

void removeTemporaryFolder()
{
    if (!folder.isEmpty())
        QDir(QString::fromLocal8Bit(folder)).removeRecursively();
}

// The handler does the one async-signal-safe thing: it tells the waiting thread. (A handler, not a
// blocked signal taken by sigwait(): a blocked mask would be inherited by every child across exec.)
void onSignal(int signo)
{
    const unsigned char byte = static_cast<unsigned char>(signo);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void waitForASignal()
{
    unsigned char byte = 0;
    while (::read(signalPipe[0], &byte, 1) != 1) {
    }
    const int signo = byte;
    if (const pid_t group = childGroup.load(); group > 0)
        ::kill(-group, SIGKILL);
    std::fprintf(stderr, "\nconcurrency-lab-bench: interrupted; nothing measured is kept.\n");
    removeTemporaryFolder();
    std::signal(signo, SIG_DFL);
    ::raise(signo);              // ends the process by the same signal
    std::_Exit(128 + signo);     // not reached
}

} // namespace

bool install()
{
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray path = base + "/concurrency-lab-bench-XXXXXX";
    if (!::mkdtemp(path.data()) || ::pipe2(signalPipe, O_CLOEXEC) != 0) {
        std::fprintf(stderr, "concurrency-lab-bench: cannot make a temporary folder in %s\n", base.constData());
        return false;
    }
    folder = path;
    std::atexit(removeTemporaryFolder);   // also after exit() (--help, a fatal error)
    qputenv("TMPDIR", folder);   // QTemporaryDir, QDir::tempPath() and CPython's tempfile use it
    std::thread(waitForASignal).detach();
    for (const int signo : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction action {};
        if (::sigaction(signo, nullptr, &action) == 0 && action.sa_handler == SIG_IGN)
            continue;   // ignored when we started (a background job's SIGINT): left ignored
        action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(signo, &action, nullptr);
    }
    return true;
}

void setChildGroup(qint64 group)
{
    childGroup.store(pid_t(group));
}

} // namespace BenchInterrupts

// SPDX-License-Identifier: MIT
#include "unixsignals.h"

#include <QSocketNotifier>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace {

// The handler's whole world: written before any handler is installed, then only read by it
// (except caughtSignal, which only the handler writes). The pipe stays open for the life of the process:
// a handler may run on any thread at any moment, even while the object goes away.
constexpr std::size_t mostSignals = 8;
std::array<int, mostSignals> handledSignals{};
volatile std::sig_atomic_t handledCount = 0;
volatile std::sig_atomic_t caughtSignal = 0;
int pipeEnds[2] = {-1, -1};
std::array<struct sigaction, mostSignals> previousActions{};

extern "C" void onSignal(int signo)
{
    const int savedErrno = errno;
    if (caughtSignal == 0)
        caughtSignal = signo;
    // From now on each of them ends the process at once: the second Ctrl+C while the app quits.
    struct sigaction byDefault = {};
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    for (int i = 0; i < handledCount; ++i)
        ::sigaction(handledSignals[std::size_t(i)], &byDefault, nullptr);
    const unsigned char byte = static_cast<unsigned char>(signo);
    [[maybe_unused]] const ssize_t written = ::write(pipeEnds[1], &byte, 1);   // a full pipe holds a byte already
    errno = savedErrno;
}

bool openPipe()
{
    return pipeEnds[0] != -1 || ::pipe2(pipeEnds, O_CLOEXEC | O_NONBLOCK) == 0;
}

} // namespace

UnixSignals::UnixSignals(const QList<int> &signalNumbers, QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(handledCount == 0);   // one at a time
    if (!openPipe()) {
        qWarning("UnixSignals: no pipe (%s); signals keep their default action", std::strerror(errno));
        return;
    }
    unsigned char stale[16];
    while (::read(pipeEnds[0], stale, sizeof stale) > 0) {
    }   // an earlier object's, already reported
    m_notifier = new QSocketNotifier(pipeEnds[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UnixSignals::readPipe);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    action.sa_flags = SA_RESTART;   // a system call of another thread goes on, not EINTR
    sigemptyset(&action.sa_mask);
    for (const int signo : signalNumbers)
        sigaddset(&action.sa_mask, signo);   // no handler inside the handler
    for (const int signo : signalNumbers) {
        if (std::size_t(m_handled.size()) == mostSignals)
            break;
        struct sigaction now = {};
        if (::sigaction(signo, nullptr, &now) != 0 || now.sa_handler == SIG_IGN)
            continue;   // ignored since the process started: the one who started it wanted so
        const std::size_t i = std::size_t(m_handled.size());
        handledSignals[i] = signo;
        previousActions[i] = now;
        handledCount = int(i) + 1;   // before the handler can run
        if (::sigaction(signo, &action, nullptr) == 0)
            m_handled.append(signo);
        else
            handledCount = int(i);
    }
}

UnixSignals::~UnixSignals()
{
    for (qsizetype i = 0; i < m_handled.size(); ++i) {
        struct sigaction now = {};
        if (::sigaction(m_handled.at(i), nullptr, &now) == 0 && now.sa_handler == onSignal)
            ::sigaction(m_handled.at(i), &previousActions[std::size_t(i)], nullptr);
    }
    handledCount = 0;
}

int UnixSignals::caught()
{
    return caughtSignal;
}

void UnixSignals::endBy(int signo)
{
    std::fflush(nullptr);
    struct sigaction byDefault = {};
    byDefault.sa_handler = SIG_DFL;
    sigemptyset(&byDefault.sa_mask);
    ::sigaction(signo, &byDefault, nullptr);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signo);
    ::pthread_sigmask(SIG_UNBLOCK, &only, nullptr);
    ::raise(signo);
}

void UnixSignals::readPipe()
{
    unsigned char bytes[16];
    ssize_t n = 0;
    while ((n = ::read(pipeEnds[0], bytes, sizeof bytes)) > 0) {
        for (ssize_t i = 0; i < n; ++i)
            Q_EMIT received(int(bytes[i]));
    }
}

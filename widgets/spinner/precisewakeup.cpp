// SPDX-License-Identifier: MIT
#include "precisewakeup.h"

#include <QSocketNotifier>

#include <chrono>

#ifdef Q_OS_LINUX
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>
#endif

namespace {
constexpr qint64 nsPerSecond = 1'000'000'000;
constexpr qint64 nsPerMs = 1'000'000;
} // namespace

PreciseWakeup::PreciseWakeup(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_LINUX
    m_timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_timerFd >= 0) {
        m_notifier = new QSocketNotifier(qintptr(m_timerFd), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [this] {
            quint64 expirations = 0;   // read, so the fd is no longer readable until re-armed
            [[maybe_unused]] const ssize_t n = ::read(m_timerFd, &expirations, sizeof expirations);
            onWoken();
        });
        return;
    }
#endif
    m_fallback.setSingleShot(true);
    m_fallback.setTimerType(Qt::PreciseTimer);
    connect(&m_fallback, &QTimer::timeout, this, &PreciseWakeup::onWoken);
}

PreciseWakeup::~PreciseWakeup()
{
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        delete m_notifier;   // before its fd is closed
        ::close(m_timerFd);
    }
#endif
}

qint64 PreciseWakeup::nowNs()
{
    // steady_clock is CLOCK_MONOTONIC with libstdc++ and libc++: the timerfd's clock.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void PreciseWakeup::wakeAt(qint64 deadlineNs)
{
    m_active = true;
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        itimerspec spec{};
        // A deadline already past would disarm the timer if it were 0; 1 ns past the epoch fires at once.
        const qint64 at = qMax<qint64>(deadlineNs, 1);
        spec.it_value.tv_sec = time_t(at / nsPerSecond);
        spec.it_value.tv_nsec = long(at % nsPerSecond);
        ::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &spec, nullptr);
        return;
    }
#endif
    const qint64 waitNs = qMax<qint64>(deadlineNs - nowNs(), 0);
    m_fallback.start(int((waitNs + nsPerMs / 2) / nsPerMs));   // nearest ms: half a ms early at worst
}

void PreciseWakeup::stop()
{
    m_active = false;
#ifdef Q_OS_LINUX
    if (m_timerFd >= 0) {
        const itimerspec disarmed{};
        ::timerfd_settime(m_timerFd, TFD_TIMER_ABSTIME, &disarmed, nullptr);
        quint64 expirations = 0;   // an expiry not yet read must not wake the loop after stop()
        [[maybe_unused]] const ssize_t n = ::read(m_timerFd, &expirations, sizeof expirations);
        return;
    }
#endif
    m_fallback.stop();
}

void PreciseWakeup::onWoken()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT woken();
}

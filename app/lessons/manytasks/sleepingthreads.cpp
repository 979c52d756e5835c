// SPDX-License-Identifier: MIT
#include "sleepingthreads.h"

#include "threadid.h"

#include <QCoreApplication>

#include <system_error>

SleepingThreads::SleepingThreads(int count, std::chrono::milliseconds sleep, std::shared_ptr<SleepersCounts> counts,
                                 Callbacks callbacks)
    : m_count(count)
    , m_sleep(sleep)
    , m_counts(std::move(counts))
    , m_callbacks(std::move(callbacks))
{
}

SleepingThreads::~SleepingThreads()
{
    cancel();
    if (m_launcher.joinable())
        m_launcher.join();   // it joins every sleeper first
}

void SleepingThreads::start()
{
    m_launcher = std::thread([this] { launch(); });
}

void SleepingThreads::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
    }
    m_wake.notify_all();
}

void SleepingThreads::launch()
{
    QString failure;
    m_sleepers.reserve(size_t(m_count));
    for (int i = 0; i < m_count; ++i) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_cancelled)
                break;
        }
        try {
            m_sleepers.emplace_back([this, i] { sleep(i); });  // step: launch
        } catch (const std::system_error &error) {
            // The system refused one more thread (EAGAIN: a limit on threads or memory). Stop the
            // ones that started: a half-started run is not measured.
            //: %1: how many threads had started, %2: the system's reason
            failure = QCoreApplication::translate("SleepingThreads", "The system refused to start more than %1 threads: %2.")
                          .arg(i)
                          .arg(QString::fromLocal8Bit(error.code().message()));
            cancel();
            break;
        }
    }
    if (failure.isEmpty())
        m_callbacks.launched();
    for (std::thread &sleeper : m_sleepers)
        sleeper.join();   // Python: for t in threads: t.join()
    m_callbacks.ended(failure);
}

void SleepingThreads::sleep(int index)
{
    const bool sampled = index < SleepersRunner::sampledUnits;
    const qint64 tid = sampled ? ThreadId::current() : 0;
    m_counts->started.fetch_add(1, std::memory_order_relaxed);
    if (sampled)
        m_callbacks.sampledStep(tid, "sleep");
    const auto deadline = std::chrono::steady_clock::now() + m_sleep;
    bool cancelled = false;
    {
        std::unique_lock lock(m_mutex);
        cancelled = m_wake.wait_until(lock, deadline, [this] { return m_cancelled; });  // step: sleep
    }
    if (!cancelled)
        m_counts->countDone();  // step: count-done
    if (sampled)
        m_callbacks.sampledStep(tid, cancelled ? "cancelled" : "count-done");
    m_counts->ended.fetch_add(1, std::memory_order_relaxed);
}

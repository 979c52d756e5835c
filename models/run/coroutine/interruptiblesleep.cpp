// SPDX-License-Identifier: MIT
#include "interruptiblesleep.h"

InterruptibleSleep::InterruptibleSleep(std::chrono::milliseconds duration, CoroutineGate *gate)
    : m_sleep(lab::sleepFor(duration, gate ? gate->sleeps() : nullptr))
    , m_hasGate(gate != nullptr)
{
}

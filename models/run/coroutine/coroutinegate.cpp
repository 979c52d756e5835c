// SPDX-License-Identifier: MIT
#include "coroutinegate.h"

void CoroutineGate::cancel()
{
    if (m_requested)
        return;
    m_requested = true;
    Q_EMIT cancelRequested();
}

void CoroutineGate::setGated(bool gated)
{
    m_gated = gated;
    if (!gated)
        Q_EMIT stepPermitted();   // a coroutine waiting at a step goes on
}

void CoroutineGate::permitStep()
{
    Q_EMIT stepPermitted();
}

// SPDX-License-Identifier: MIT
#include "coroutineruncontrol.h"

void CoroutineRunControl::requestCancel()
{
    if (m_requested)
        return;
    m_requested = true;
    Q_EMIT cancelRequested();
}

void CoroutineRunControl::setGated(bool gated)
{
    m_gated = gated;
    if (!gated)
        Q_EMIT stepPermitted();   // a coroutine waiting at a step goes on
}

void CoroutineRunControl::permitStep()
{
    Q_EMIT stepPermitted();
}

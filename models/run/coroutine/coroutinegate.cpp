// SPDX-License-Identifier: MIT
#include "coroutinegate.h"

#include <QPointer>

CoroutineGate::~CoroutineGate()
{
    // m_sleeps would wake its sleepers in its own destructor, but by then the gate is half gone while
    // the woken coroutines still hold a non-null QPointer to it: wake them now, from a whole gate.
    CoroutineGate::cancel();
}

void CoroutineGate::cancel()
{
    if (m_requested)
        return;
    m_requested = true;
    // The sleepers resume in here; one of them may end the run and destroy this gate.
    const QPointer<CoroutineGate> alive(this);
    m_sleeps.cancel();
    if (alive)
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

// SPDX-License-Identifier: MIT
#include "clicklatencyprobe.h"

#include "labclock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QInputEvent>

namespace {
constexpr qsizetype keepClicks = 32;
}

ClickLatencyProbe::ClickLatencyProbe(QObject *parent)
    : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

ClickLatencyProbe::~ClickLatencyProbe()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool ClickLatencyProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The same press reaches the filter once per object it travels through; a window sees it first.
    if (event->type() == QEvent::MouseButtonPress && watched->isWindowType()) {
        const auto *input = static_cast<QInputEvent *>(event);
        const qint64 handledAtNs = LabClock::nowNs();
        // Window systems stamp input with a monotonic clock in ms (X11: the server's CLOCK_MONOTONIC),
        // the clock QElapsedTimer reads too. A stamp that does not fit (synthetic events, another
        // clock) is taken as "pressed when handled".
        QElapsedTimer monotonic;
        monotonic.start();
        const qint64 ageMs = monotonic.msecsSinceReference() - qint64(input->timestamp());
        const bool plausible = ageMs >= 0 && ageMs < 60'000;
        m_clicks.append({handledAtNs - (plausible ? ageMs * 1'000'000 : 0), handledAtNs});
        if (m_clicks.size() > keepClicks)
            m_clicks.removeFirst();
    }
    return QObject::eventFilter(watched, event);
}

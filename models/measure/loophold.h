// SPDX-License-Identifier: MIT
#pragma once

#include "trace.h"

#include <QList>

#include <optional>

// When a run held the GUI thread without a break (LabClock times), read from its trace: from the
// GUI loop's first Blocked event to the Resumed after it.
struct LoopHold {
    qint64 fromNs = 0;
    qint64 toNs = 0;
    qint64 durationNs() const { return toNs - fromNs; }

    // The hold in `runEvents` (one run's events, in time order); nullopt when the run never held
    // the loop, or still holds it.
    static std::optional<LoopHold> of(const QList<TraceEvent> &runEvents)
    {
        std::optional<qint64> blockedAt;
        for (const TraceEvent &event : runEvents) {
            if (event.unit != UnitKind::GuiLoop)
                continue;
            if (event.kind == TraceEventKind::Blocked && !blockedAt)
                blockedAt = event.timeNs;
            else if (event.kind == TraceEventKind::Resumed && blockedAt)
                return LoopHold{*blockedAt, event.timeNs};
        }
        return std::nullopt;
    }
};

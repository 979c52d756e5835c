// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

// One mouse press: when the user pressed (the window system's event time, on the LabClock) and when
// the app handled it. A press made while the event loop was blocked is handled only afterwards.
struct ClickTiming {
    qint64 pressedAtNs = 0;
    qint64 handledAtNs = 0;

    // The first of `clicks` pressed within [fromNs, toNs] and handled after toNs, if any.
    static std::optional<ClickTiming> firstDuring(const QList<ClickTiming> &clicks, qint64 fromNs, qint64 toNs)
    {
        for (const ClickTiming &click : clicks) {
            if (click.pressedAtNs >= fromNs && click.pressedAtNs <= toNs && click.handledAtNs >= toNs)
                return click;
        }
        return std::nullopt;
    }

    // The first of `clicks` pressed within [fromNs, toNs], however soon it was handled.
    static std::optional<ClickTiming> firstPressedDuring(const QList<ClickTiming> &clicks, qint64 fromNs, qint64 toNs)
    {
        for (const ClickTiming &click : clicks) {
            if (click.pressedAtNs >= fromNs && click.pressedAtNs <= toNs)
                return click;
        }
        return std::nullopt;
    }
};

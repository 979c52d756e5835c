// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>

#include <optional>

// Places text plates on a chart without overlap: each plate, in priority order, goes where it was
// wanted, or one line lower, and so on, while it stays inside `area`; a plate with no free place is
// left out (nullopt) rather than drawn over another. The lag meter labels its freezes with it, the
// newest first.
namespace LabelPlacer {

inline QList<std::optional<QRectF>> place(const QList<QRectF> &wanted, const QRectF &area)
{
    QList<std::optional<QRectF>> placed;
    QList<QRectF> taken;
    for (const QRectF &plate : wanted) {
        std::optional<QRectF> spot;
        for (QRectF candidate = plate; candidate.bottom() <= area.bottom(); candidate.translate(0, plate.height())) {
            const bool free = std::none_of(taken.cbegin(), taken.cend(),
                                           [&](const QRectF &other) { return other.intersects(candidate); });
            if (free && area.contains(candidate)) {
                spot = candidate;
                break;
            }
        }
        if (spot)
            taken << *spot;
        placed << spot;
    }
    return placed;
}

} // namespace LabelPlacer

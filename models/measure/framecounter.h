// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

// Counts the frames a view really painted, with their LabClock times, so "frames painted vs frames
// expected" can be asked of any interval afterwards. A 60 Hz display shows at most one frame per
// refresh, whatever a widget paints: the counts are of refreshes ("slots": LabClock time cut into
// 1/60 s, slotOf()), and a slot counts as painted when at least one paint fell in it. Extra paints
// (a show, a resize, a zoom, a repaint of the same frame) therefore never count as frames, and
// painted can never exceed expected. GUI thread only. Keeps the last ten minutes.
class FrameCounter
{
public:
    static constexpr int targetFps = 60;

    // The display refresh `timeNs` (LabClock, >= 0) falls in, and where refresh `slot` starts.
    static qint64 slotOf(qint64 timeNs) { return timeNs * targetFps / 1'000'000'000LL; }
    static qint64 slotStartNs(qint64 slot) { return (slot * 1'000'000'000LL + targetFps - 1) / targetFps; }

    // Call from paintEvent().
    void recordFrame(qint64 timeNs);
    // Refreshes that start in (fromNs, toNs] and got a frame painted before toNs: at most
    // expectedBetween(fromNs, toNs).
    int paintedBetween(qint64 fromNs, qint64 toNs) const;
    // Refreshes a 60 Hz display starts in (fromNs, toNs].
    static int expectedBetween(qint64 fromNs, qint64 toNs);
    // The times of the paints in [fromNs, toNs], ascending, every one (the benchmark's frame intervals).
    QList<qint64> framesBetween(qint64 fromNs, qint64 toNs) const;
    // The longest interval without a frame inside [fromNs, toNs], in ns (the edges count as frames).
    qint64 longestGapBetween(qint64 fromNs, qint64 toNs) const;
    // Paint events recorded, every one (not refreshes).
    int totalPainted() const { return m_total; }
    // Adds `other`'s frames (the panels of one demo on several lesson pages, counted as one).
    void merge(const FrameCounter &other);
    void clear();

private:
    QList<qint64> m_frameTimesNs;  // ascending
    int m_total = 0;
};

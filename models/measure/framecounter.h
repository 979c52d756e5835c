// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

// Counts the frames a view really painted, with their LabClock times, so "frames painted vs frames
// expected" can be asked of any interval afterwards. GUI thread only. Keeps the last ten minutes.
class FrameCounter
{
public:
    static constexpr int targetFps = 60;

    // Call from paintEvent().
    void recordFrame(qint64 timeNs);
    // Frames painted in [fromNs, toNs].
    int paintedBetween(qint64 fromNs, qint64 toNs) const;
    // Frames a 60 fps view would paint in [fromNs, toNs].
    static int expectedBetween(qint64 fromNs, qint64 toNs);
    // The times of the frames painted in [fromNs, toNs], ascending (the benchmark's frame intervals).
    QList<qint64> framesBetween(qint64 fromNs, qint64 toNs) const;
    // The longest interval without a frame inside [fromNs, toNs], in ns (the edges count as frames).
    qint64 longestGapBetween(qint64 fromNs, qint64 toNs) const;
    int totalPainted() const { return m_total; }
    // Adds `other`'s frames (the panels of one demo on several lesson pages, counted as one).
    void merge(const FrameCounter &other);
    void clear();

private:
    QList<qint64> m_frameTimesNs;  // ascending
    int m_total = 0;
};

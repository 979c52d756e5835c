// SPDX-License-Identifier: MIT
#include "framelog.h"

#include <algorithm>

void FrameTrack::setSpinning(bool spinning, qint64 nowNs)
{
    if (spinning == m_spinning)
        return;
    m_spinning = spinning;
    if (spinning)
        m_spinStartNs = nowNs;
    else
        m_spinStopNs = nowNs;
}

bool FrameTrack::wasSpinningThrough(qint64 fromNs, qint64 toNs) const
{
    return m_spinStartNs != 0 && m_spinStartNs <= fromNs && (m_spinning || m_spinStopNs >= toNs);
}

bool FrameTrack::wasSpinningDuring(qint64 fromNs, qint64 toNs) const
{
    return m_spinStartNs != 0 && m_spinStartNs <= toNs && (m_spinning || m_spinStopNs >= fromNs);
}

void FrameTrack::setOnScreen(bool onScreen, qint64 nowNs)
{
    m_visibilityKnown = true;
    if (onScreen == m_onScreen)
        return;
    m_onScreen = onScreen;
    if (onScreen)
        m_shownSinceNs = nowNs;
    else
        m_shown.append({m_shownSinceNs, nowNs});
}

QList<TimeSpan> FrameTrack::onScreenWithin(qint64 fromNs, qint64 toNs) const
{
    if (!m_visibilityKnown)
        return {{fromNs, toNs}};
    QList<TimeSpan> spans = m_shown;
    if (m_onScreen)
        spans.append({m_shownSinceNs, toNs});
    QList<TimeSpan> within;
    for (const auto &[from, to] : std::as_const(spans)) {
        const qint64 clippedFrom = std::max(from, fromNs);
        const qint64 clippedTo = std::min(to, toNs);
        if (clippedFrom < clippedTo)
            within.append({clippedFrom, clippedTo});
    }
    return within;
}

FrameTrack &FrameLog::track(const QString &spinnerId)
{
    auto &slot = m_tracks[spinnerId];
    if (!slot) {
        slot = std::make_unique<FrameTrack>();
        m_order.append(spinnerId);
    }
    return *slot;
}

const FrameTrack *FrameLog::find(const QString &spinnerId) const
{
    const auto it = m_tracks.find(spinnerId);
    return it == m_tracks.end() ? nullptr : it->second.get();
}

QStringList FrameLog::demoSpinnerIds() const
{
    QStringList ids;
    for (const QString &id : m_order) {
        const QString demo = demoOfTrack(id);
        if (!ids.contains(demo))
            ids.append(demo);
    }
    return ids;
}

QList<const FrameTrack *> FrameLog::tracksOf(const QString &demo) const
{
    QList<const FrameTrack *> tracks;
    for (const QString &id : m_order) {
        if (demoOfTrack(id) == demo)
            tracks.append(find(id));
    }
    return tracks;
}

FrameCounter FrameLog::framesOf(const QString &demo) const
{
    FrameCounter frames;
    for (const FrameTrack *track : tracksOf(demo))
        frames.merge(track->frames());
    return frames;
}

SpinnerCount FrameLog::countOf(const QString &demo, qint64 fromNs, qint64 toNs) const
{
    // The on-screen stretches of all its panels, merged (panels on two tabs are never shown at once,
    // but a track that never reported its visibility counts as always shown).
    QList<TimeSpan> spans;
    for (const FrameTrack *track : tracksOf(demo))
        spans += track->onScreenWithin(fromNs, toNs);
    std::sort(spans.begin(), spans.end());
    QList<TimeSpan> merged;
    for (const TimeSpan &span : std::as_const(spans)) {
        if (!merged.isEmpty() && span.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, span.second);
        else
            merged.append(span);
    }
    SpinnerCount count;
    const FrameCounter frames = framesOf(demo);
    for (const auto &[from, to] : std::as_const(merged)) {
        count.seen = true;
        count.painted += frames.paintedBetween(from, to);
        count.expected += FrameCounter::expectedBetween(from, to);
        count.longestGapNs = std::max(count.longestGapNs, frames.longestGapBetween(from, to));
    }
    return count;
}

bool FrameLog::wasSpinningDuring(const QString &demo, qint64 fromNs, qint64 toNs) const
{
    const QList<const FrameTrack *> tracks = tracksOf(demo);
    return std::any_of(tracks.cbegin(), tracks.cend(),
                       [=](const FrameTrack *track) { return track->wasSpinningDuring(fromNs, toNs); });
}

bool FrameLog::wasSpinningThrough(const QString &demo, qint64 fromNs, qint64 toNs) const
{
    const QList<const FrameTrack *> tracks = tracksOf(demo);
    return std::any_of(tracks.cbegin(), tracks.cend(),
                       [=](const FrameTrack *track) { return track->wasSpinningThrough(fromNs, toNs); });
}

QString FrameLog::guestTrackId(const QString &lesson, const QString &demo)
{
    return lesson + u'/' + demo;
}

QString FrameLog::demoOfTrack(const QString &spinnerId)
{
    return spinnerId.section(u'/', -1);
}

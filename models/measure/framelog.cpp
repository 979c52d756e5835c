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

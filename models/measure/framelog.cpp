// SPDX-License-Identifier: MIT
#include "framelog.h"

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
        if (!isGuestTrack(id))
            ids.append(id);
    }
    return ids;
}

QString FrameLog::guestTrackId(const QString &lesson, const QString &demo)
{
    return lesson + u'/' + demo;
}

bool FrameLog::isGuestTrack(QStringView spinnerId)
{
    return spinnerId.contains(u'/');   // demo ids never hold one (isValidDemoId())
}

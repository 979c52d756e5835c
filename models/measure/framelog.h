// SPDX-License-Identifier: MIT
#pragma once

#include "framecounter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <utility>

// A stretch of LabClock time, [fromNs, toNs].
using TimeSpan = std::pair<qint64, qint64>;

// What a demo's spinner showed over some time: only the time it was on screen counts (a hidden
// panel paints nothing, which says nothing about the event loop).
struct SpinnerCount {
    int painted = 0;
    int expected = 0;           // at FrameCounter::targetFps, over the on-screen time
    qint64 longestGapNs = 0;    // the longest stretch without a frame while on screen
    bool seen = false;          // on screen at some time in the span
};

// One spinner's record: every frame it painted, and when it last started and stopped turning
// (LabClock times). The spinner writes it; analyses and reports read it. GUI thread only.
class FrameTrack
{
public:
    const FrameCounter &frames() const { return m_frames; }
    void recordFrame(qint64 timeNs) { m_frames.recordFrame(timeNs); }
    void setSpinning(bool spinning, qint64 nowNs);
    bool isSpinning() const { return m_spinning; }
    qint64 spinStartNs() const { return m_spinStartNs; }
    qint64 spinStopNs() const { return m_spinStopNs; }

    // Whether it was turning during the whole of [fromNs, toNs], as far as its last start and stop tell.
    bool wasSpinningThrough(qint64 fromNs, qint64 toNs) const;
    // Whether it turned at any time within [fromNs, toNs], as far as its last start and stop tell.
    bool wasSpinningDuring(qint64 fromNs, qint64 toNs) const;

    // Its panel was shown (true) or hidden (false) at nowNs: a lesson tab was opened or left, the
    // window minimized. A track never told counts as always on screen.
    void setOnScreen(bool onScreen, qint64 nowNs);
    // The parts of [fromNs, toNs] during which it was on screen, in order.
    QList<TimeSpan> onScreenWithin(qint64 fromNs, qint64 toNs) const;

private:
    FrameCounter m_frames;
    QList<TimeSpan> m_shown;        // closed stretches on screen, in order
    qint64 m_shownSinceNs = 0;      // while on screen: since when
    bool m_visibilityKnown = false;
    bool m_onScreen = false;
    qint64 m_spinStartNs = 0;
    qint64 m_spinStopNs = 0;
    bool m_spinning = false;
};

// Every spinner's FrameTrack, by spinner id, in the order they were created. A demo's panel on its
// own lesson's page spins on the track named by the demo id; the same demo shown on another lesson's
// page (lesson 2 shows lesson 1's coroutine) spins on a guest track, guestTrackId(). The window owns
// one; lesson analyses and run reports read frames from it, not from widgets. GUI thread only.
class FrameLog
{
public:
    // The track of `spinnerId`, created on first use; stays valid as long as the log.
    FrameTrack &track(const QString &spinnerId);
    // The track of `spinnerId`, or nullptr.
    const FrameTrack *find(const QString &spinnerId) const;
    // Every track, guests included.
    QStringList spinnerIds() const { return m_order; }
    // The demos that have a track (their own or a guest), in order of first track: what run reports
    // list, one entry per demo.
    QStringList demoSpinnerIds() const;
    // The frames of every panel of `demo` (its own track and its guests) as one counter. One of them
    // is on screen at a time (lessons are tabs) and a hidden panel paints nothing, so together they
    // are what the room saw, also when the teacher switches tabs during a run.
    FrameCounter framesOf(const QString &demo) const;
    // What `demo`'s panels showed over [fromNs, toNs] while on screen (see SpinnerCount).
    SpinnerCount countOf(const QString &demo, qint64 fromNs, qint64 toNs) const;
    // Whether some panel of `demo` turned at some time within / through the whole of [fromNs, toNs].
    bool wasSpinningDuring(const QString &demo, qint64 fromNs, qint64 toNs) const;
    bool wasSpinningThrough(const QString &demo, qint64 fromNs, qint64 toNs) const;

    // "<lesson id>/<demo id>": the track of `demo`'s panel on `lesson`'s page when `lesson` is not
    // the demo's own.
    static QString guestTrackId(const QString &lesson, const QString &demo);
    // The demo a track belongs to: the id itself, or a guest track's demo (demo ids hold no '/',
    // isValidDemoId()).
    static QString demoOfTrack(const QString &spinnerId);

private:
    QList<const FrameTrack *> tracksOf(const QString &demo) const;

    std::map<QString, std::unique_ptr<FrameTrack>> m_tracks;
    QStringList m_order;
};

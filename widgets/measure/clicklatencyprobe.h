// SPDX-License-Identifier: MIT
#pragma once

#include "clicktiming.h"

#include <QList>
#include <QObject>

#include <optional>

// Watches mouse presses application-wide and remembers, for the last few, when the user pressed
// (the window system's event time) and when the app handled it (LabClock). A press made while the
// event loop was blocked is handled only afterwards: the difference is how late. GUI thread only.
class ClickLatencyProbe : public QObject
{
    Q_OBJECT
public:
    using Click = ClickTiming;   // pressedAtNs is estimated from the event's timestamp

    explicit ClickLatencyProbe(QObject *parent = nullptr);
    ~ClickLatencyProbe() override;

    // The first press made within [fromNs, toNs] and handled after toNs, if any.
    std::optional<Click> clickDuring(qint64 fromNs, qint64 toNs) const { return ClickTiming::firstDuring(m_clicks, fromNs, toNs); }
    // The last few presses, the newest last.
    const QList<Click> &clicks() const { return m_clicks; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<Click> m_clicks;   // the newest last, at most a few dozen
};

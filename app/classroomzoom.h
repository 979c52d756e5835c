// SPDX-License-Identifier: MIT
#pragma once

#include "labsettings.h"

#include <QFont>
#include <QList>
#include <QObject>

// The classroom zoom (View > Zoom In/Out/Reset, Ctrl++ / Ctrl+- / Ctrl+0): one factor for every
// text of the app, 75 % to 300 %. Everything in the window is sized from font metrics (spinners,
// code, tables, timeline lanes, charts), so scaling the fonts scales it all together.
// The application font is scaled; a widget that set its own size (a heading 1.6 times the page's,
// a fixed-pitch output) keeps its proportion: its size is remembered at 100 % the first time the
// zoom changes and scaled from that. GUI thread only.
class ClassroomZoom : public QObject
{
    Q_OBJECT
public:
    static constexpr int minimumPercent = LabSettings::minimumZoomPercent;
    static constexpr int normalPercent = LabSettings::normalZoomPercent;
    static constexpr int maximumPercent = LabSettings::maximumZoomPercent;

    // Takes the application font of this moment as 100 %.
    explicit ClassroomZoom(QObject *parent = nullptr);

    int percent() const { return m_percent; }
    // The steps Zoom In and Zoom Out go through, ascending, from minimumPercent to maximumPercent.
    static QList<int> steps();
    static int clampPercent(int percent);
    // The step after (or before) `percent`; `percent` itself at either end.
    static int stepAbove(int percent);
    static int stepBelow(int percent);

public Q_SLOTS:
    // Clamped to 75..300; re-sizes the fonts of every widget at once.
    void setPercent(int percent);
    void zoomIn() { setPercent(stepAbove(m_percent)); }
    void zoomOut() { setPercent(stepBelow(m_percent)); }
    void reset() { setPercent(normalPercent); }

Q_SIGNALS:
    void percentChanged(int percent);

private:
    void apply(int percent);

    const QFont m_normalFont;   // the application font at 100 %
    int m_percent = normalPercent;
};

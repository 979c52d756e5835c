// SPDX-License-Identifier: MIT
#pragma once

#include "timelinemodel.h"

#include <QBrush>
#include <QColor>

class QPainter;
class QRectF;

// How the timeline marks a state: an Okabe–Ito colour AND a pattern, so it never rests on colour
// alone. Shared by the lanes and the legend. GUI thread (painting).
namespace TimelineStyle {
QColor colorOf(TimelineState state);
Qt::BrushStyle patternOf(TimelineState state);
// Fills `rect` with the state's colour and pattern and outlines it.
void paintStateBox(QPainter &painter, const QRectF &rect, TimelineState state);
} // namespace TimelineStyle

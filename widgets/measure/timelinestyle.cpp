// SPDX-License-Identifier: MIT
#include "timelinestyle.h"

#include "okabeito.h"

#include <QPainter>
#include <QPen>

namespace TimelineStyle {

QColor colorOf(TimelineState state)
{
    // All light enough for black text on them.
    switch (state) {
    case TimelineState::Running: return OkabeIto::bluishGreen();
    case TimelineState::Sleeping: return OkabeIto::skyBlue();
    case TimelineState::Awaiting: return OkabeIto::yellow();
    case TimelineState::Blocked: return OkabeIto::vermillion();
    case TimelineState::Busy: return OkabeIto::orange();
    }
    return {};
}

Qt::BrushStyle patternOf(TimelineState state)
{
    switch (state) {
    case TimelineState::Running: return Qt::NoBrush;
    case TimelineState::Sleeping: return Qt::HorPattern;
    case TimelineState::Awaiting: return Qt::Dense6Pattern;
    case TimelineState::Blocked: return Qt::BDiagPattern;
    case TimelineState::Busy: return Qt::DiagCrossPattern;
    }
    return Qt::NoBrush;
}

void paintStateBox(QPainter &painter, const QRectF &rect, TimelineState state)
{
    const QColor color = colorOf(state);
    painter.fillRect(rect, color);
    if (patternOf(state) != Qt::NoBrush)
        painter.fillRect(rect, QBrush(QColor(0, 0, 0, 110), patternOf(state)));
    painter.save();
    painter.setPen(QPen(color.darker(160), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect.adjusted(0, 0, -1, -1));
    painter.restore();
}

} // namespace TimelineStyle

// SPDX-License-Identifier: MIT
#include "fixedlineslabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

FixedLinesLabel::FixedLinesLabel(int lines, QWidget *parent)
    : QLabel(parent)
    , m_lines(std::max(1, lines))
{
    setTextFormat(Qt::PlainText);
    // Ignored: the text never widens the label, so a long error cannot push the next panel away.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setFixedHeight(reservedHeight());
}

QSize FixedLinesLabel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 12, reservedHeight()};
}

QSize FixedLinesLabel::minimumSizeHint() const
{
    return {0, reservedHeight()};
}

int FixedLinesLabel::reservedHeight() const
{
    const QMargins margins = contentsMargins();
    return fontMetrics().lineSpacing() * m_lines + margins.top() + margins.bottom() + 2 * margin();
}

FixedLinesLabel::Fit FixedLinesLabel::fit() const
{
    const int width = std::max(1, contentsRect().width() - 2 * margin());
    const QFontMetrics metrics = fontMetrics();
    // Lay the text out in lines of the label's width (its own line breaks become spaces); keep the
    // first lines whole and elide what is left into the last one.
    QString flat = text();
    flat.replace(u'\n', u' ');
    QTextLayout layout(flat, font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    Fit fit;
    int consumed = 0;
    layout.beginLayout();
    for (int row = 0; row < m_lines - 1; ++row) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (line.textLength() == 0)
            break;   // an empty text still has one (empty) line
        fit.lines << flat.mid(line.textStart(), line.textLength()).trimmed();
        consumed = line.textStart() + line.textLength();
    }
    layout.endLayout();
    const QString rest = flat.mid(consumed).trimmed();
    fit.elided = metrics.horizontalAdvance(rest) > width;
    if (!rest.isEmpty())
        fit.lines << metrics.elidedText(rest, Qt::ElideRight, width);
    return fit;
}

QStringList FixedLinesLabel::shownLines() const
{
    return fit().lines;
}

bool FixedLinesLabel::isElided() const
{
    return fit().elided;
}

bool FixedLinesLabel::event(QEvent *event)
{
    // The whole text as a tooltip, only when it is cut (a tooltip set on the label wins).
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (isElided())
            QToolTip::showText(help->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

void FixedLinesLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setPen(palette().color(foregroundRole()));
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const Fit shown = fit();
    const int lineHeight = fontMetrics().lineSpacing();
    // Vertically, the lines sit as the alignment says within the reserved room.
    int top = area.top();
    if (alignment() & Qt::AlignVCenter)
        top += (area.height() - lineHeight * int(shown.lines.size())) / 2;
    else if (alignment() & Qt::AlignBottom)
        top += area.height() - lineHeight * int(shown.lines.size());
    const Qt::Alignment horizontal = alignment() & Qt::AlignHorizontal_Mask;
    for (const QString &line : shown.lines) {
        painter.drawText(QRect(area.left(), top, area.width(), lineHeight), int(horizontal | Qt::AlignTop), line);
        top += lineHeight;
    }
}

void FixedLinesLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setFixedHeight(reservedHeight());
}

// SPDX-License-Identifier: MIT
#include "alivechart.h"

#include "okabeito.h"
#include "sleepersrunner.h"

#include <QPainter>
#include <QPainterPath>

AliveChart::AliveChart(const QList<SleepersRunner *> &runners, QWidget *parent)
    : QWidget(parent)
    , m_runners(runners)
{
    setAccessibleName(tr("Units alive over time"));
    setAccessibleDescription(tr("One curve per model: the share of its units alive, over the seconds of its last run."));
    for (SleepersRunner *runner : runners)
        connect(runner, &SleepersRunner::progressChanged, this, qOverload<>(&QWidget::update));
}

QSize AliveChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 12};
}

QSize AliveChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 9};
}

void AliveChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int legendHeight = metrics.height() + 4;
    const QRectF plot = QRectF(rect()).adjusted(metrics.horizontalAdvance(QStringLiteral("100%")) + 8, 4, -8, -(metrics.height() + 2 * legendHeight + 6));
    painter.fillRect(plot, palette().base());
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot);

    // The longest run sets the time axis (at least 2 s: a 1 s sleep and its start-up).
    double longest = 2.0;
    for (const SleepersRunner *runner : m_runners) {
        if (!runner->aliveOverTime().isEmpty())
            longest = std::max(longest, runner->aliveOverTime().constLast().x());
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(0, plot.top() - 2, plot.left() - 4, metrics.height()), Qt::AlignRight, QStringLiteral("100%"));
    painter.drawText(QRectF(0, plot.bottom() - metrics.height() + 2, plot.left() - 4, metrics.height()), Qt::AlignRight, QStringLiteral("0"));
    //: the time axis of the alive chart; %1: its end in seconds
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), metrics.height()), Qt::AlignRight,
                     tr("%1 s since each run started").arg(longest, 0, 'f', 1));

    // One colour per model; CPython's curve dashed. The legend: a line for C++, one for CPython.
    const QList<QColor> colors{OkabeIto::blue(), OkabeIto::vermillion(), OkabeIto::bluishGreen()};
    for (int i = 0; i < m_runners.size(); ++i) {
        const SleepersRunner *runner = m_runners.at(i);
        const QPen pen(colors.at(i % colors.size()), 2.5, runner->isPython() ? Qt::DashLine : Qt::SolidLine);
        const QList<QPointF> &points = runner->aliveOverTime();
        const double count = std::max(1, runner->progress().count);
        if (points.size() > 1) {
            QPainterPath path;
            for (qsizetype p = 0; p < points.size(); ++p) {
                const QPointF at(plot.left() + plot.width() * points.at(p).x() / longest,
                                 plot.bottom() - plot.height() * std::min(1.0, points.at(p).y() / count));
                if (p == 0)
                    path.moveTo(at);
                else
                    path.lineTo(at);
            }
            painter.setPen(pen);
            painter.drawPath(path);
        }
    }
    qreal legendY = rect().bottom() - 2 * legendHeight + 4;
    for (const bool python : {false, true}) {
        qreal legendX = 0;
        painter.setPen(palette().color(QPalette::Text));
        const QString language = python ? tr("CPython:") : tr("C++:");
        painter.drawText(QPointF(legendX, legendY + metrics.ascent()), language);
        legendX += metrics.horizontalAdvance(language) + 8;
        for (int i = 0; i < m_runners.size(); ++i) {
            const SleepersRunner *runner = m_runners.at(i);
            if (runner->isPython() != python)
                continue;
            const QString label = SleepersModels::title(runner->model());
            painter.setPen(QPen(colors.at(i % colors.size()), 2.5, python ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(QPointF(legendX, legendY + metrics.height() / 2.0), QPointF(legendX + 22, legendY + metrics.height() / 2.0));
            painter.setPen(palette().color(QPalette::Text));
            painter.drawText(QPointF(legendX + 26, legendY + metrics.ascent()), label);
            legendX += 26 + metrics.horizontalAdvance(label) + 14;
        }
        legendY += legendHeight;
    }
}

// SPDX-License-Identifier: MIT
#include "queueview.h"

#include "queuerunner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QStringList>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

// One square per consumer, showing its number, filled while it works on an item (each model's consumers
// work on one at a time: a thread, a coroutine, a child process). Draws only in paintEvent(), and only
// when its values change.
class ConsumersStrip : public QWidget
{
public:
    explicit ConsumersStrip(QWidget *parent)
        : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }

    void setValues(const QList<int> &inFlight)
    {
        if (inFlight == m_inFlight)
            return;
        m_inFlight = inFlight;
        update();
    }

    QSize sizeHint() const override { return {int(m_inFlight.size()) * (side() + gap), side() + 2}; }
    QSize minimumSizeHint() const override { return {side(), side() + 2}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_inFlight.isEmpty())
            return;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const int count = int(m_inFlight.size());
        // Squares while they fit; narrower cells when the column is narrow.
        const double width = std::min<double>(side(), (this->width() - gap * (count - 1)) / double(count));
        for (int i = 0; i < count; ++i) {
            const QRectF cell(i * (width + gap) + 0.5, 0.5, width - 1, side());
            const bool working = m_inFlight.at(i) > 0;
            painter.setPen(palette().color(QPalette::Mid));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawRoundedRect(cell, 3, 3);
            if (working) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(palette().color(QPalette::Highlight));
                painter.drawRoundedRect(cell.adjusted(1.5, 1.5, -1.5, -1.5), 2, 2);
            }
            painter.setPen(palette().color(working ? QPalette::HighlightedText : QPalette::Text));
            painter.drawText(cell, Qt::AlignCenter, QLocale().toString(i + 1));
        }
    }

private:
    static constexpr int gap = 4;
    int side() const { return fontMetrics().height() * 3 / 2; }

    QList<int> m_inFlight;
};

QueueView::QueueView(QueueRunner *runner, Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_runner(runner)
    , m_fill(new QProgressBar(this))
    , m_consumers(new ConsumersStrip(this))
    , m_consumersLabel(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_order(new QLabel(this))
    , m_producer(new QLabel(this))
{
    m_fill->setObjectName(u"queueFill"_s);
    m_fill->setAccessibleName(kind == Kind::Pipes ? tr("Items waiting in the pipes") : tr("Queue fill level"));
    m_fill->setTextVisible(true);
    m_consumers->setObjectName(u"queueConsumerCells"_s);
    m_consumers->setAccessibleName(kind == Kind::Pipes ? tr("Children at work") : tr("Consumers at work"));
    m_consumersLabel->setObjectName(u"queueConsumersText"_s);
    m_consumersLabel->setBuddy(m_consumers);
    m_counts->setObjectName(u"queueCounts"_s);
    m_counts->setAccessibleName(tr("Items done and throughput"));
    m_order->setObjectName(u"queueOrder"_s);
    m_order->setAccessibleName(tr("The first items taken"));
    m_producer->setObjectName(u"queueProducer"_s);
    m_producer->setAccessibleName(tr("Producer"));
    m_producer->setAutoFillBackground(true);
    m_producer->setMargin(2);
    for (QLabel *label : {m_counts, m_order, m_producer})
        label->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addWidget(m_fill);
    auto *consumersRow = new QHBoxLayout;
    consumersRow->addWidget(m_consumersLabel);
    consumersRow->addWidget(m_consumers, 1);
    layout->addLayout(consumersRow);
    layout->addWidget(m_counts);
    layout->addWidget(m_order);
    layout->addWidget(m_producer);

    if (runner) {
        m_progress = runner->progress();
        connect(runner, &QueueRunner::progressChanged, this, &QueueView::setProgress);
    }
    setProgress(m_progress);
}

void QueueView::setProgress(const QueueProgress &progress)
{
    m_progress = progress;
    const int capacity = std::max(1, progress.capacity);
    m_fill->setRange(0, capacity);
    m_fill->setValue(std::clamp(progress.queued, 0, capacity));
    m_fill->setFormat(fillText());
    m_fill->setAccessibleDescription(fillText());
    m_consumers->setValues(progress.inFlight);
    m_consumers->setAccessibleDescription(consumersText());
    m_consumersLabel->setText(consumersText());
    m_counts->setText(countsText());
    m_order->setText(orderText());
    showProducer();
}

bool QueueView::hasRun() const
{
    return m_progress.items > 0;
}

QString QueueView::fillText() const
{
    const QLocale locale;
    if (!hasRun())
        return m_kind == Kind::Pipes ? tr("the pipes: not used yet") : tr("the queue: not made yet");
    if (m_kind == Kind::Pipes) {
        //: the queue of the process demo: items sent to a busy child, not taken yet; %1 of capacity %2
        return tr("%1 of %2 waiting in the pipes").arg(locale.toString(m_progress.queued), locale.toString(m_progress.capacity));
    }
    //: the queue's fill level: %1 items of its capacity %2
    return tr("%1 of %2 in the queue").arg(locale.toString(m_progress.queued), locale.toString(m_progress.capacity));
}

QString QueueView::consumersText() const
{
    const QLocale locale;
    if (!hasRun())
        return m_kind == Kind::Pipes ? tr("children: not started") : tr("consumers: not started");
    const auto busy = std::count_if(m_progress.inFlight.cbegin(), m_progress.inFlight.cend(), [](int held) { return held > 0; });
    //: consumers (threads, coroutines, child processes) working on an item now, of all the consumers
    return tr("at work: %1 of %2").arg(locale.toString(qint64(busy)), locale.toString(qint64(m_progress.inFlight.size())));
}

QString QueueView::countsText() const
{
    const QLocale locale;
    if (!hasRun())
        return tr("done: \u2013");
    //: %1 items done of %2, %3 items per second
    return tr("done %1 of %2 \u00b7 %3 items/s")
        .arg(locale.toString(m_progress.done), locale.toString(m_progress.items), locale.toString(m_progress.itemsPerSecond(), 'f', 0));
}

QString QueueView::orderText() const
{
    const QLocale locale;
    QStringList taken;
    for (const int n : m_progress.firstTaken)
        taken << locale.toString(n);
    if (taken.isEmpty())
        taken << u"\u2013"_s;
    else if (m_progress.items > m_progress.firstTaken.size())
        taken << u"\u2026"_s;
    if (m_kind == Kind::Pipes) {
        //: the first items the children answered, in the order the answers came
        return tr("answered first: %1").arg(taken.join(u", "_s));
    }
    //: the first items the consumers took, in the order they took them: the queue's order
    return tr("taken first: %1").arg(taken.join(u", "_s));
}

QString QueueView::producerText() const
{
    const QLocale locale;
    if (!m_progress.running) {
        if (m_progress.items == 0)
            return tr("producer: idle");
        //: after a run: how many times the producer found the queue full (\u00d7: times)
        return tr("producer: done (found the queue full %1\u00d7)").arg(locale.toString(m_progress.producerWaits));
    }
    if (m_progress.producerWaiting) {
        //: back-pressure: the queue is full and the producer waits; %1: how many times so far (\u00d7: times)
        return tr("producer: waiting for room (full %1\u00d7 so far)").arg(locale.toString(m_progress.producerWaits));
    }
    return tr("producer: putting (full %1\u00d7 so far)").arg(locale.toString(m_progress.producerWaits));
}

void QueueView::showProducer()
{
    m_producer->setText(producerText());
    QPalette palette = this->palette();
    if (showsProducerWaiting()) {
        // Highlighted: a warm background that stands out at any zoom, with dark text on it.
        palette.setColor(QPalette::Window, QColor(0xff, 0xc1, 0x4d));
        palette.setColor(QPalette::WindowText, Qt::black);
    }
    m_producer->setPalette(palette);
    QFont font = m_producer->font();
    font.setBold(showsProducerWaiting());
    m_producer->setFont(font);
}

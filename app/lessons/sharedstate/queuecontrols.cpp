// SPDX-License-Identifier: MIT
#include "queuecontrols.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>

using namespace Qt::Literals::StringLiterals;

QueueControls::QueueControls(QWidget *parent)
    : QWidget(parent)
{
    // Two pairs of fields a row, the estimate beside them: in one row they were wider than what a
    // 1366 px screen leaves the lesson beside the docks.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fields = new QGridLayout;
    m_fields->setHorizontalSpacing(layout->spacing() * 2);
    layout->addLayout(m_fields);
    // Mnemonics clear of the window's (Alt+C, D, M, P, S, W) and of part A's (Alt+U, I, Y, 1).
    m_consumers = addSpinBox(tr("Co&nsumers (K):"), tr("Consumers"), u"queueConsumers"_s, 1, QueueParameters::mostConsumers);
    m_items = addSpinBox(tr("I&tems (J):"), tr("Items"), u"queueItems"_s, 1, QueueParameters::mostItems);
    m_capacity = addSpinBox(tr("Queue c&apacity (C):"), tr("Queue capacity"), u"queueCapacity"_s, 1, QueueParameters::mostCapacity);
    m_workMs = addSpinBox(tr("Wor&k per item (W):"), tr("Work per item, in milliseconds"), u"queueWorkMs"_s, 0,
                          QueueParameters::mostWorkMs);
    //: milliseconds, after the spin box of the work per item
    m_workMs->setSuffix(tr(" ms"));
    m_items->setGroupSeparatorShown(true);
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"queueEstimate"_s);
    m_estimate->setWordWrap(true);
    layout->addWidget(m_estimate, 1);

    setParameters({});
    for (QSpinBox *spin : {m_consumers, m_items, m_capacity, m_workMs})
        connect(spin, &QSpinBox::valueChanged, this, &QueueControls::changed);
}

QSpinBox *QueueControls::addSpinBox(const QString &label, const QString &accessibleName, const QString &objectName, int least, int most)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(least, most);
    spin->setAccessibleName(accessibleName);
    auto *text = new QLabel(label, this);
    text->setBuddy(spin);
    // Row by row, two label + field pairs each.
    const int index = m_fields->count() / 2;
    m_fields->addWidget(text, index / 2, (index % 2) * 2);
    m_fields->addWidget(spin, index / 2, (index % 2) * 2 + 1);
    return spin;
}

QueueParameters QueueControls::parameters() const
{
    return {m_consumers->value(), m_items->value(), m_capacity->value(), m_workMs->value()};
}

void QueueControls::setParameters(const QueueParameters &parameters)
{
    const QueueParameters p = parameters.clamped();
    const QSignalBlocker consumers(m_consumers);
    const QSignalBlocker items(m_items);
    const QSignalBlocker capacity(m_capacity);
    const QSignalBlocker workMs(m_workMs);
    m_consumers->setValue(p.consumers);
    m_items->setValue(p.items);
    m_capacity->setValue(p.capacity);
    m_workMs->setValue(p.workMs);
    showEstimate();
}

void QueueControls::showEstimate()
{
    const QueueParameters p = parameters();
    const QLocale locale;
    if (p.workMs == 0) {
        m_estimate->setText(tr("no work: the consumers keep up, and the queue's own cost shows"));
        return;
    }
    // K consumers each take 1000 / W items a second at most: the pace of the whole run.
    const double perSecond = 1000.0 * p.consumers / p.workMs;
    //: %1: the most items per second K consumers can do; %2: the shortest the run can take, in seconds
    m_estimate->setText(tr("at most %1 items/s: about %2 s").arg(locale.toString(perSecond, 'f', 0),
                                                                 locale.toString(p.items / perSecond, 'f', 1)));
}

void QueueControls::changed()
{
    showEstimate();
    Q_EMIT parametersChanged(parameters());
}

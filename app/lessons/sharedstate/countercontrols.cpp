// SPDX-License-Identifier: MIT
#include "countercontrols.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CounterControls::CounterControls(QWidget *parent)
    : QWidget(parent)
    , m_units(new QSpinBox(this))
    , m_increments(new QSpinBox(this))
    , m_widen(new QCheckBox(tr("&Yield between read and write (no lock: threads and processes)"), this))
    , m_expected(new QLabel(this))
{
    m_units->setObjectName(u"counterUnits"_s);
    m_units->setRange(1, CounterParameters::mostUnits);
    m_units->setAccessibleName(tr("Units"));
    m_increments->setObjectName(u"counterIncrements"_s);
    m_increments->setRange(1, CounterParameters::mostIncrements);
    m_increments->setGroupSeparatorShown(true);
    m_increments->setAccessibleName(tr("Increments per unit"));
    m_widen->setObjectName(u"widenWindow"_s);
    m_widen->setToolTip(tr("QThread::yieldCurrentThread() between the read and the write (Python: time.sleep(0) in a thread, os.sched_yield() in a process): "
                           "the OS may run another thread or process inside the window, and many more updates are lost"));
    m_expected->setObjectName(u"expectedTotal"_s);
    m_expected->setWordWrap(true);

    auto *unitsLabel = new QLabel(tr("&Units (N):"), this);
    unitsLabel->setBuddy(m_units);
    auto *incrementsLabel = new QLabel(tr("&Increments each (M):"), this);
    incrementsLabel->setBuddy(m_increments);
    auto *byHand = new QPushButton(tr("2 x &1, for step mode"), this);
    byHand->setObjectName(u"counterByHand"_s);
    byHand->setToolTip(tr("Two units, one increment each: turn on Step mode, then let one thread read, the other "
                          "do a whole increment, and the first write: 1 of 2"));

    // Two rows, the numbers and what they give, then the options: in one row they were wider than
    // what a 1366 px screen leaves the lesson beside the docks.
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(unitsLabel);
    numbers->addWidget(m_units);
    numbers->addSpacing(12);
    numbers->addWidget(incrementsLabel);
    numbers->addWidget(m_increments);
    numbers->addSpacing(12);
    numbers->addWidget(m_expected, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(m_widen);
    options->addWidget(byHand);
    options->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numbers);
    layout->addLayout(options);

    setParameters({});
    connect(m_units, &QSpinBox::valueChanged, this, &CounterControls::changed);
    connect(m_increments, &QSpinBox::valueChanged, this, &CounterControls::changed);
    connect(m_widen, &QCheckBox::toggled, this, &CounterControls::changed);
    connect(byHand, &QPushButton::clicked, this, [this] {
        CounterParameters byHand = parameters();
        byHand.units = 2;
        byHand.increments = 1;
        setParameters(byHand);
        Q_EMIT parametersChanged(byHand);
    });
}

CounterParameters CounterControls::parameters() const
{
    return {m_units->value(), m_increments->value(), m_widen->isChecked()};
}

void CounterControls::setParameters(const CounterParameters &parameters)
{
    const QSignalBlocker units(m_units);
    const QSignalBlocker increments(m_increments);
    const QSignalBlocker widen(m_widen);
    m_units->setValue(parameters.units);
    m_increments->setValue(parameters.increments);
    m_widen->setChecked(parameters.widenWindow);
    showExpected();
}

void CounterControls::showExpected()
{
    const QLocale locale;
    const int units = m_units->value();
    const qint64 longSection = 2 * qint64(units) * CounterParameters::longSectionIncrements(m_increments->value());
    //: the counter's total when no update is lost: N units x M increments; %2: the same for the long
    //: critical section, which counts 50 times fewer in each of its two passes
    m_expected->setText(tr("expected total: %1 (long critical section: %2)")
                            .arg(locale.toString(qint64(units) * m_increments->value()), locale.toString(longSection)));
}

void CounterControls::changed()
{
    showExpected();
    Q_EMIT parametersChanged(parameters());
}

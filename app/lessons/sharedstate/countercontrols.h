// SPDX-License-Identifier: MIT
#pragma once

#include "counterresult.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QSpinBox;

// Part A's settings: N units, M increments each (the expected total N x M shown beside them), and
// whether the threads without a lock yield between read and write; plus the 2 x 1 set-up for losing
// an update by hand in step mode. GUI thread only.
class CounterControls : public QWidget
{
    Q_OBJECT
public:
    explicit CounterControls(QWidget *parent = nullptr);

    CounterParameters parameters() const;
    void setParameters(const CounterParameters &parameters);

Q_SIGNALS:
    // The user changed a value (not emitted by setParameters()).
    void parametersChanged(const CounterParameters &parameters);

private:
    void showExpected();
    void changed();

    QSpinBox *m_units;
    QSpinBox *m_increments;
    QCheckBox *m_widen;
    QLabel *m_expected;
};

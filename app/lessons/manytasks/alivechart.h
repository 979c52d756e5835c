// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class SleepersRunner;

// Units alive over time, one curve per runner (its current or last run), as a share of its N so a
// million coroutines and 500 children fit one chart: how fast each model starts its units, how long
// they live together, how fast they go. Bounded: each runner keeps a few hundred points. GUI thread.
class AliveChart : public QWidget
{
    Q_OBJECT
public:
    explicit AliveChart(const QList<SleepersRunner *> &runners, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<SleepersRunner *> m_runners;
};

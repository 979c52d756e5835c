// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class SleepersRunner;

// Live figures of one model's sleepers: a progress bar of units done, and how many are started,
// alive and done. A view of a runner it does not own. GUI thread.
class SleepersProgressView : public QWidget
{
    Q_OBJECT
public:
    explicit SleepersProgressView(SleepersRunner *runner, QWidget *parent = nullptr);

    QString countsText() const;

private:
    void showProgress();

    SleepersRunner *m_runner;
    QProgressBar *m_bar;
    QLabel *m_counts;
};

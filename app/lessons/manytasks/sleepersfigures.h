// SPDX-License-Identifier: MIT
#pragma once

#include <QTableWidget>

class SleepersRunner;

// Part B's figures side by side: one row per model and language (C++ coroutines ... CPython
// processes), from each one's last finished run: how many, launch time, time beyond the sleep,
// peak memory, memory per unit. GUI thread.
class SleepersFigures : public QTableWidget
{
    Q_OBJECT
public:
    // `runners` in the order of the rows.
    SleepersFigures(const QList<SleepersRunner *> &runners, QWidget *parent = nullptr);

    // The figures of row `row` as text, for tests and the page's summary.
    QStringList rowTexts(int row) const;
    // Whether a memory figure is marked "*": taken when not every unit was alive at once.
    bool hasMarkedFigures() const;
    // The note that explains the mark, translated.
    static QString notAllAliveNote();

Q_SIGNALS:
    void figuresChanged();

private:
    void showRunner(int row);

    QList<SleepersRunner *> m_runners;
};

// SPDX-License-Identifier: MIT
#include "sleepersfigures.h"

#include "sleepersrunner.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

SleepersFigures::SleepersFigures(const QList<SleepersRunner *> &runners, QWidget *parent)
    : QTableWidget(int(runners.size()), 7, parent)
    , m_runners(runners)
{
    setHorizontalHeaderLabels({tr("Model"), tr("Units"), tr("Most alive at once"), tr("Launch (per unit)"), tr("Beyond the sleep"), tr("Peak memory"), tr("Per unit")});
    setAccessibleName(tr("Figures of the last run of each model"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTabKeyNavigation(false);   // Tab leaves the table, arrows move inside it
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < m_runners.size(); ++row) {
        SleepersRunner *runner = m_runners.at(row);
        const QString language = runner->isPython() ? tr("CPython") : tr("C++");
        //: a row of the figures table: the language, then the model ("C++ threads")
        setItem(row, 0, new QTableWidgetItem(tr("%1 %2").arg(language, SleepersModels::title(runner->model()))));
        for (int column = 1; column < columnCount(); ++column)
            setItem(row, column, new QTableWidgetItem(tr("not run yet")));
        connect(runner, &DemoRunner::finished, this, [this, row] { showRunner(row); });
    }
    setMinimumHeight(verticalHeader()->defaultSectionSize() * int(runners.size() + 1) + 2 * frameWidth() + 4);
}

QString SleepersFigures::notAllAliveNote()
{
    return tr("* Not every unit was alive at the same time (starting them took longer than the sleep): this "
              "memory figure does not compare with the others.");
}

bool SleepersFigures::hasMarkedFigures() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 6)->text().endsWith(u" *"_s))
            return true;
    }
    return false;
}

QStringList SleepersFigures::rowTexts(int row) const
{
    QStringList texts;
    for (int column = 0; column < columnCount(); ++column)
        texts << item(row, column)->text();
    return texts;
}

void SleepersFigures::showRunner(int row)
{
    const SleepersRunner *runner = m_runners.at(row);
    const auto &result = runner->result();
    if (runner->state() != DemoRunner::State::Done || !result)
        return;   // a cancelled or failed run leaves the last figures
    const QLocale locale;
    const auto seconds = [&locale](qint64 ns) {
        //: a duration in seconds
        return tr("%1 s").arg(locale.toString(ns / 1e9, 'f', 2));
    };
    item(row, 1)->setText(locale.toString(result->count));
    item(row, 2)->setText(locale.toString(result->peakAlive));
    // The launch, and what starting one unit cost on average (the "start-up cost" of the tables).
    const double microsecondsEach = result->count > 0 ? result->launchNs / 1e3 / result->count : 0;
    //: %1: the launch time ("0.32 s"), %2: microseconds per unit
    item(row, 3)->setText(tr("%1 (%2 µs)").arg(seconds(result->launchNs), locale.toString(microsecondsEach, 'f', microsecondsEach < 10 ? 2 : 0)));
    item(row, 4)->setText(seconds(result->beyondSleepNs()));
    item(row, 5)->setText(formatBytes(result->peakRssBytes + result->childrenPssBytes.value_or(0)));
    // A figure taken when not every unit was alive at once is marked; the note under the table says why.
    item(row, 6)->setText(result->allAliveAtOnce() ? formatBytes(result->bytesPerUnit) : formatBytes(result->bytesPerUnit) + u" *"_s);
    item(row, 6)->setToolTip(result->allAliveAtOnce() ? QString() : notAllAliveNote());
    Q_EMIT figuresChanged();
}

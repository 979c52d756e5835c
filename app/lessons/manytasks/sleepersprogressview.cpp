// SPDX-License-Identifier: MIT
#include "sleepersprogressview.h"

#include "sleepersrunner.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

SleepersProgressView::SleepersProgressView(SleepersRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    //: the progress bar of a run of N sleepers; %p is Qt's percentage placeholder
    m_bar->setFormat(tr("%p% done"));
    m_bar->setAccessibleName(tr("Units done"));
    m_counts->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    connect(runner, &SleepersRunner::progressChanged, this, &SleepersProgressView::showProgress);
    showProgress();
}

QString SleepersProgressView::countsText() const
{
    const SleepersRunner::Progress p = m_runner->progress();
    const QLocale locale;
    //: live counts of a run: units started, alive (started, not ended) and done
    return tr("started %1 · alive %2 · done %3").arg(locale.toString(p.started), locale.toString(p.alive), locale.toString(p.done));
}

void SleepersProgressView::showProgress()
{
    const SleepersRunner::Progress p = m_runner->progress();
    m_bar->setRange(0, std::max(1, p.count));
    m_bar->setValue(std::clamp(p.done, 0, std::max(1, p.count)));
    m_counts->setText(countsText());
}

// SPDX-License-Identifier: MIT
#pragma once

#include "cpuusagesampler.h"

#include <QList>
#include <QPointer>
#include <QWidget>

// Per-core CPU use, live: one row per core ("CPU 0", its percentage, the last ten seconds as a
// filled graph ending in a bar for the latest sample), so the room sees one core busy against all
// cores busy over a run. Many cores wrap into columns; rows shrink to one line of text when space
// is short, and with still less room every core becomes one thin bar, numbered below. Samples only while visible: starts its sampler on show and stops it on hide. Without
// per-core counters (not Linux) it says so instead. The accessible description says the latest
// percentages in words. The title ("CPU use per core") is the caller's. GUI thread only.
class CpuUsageWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int historyMs = 10'000;  // the width of each core's graph in time

    // Reads /proc/stat through a sampler of its own until setSampler() gives another.
    explicit CpuUsageWidget(QWidget *parent = nullptr);
    ~CpuUsageWidget() override;

    // Shows the samples of `sampler` (not owned; null: the widget's own), and starts and stops it
    // with the widget's visibility. Forgets the samples shown so far.
    void setSampler(CpuUsageSampler *sampler);
    CpuUsageSampler *sampler() const { return m_sampler; }

    // The busy fractions (0..1, one per core) of the latest sample; empty before the first one.
    QList<double> lastSample() const { return m_history.isEmpty() ? QList<double>() : m_history.last(); }
    // The samples of the last historyMs, oldest first (what the graphs show).
    QList<QList<double>> history() const { return m_history; }
    // The cores shown: those of the latest sample, else of the sampler's latest reading, else the
    // threads this process may run in parallel.
    int coreCount() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Metrics;
    Metrics metrics() const;
    struct Grid;
    Grid gridFor(const QRect &area, int cores) const;
    void onSampled(const QList<double> &busyPerCore);
    void clearHistory();
    // How many samples make historyMs at the sampler's interval.
    qsizetype historyCapacity() const;
    void retranslate();
    void updateDescription();
    QColor barColor() const;
    void paintCore(QPainter &painter, const QRect &cell, const Metrics &m, int core) const;
    void paintBarsOnly(QPainter &painter, const QRect &area, const Metrics &m, int cores) const;
    void paintGraph(QPainter &painter, const QRect &box, int core) const;

    CpuUsageSampler m_ownSampler;
    QPointer<CpuUsageSampler> m_sampler;
    QList<QList<double>> m_history;  // oldest first; every entry has the same number of cores
};

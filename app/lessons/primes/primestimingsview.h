// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QLabel>

#include <functional>

class PrimesRunner;
class PrimesTimings;

// Every mode's last time on this machine, with its speedup over the last sequential run of the same
// language and numbers: what a class can look at without waiting. A table in rich text, reachable
// by keyboard and read by screen readers. GUI thread.
class PrimesTimingsView : public QLabel
{
    Q_OBJECT
public:
    // `modes` in the order shown; `runnerOf` and `titleOf` name and describe them. `timings` must
    // outlive this view.
    PrimesTimingsView(PrimesTimings *timings, QList<DemoId> modes, std::function<const PrimesRunner *(const DemoId &)> runnerOf,
                      std::function<QString(const DemoId &)> titleOf, QWidget *parent = nullptr);

private:
    void showTimings();

    PrimesTimings *m_timings;
    const QList<DemoId> m_modes;
    const std::function<const PrimesRunner *(const DemoId &)> m_runnerOf;
    const std::function<QString(const DemoId &)> m_titleOf;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "lessonpage.h"
#include "sleepersresult.h"

#include <map>

class AliveChart;
class QLabel;
class QSlider;
class QSpinBox;
class SleepersFigures;
class SleepersRunner;

// Lesson 4's page. Part A: the three ways to run two slow coroutines, each panel with its output in
// the order it was printed, and the same in CPython. Part B: N sleepers per model (typed, or on a
// log-scale slider, up to what this machine allows), C++ and CPython panels with live progress, the
// figures side by side, units alive over time and the event-loop lag. GUI thread.
class ManyTasksLessonPage : public LessonPage
{
    Q_OBJECT
public:
    explicit ManyTasksLessonPage(const LessonContext &context, QWidget *parent = nullptr);
    ~ManyTasksLessonPage() override;

    QSpinBox *countBox(SleepersModel model) const { return m_counts.at(model); }
    SleepersFigures *figures() const { return m_figures; }

    // The counts a new page starts with, before the user or --count changes them.
    static int defaultCount(SleepersModel model);

private:
    void addWaysPart();
    void addSleepersPart();
    QWidget *createCountControls();
    SleepersRunner *sleepersRunner(const DemoId &id) const;
    void applyCounts();
    void applyCommandLine();
    QLabel *partHeading(const QString &text);

    std::map<SleepersModel, QSpinBox *> m_counts;
    std::map<SleepersModel, QSlider *> m_sliders;
    SleepersFigures *m_figures = nullptr;
    AliveChart *m_alive = nullptr;
};

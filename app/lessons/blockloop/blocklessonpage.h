// SPDX-License-Identifier: MIT
#pragma once

#include "freezereport.h"
#include "lessonpage.h"


class ClickLatencyProbe;
class CpuLoopRunner;
class DemoRunner;
class FreezeComparison;
class QBoxLayout;
class QLabel;
class QSlider;

// Lesson 2: blocking the event loop. A coroutine that sleeps without awaiting freezes the whole
// window; the awaiting version beside it does not. The CPU-bound variants: a busy loop (frozen) and
// a cooperative one that yields every N iterations (a slider). After each run the page says what
// happened, with the numbers measured by the event-loop monitor, the spinners and the click probe,
// and a small table keeps the last "Block the loop" and "Await instead" runs side by side.
class BlockLessonPage : public LessonPage
{
    Q_OBJECT
public:
    // The context gives the runners of "block", "coroutine", "block-cpu" and "cooperative-cpu", the
    // event-loop monitor and the frame log the analysis reads.
    explicit BlockLessonPage(const LessonContext &context, QWidget *parent = nullptr);

    // The facts of the last analysed run (also shown as text on the page).
    const FreezeFacts &lastFacts() const { return m_lastFacts; }
    // The last blocking and awaiting runs side by side (shown in the table "freezeComparison").
    const FreezeComparison *comparison() const { return m_comparison; }

    // The slider's positions are powers of ten in quarter steps, from 1,000 to 10,000,000.
    static quint64 yieldEveryAt(int sliderPosition);

Q_SIGNALS:
    // A run of this lesson finished and was measured.
    void analysed(const FreezeFacts &facts);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void watch(DemoRunner *runner);
    void placeResults();   // the report beside the table, or under it when that leaves it too narrow
    void analyse(const DemoRunner *runner);
    void showYieldEvery(int sliderPosition);

    ClickLatencyProbe *m_clicks;
    CpuLoopRunner *m_cooperative = nullptr;
    QSlider *m_yieldSlider = nullptr;
    QLabel *m_yieldLabel = nullptr;
    QLabel *m_report = nullptr;
    QWidget *m_table = nullptr;        // the comparison, beside the report or under it
    QBoxLayout *m_results = nullptr;
    int m_stackedAtWidth = 0;          // the page's width when the report last went under the table
    FreezeComparison *m_comparison = nullptr;
    FreezeFacts m_lastFacts;
    QList<DemoRunner *> m_watched;   // the lesson's runners (the window's: they outlive the page)
};

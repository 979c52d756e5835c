// SPDX-License-Identifier: MIT
#pragma once

#include "counterresult.h"
#include "lessonpage.h"

class CounterControls;
class QLabel;
class QueueControls;

// Lesson 5's page: part A, the shared counter (N and M, one row of panels per model: threads,
// coroutines, processes, each panel's answer "161342 of 200000 (38658 lost)"), and part B, the
// queues. The values are remembered and may be given on the command line (--units, --increments).
class SharedStateLessonPage : public LessonPage
{
    Q_OBJECT
public:
    explicit SharedStateLessonPage(const LessonContext &context, QWidget *parent = nullptr);

private:
    QLabel *partHeading(const QString &text);
    QLabel *paragraph(const QString &text);
    void addCounterPart();
    void addQueuePart();
    void addPanelsRow(const QString &title, const QList<DemoId> &demos);
    void applyCounterParameters(const CounterParameters &parameters);
    CounterParameters savedCounterParameters() const;

    CounterControls *m_counterControls = nullptr;
    QueueControls *m_queueControls = nullptr;
};

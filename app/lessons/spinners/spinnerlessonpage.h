// SPDX-License-Identifier: MIT
#pragma once

#include "lessonpage.h"

// Lesson 1: one slow task, three ways (QThread, QProcess, QCoro), side by side, with "Run all" and
// "Cancel all".
class SpinnerLessonPage : public LessonPage
{
    Q_OBJECT
public:
    // `demos`: the panels, in order.
    SpinnerLessonPage(const QList<DemoId> &demos, const LessonContext &context, QWidget *parent = nullptr);
};

// SPDX-License-Identifier: MIT
#pragma once

#include "lessonpage.h"

#include <functional>

// Lesson 1: one slow task, three ways (QThread, QProcess, QCoro), side by side, with "Run all".
class SpinnerLessonPage : public LessonPage
{
    Q_OBJECT
public:
    // `runnerOf` gives the runner of each of spinnerDemoKinds (owned by the window).
    SpinnerLessonPage(const std::function<DemoRunner *(DemoKind)> &runnerOf, QWidget *parent = nullptr);

Q_SIGNALS:
    void runAllRequested();
    void cancelAllRequested();
};

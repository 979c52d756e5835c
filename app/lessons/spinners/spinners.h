// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "lesson.h"

// Lesson 1, "Spinners": one slow task, three ways. The demos (spinnersdemos.cpp, QtCore only) and
// the lesson with its page (spinners.cpp, widgets).
namespace SpinnersLesson {

// "thread" (QThread), "process" (QProcess child), "coroutine" (QCoro coroutine).
QList<Demo> demos();
Lesson lesson();
// Its "Predict first" question, answer, teacher notes and quotation (spinnersteaching.cpp).
Teaching teaching();

// Their steps in words (spinnerssteps.cpp).
QList<DemoStep> threadSteps();
QList<DemoStep> processSteps();
QList<DemoStep> coroutineSteps();

} // namespace SpinnersLesson

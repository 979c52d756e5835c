// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "lesson.h"
#include "sleepersresult.h"

// Lesson 4, "Many tasks": the three ways to run a coroutine (part A), and N sleepers at once as
// coroutines, threads and processes, in C++ and in CPython (part B). The demos (manytasksdemos.cpp,
// QtCore only) and the lesson with its page (manytasks.cpp, widgets).
namespace ManyTasksLesson {

QList<Demo> demos();
Lesson lesson();
// Its "Predict first" question, answer, teacher notes and quotation (manytasksteaching.cpp).
Teaching teaching();

// Part A's demos, in the order of their panels, and its CPython run.
QList<DemoId> waysDemos();
DemoId pythonWaysDemo();
// Part B's demos of `model`: C++ and CPython.
DemoId sleepersDemo(SleepersModel model, bool python);
QList<SleepersModel> sleepersModels();

// The steps in words (manytaskssteps.cpp).
QList<DemoStep> sequentialSteps();
QList<DemoStep> concurrentSteps();
QList<DemoStep> waitForSteps();
QList<DemoStep> pythonWaysSteps();
QList<DemoStep> sleepersSteps(SleepersModel model, bool python);

} // namespace ManyTasksLesson

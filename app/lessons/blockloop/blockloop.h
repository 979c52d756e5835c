// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "lesson.h"

// Lesson 2, "Block the loop": a coroutine that blocks the GUI thread's event loop, the same awaiting
// instead, and CPU-bound work with and without yielding. The demos (blockloopdemos.cpp, QtCore
// only) and the lesson with its page (blockloop.cpp, widgets).
namespace BlockLoopLesson {

// "block" (blocking sleep), "block-cpu" (busy loop), "cooperative-cpu" (yields every N).
QList<Demo> demos();
Lesson lesson();
// Its "Predict first" question, answer, teacher notes and quotation (blockloopteaching.cpp).
Teaching teaching();

// Their steps in words (blockloopsteps.cpp).
QList<DemoStep> blockingSleepSteps();
QList<DemoStep> busyLoopSteps();
QList<DemoStep> cooperativeLoopSteps();

} // namespace BlockLoopLesson

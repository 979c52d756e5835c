// SPDX-License-Identifier: MIT
#pragma once

#include "counterresult.h"
#include "demo.h"
#include "executionunit.h"
#include "lesson.h"
#include "queueorder.h"

// Lesson 5, "Shared state": a counter shared by N threads, coroutines and processes, with and
// without locks (part A), and one producer with K consumers passing items through each model's
// queue (part B). The demos (sharedstatedemos.cpp and its parts, QtCore only) and the lesson with
// its page (sharedstate.cpp, widgets).
namespace SharedStateLesson {

QList<Demo> demos();
Lesson lesson();
// Its "Predict first" question, answer, teacher notes and quotation (sharedstateteaching.cpp).
Teaching teaching();

// Part A's demos, in the order of their panels: threads, coroutines, processes.
QList<DemoId> threadCounterDemos();
QList<DemoId> coroutineCounterDemos();
QList<DemoId> processCounterDemos();
// Part B's demos, in the order of their panels.
QList<DemoId> queueDemos();

// A file of this lesson by its repository path, as the code viewer and the resources name it.
QString lessonFile(const char *name);
// Part A's N and M for a runner made alone: small for tests; for the classroom, the page sets N and
// M on every runner before any run, so a runner made alone (a test that cancels midway) gets the
// largest M, and its units are still counting when the cancel comes.
CounterParameters counterParametersFor(RunSize size);

// The descriptors, one file per group.
QList<Demo> threadCounterDescriptors();      // sharedstatedemos.cpp
QList<Demo> coroutineCounterDescriptors();   // sharedstatedemos.cpp
QList<Demo> processCounterDescriptors();     // processcounterdemos.cpp
QList<Demo> queueDescriptors();              // queuedemos.cpp

// The steps in words (sharedstatesteps.cpp): one list per kind of increment.
QList<DemoStep> threadCounterSteps(bool locked, bool atomic, bool longSection);
QList<DemoStep> coroutineCounterSteps(bool awaitInside, bool locked);
QList<DemoStep> processCounterSteps(bool sharedMemory, bool semaphore, bool messages);   // processcountersteps.cpp
QList<DemoStep> queueSteps(UnitKind model, QueueOrder order);   // queuesteps.cpp

} // namespace SharedStateLesson

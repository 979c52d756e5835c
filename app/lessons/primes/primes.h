// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "lesson.h"

// Lesson 3, "CPU-bound work across cores": the book's primes check (ch. 19) on the GUI thread, on one
// QThread, on N threads with Qt Concurrent, in N worker children, on N threads under a simulated GIL,
// and in real CPython (sequential, threads, processes). The demos (primesdemos.cpp, QtCore only) and
// the lesson with its page (primes.cpp, widgets).
namespace PrimesLesson {

QList<Demo> demos();
Lesson lesson();
// Its "Predict first" question, answer, teacher notes and quotation (primesteaching.cpp).
Teaching teaching();

// The steps in words (primessteps.cpp): the sequential check (sequential.py) and the workers'
// (threads.py, procs.py).
QList<DemoStep> sequentialSteps();
QList<DemoStep> threadSteps(const char *checkNumber);
QList<DemoStep> processSteps();
QList<DemoStep> gilReleaseSteps();
// The CPython modes': the work runs in the python3 child, the app reads its JSON lines.
QList<DemoStep> pythonSequentialSteps();
QList<DemoStep> pythonWorkerSteps(const char *startWorkers, const char *checkNumber);

} // namespace PrimesLesson

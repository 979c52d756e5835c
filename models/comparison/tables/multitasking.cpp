// SPDX-License-Identifier: MIT
// Preemptive vs cooperative multitasking.
#include "comparisoncontent.h"

constinit const ComparisonTableSpec ComparisonContent::multitaskingTable{
    "multitasking",
    QT_TR_NOOP("Preemptive vs cooperative multitasking"),
    QT_TR_NOOP("Threads and processes are preempted by the OS; coroutines (asyncio, QCoro) "
               "cooperate. Qt's event loop is cooperative too: every slot must return quickly."),
    {{QT_TR_NOOP("Aspect")}, {QT_TR_NOOP("Preemptive"), {"thread", "process"}},
     {QT_TR_NOOP("Cooperative"), eventLoopDemos}},
    {
        {{QT_TR_NOOP("Who switches"),
          QT_TR_NOOP("The OS scheduler, at any moment (in CPython, also the GIL: a thread that has "
                     "waited 5 ms for it asks the holder to drop it)."),
          {QT_TR_NOOP("The running task itself, only where it says so: await in Python, co_await "
                      "in C++."), "cooperative-cpu"}},
         {}, "who-switches"},
        {{QT_TR_NOOP("Python units"), QT_TR_NOOP("threading.Thread, multiprocessing.Process"),
          QT_TR_NOOP("asyncio coroutines and Tasks")}},
        {{QT_TR_NOOP("Qt units"), {QT_TR_NOOP("QThread, QtConcurrent::run, QProcess"), "thread"},
          {QT_TR_NOOP("QCoro coroutines; also plain slots and timers on the event loop"),
           "coroutine"}},
         {}, "qt-units"},
        {{QT_TR_NOOP("A task that never yields"),
          QT_TR_NOOP("Is interrupted anyway: the others keep running."),
          {QT_TR_NOOP("Blocks everything on its thread: in Qt, the whole window freezes."),
           "block-cpu"}},
         {}, "never-yields"},
        {{QT_TR_NOOP("Race conditions"),
          {QT_TR_NOOP("Possible at any instruction: protect shared data with locks or atomics."),
           "counter-threads-nolock"},
          {QT_TR_NOOP("No race conditions between two awaits: a task runs alone until it "
                      "yields. A value read before an await may be stale after it."),
           "counter-coroutines"}},
         {}, "races"},
        {{QT_TR_NOOP("Cost of a switch"), QT_TR_NOOP("A context switch in the kernel."),
          QT_TR_NOOP("No kernel involved: the coroutine returns to its event loop, which resumes "
                     "the next one. The resume is cheap; a turn of the loop is not free (lesson 5 "
                     "measures a few microseconds per increment when every coroutine yields).")}},
    },
};

// SPDX-License-Identifier: MIT
// Lesson 3's teaching aids: the question the class answers before the parallel modes run, notes for
// the teacher, and the chapter's epigraph.
#include "primes.h"

using namespace Qt::Literals::StringLiterals;

namespace PrimesLesson {

Teaching teaching()
{
    return {
        QT_TRANSLATE_NOOP("Lesson", "Two threads on two cores: how much faster than one thread? And in CPython, where the GIL "
                                    "lets one thread at a time run Python bytecode?"),
        QT_TRANSLATE_NOOP("Lesson", "In C++ nearly twice as fast when nothing else keeps the cores busy (more threads: faster "
                                    "up to the number of cores, but never faster than the largest number checked alone): look at the Speedup column under “Last times on this "
                                    "machine”, measured against the last sequential run, and at the CPU bars, every core "
                                    "busy. Under the simulated GIL and in CPython the threads take turns and gain nothing: "
                                    "about 1x, one core's worth of work in all. In CPython only processes use every core."),
        {
            QT_TRANSLATE_NOOP("Lesson", "Run “Sequential, one QThread” first: each speedup is measured against the last "
                                        "sequential run of the same language."),
            QT_TRANSLATE_NOOP("Lesson", "Usual wrong answer for CPython: “twice as fast, there are two threads”. The GIL lets "
                                        "one thread at a time run Python bytecode, so CPU-bound threads take turns."),
            QT_TRANSLATE_NOOP("Lesson", "Point at the CPU bars: one core's worth of work for one thread or under the GIL, "
                                        "every core busy for Qt Concurrent and for the processes."),
            QT_TRANSLATE_NOOP("Lesson", "CPython's processes do use every core, after a start-up cost: compare “CPython, N "
                                        "processes” with “CPython, N threads”. The chapter's rule: processes for CPU-bound "
                                        "Python code, threads for I/O-bound work."),
            QT_TRANSLATE_NOOP("Lesson", "Tick “One core only”: the same threads still take turns (concurrency) but never run "
                                        "at the same instant (no parallelism). Pike's structure and execution, side by side."),
            QT_TRANSLATE_NOOP("Lesson", "Where CPython threads do help: C code that releases the GIL (“CPython threads: hashlib "
                                        "vs is_prime()”), and waiting (lesson 4)."),
            QT_TRANSLATE_NOOP("Lesson", "Start simple: time the sequential version first. Concurrency is worth its complexity "
                                        "only where a measurement says the time goes."),
        },
        {u"primes-concurrent"_s, u"primes-gil"_s, u"primes-python-threads"_s},
        {QT_TRANSLATE_NOOP("Lesson", "Concurrency is about dealing with lots of things at once. Parallelism is about doing lots "
                                     "of things at once. Not the same, but related. One is about structure, one is about "
                                     "execution."),
         QT_TRANSLATE_NOOP("Lesson", "Rob Pike, in his talk “Concurrency Is Not Parallelism”, quoted in Fluent Python, 2nd "
                                     "edition, chapter 19")},
    };
}

} // namespace PrimesLesson

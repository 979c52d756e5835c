// SPDX-License-Identifier: MIT
// Lesson 5's teaching aids: the question the class answers before the counters run, and notes for
// the teacher.
#include "sharedstate.h"

using namespace Qt::Literals::StringLiterals;

namespace SharedStateLesson {

Teaching teaching()
{
    return {
        QT_TRANSLATE_NOOP("Lesson", "N threads each add one to a shared counter M times, without a lock: what total do they "
                                    "reach? And N coroutines that never await inside the increment?"),
        QT_TRANSLATE_NOOP("Lesson", "Threads: usually less than N x M, and a different total on each run. Look at “lost” in "
                                    "the “Threads, no lock” panel: an update is lost when another thread writes between a "
                                    "read and its write. (Now and then a run loses none, when the threads barely overlap: run "
                                    "it again, or tick “Yield between read and write”.) Coroutines without an await inside: "
                                    "exactly N x M, every time, since they switch only at a co_await. With a co_await between "
                                    "the read and the write (“Coroutines, await inside”) only M of the N x M remain."),
        {
            QT_TRANSLATE_NOOP("Lesson", "Write the class's guesses on the board, then run “Threads, no lock”. Run it again: "
                                        "the total changes, and a run may even lose none. A race gives a different answer "
                                        "each time, which is why tests rarely catch it."),
            QT_TRANSLATE_NOOP("Lesson", "Usual wrong answer: “N x M, each thread adds its share”. counter += 1 is a read, an "
                                        "add and a write; another thread's write in between is overwritten."),
            QT_TRANSLATE_NOOP("Lesson", "Lose one update by hand: “2 x 1, for step mode”, turn on Step mode, step one thread "
                                        "past its read, the other through its increment, then the first: 1 of 2."),
            QT_TRANSLATE_NOOP("Lesson", "Usual wrong answer for coroutines: “they run concurrently, so they race too”. They "
                                        "take turns only at an await: no await inside the increment, nothing lost."),
            QT_TRANSLATE_NOOP("Lesson", "The fixes: a QMutex (threading.Lock), one atomic fetch_add, an async lock for the "
                                        "coroutines. Processes share nothing until given shared memory."),
            QT_TRANSLATE_NOOP("Lesson", "In CPython 3.11 counter_threads_nolock.py loses nothing in practice without --widen: "
                                        "it switches threads only at calls and backward jumps. A detail of today's "
                                        "interpreter, not a promise of the language: use a lock."),
        },
        {u"counter-threads-nolock"_s, u"counter-coroutines"_s, u"counter-coroutines-await"_s},
    };
}

} // namespace SharedStateLesson

// SPDX-License-Identifier: MIT
// Lesson 1's teaching aids: the question the class answers before "Run all", and notes for the teacher.
#include "spinners.h"

using namespace Qt::Literals::StringLiterals;

namespace SpinnersLesson {

Teaching teaching()
{
    return {
        QT_TRANSLATE_NOOP("Lesson", "While the slow task sleeps on a thread, in a child process and as a coroutine, which of the "
                                    "three spinners keep turning?"),
        QT_TRANSLATE_NOOP("Lesson", "All three. Look at the spinners, then at “Run by” in each panel: a worker thread, a child "
                                    "process, the GUI thread. The GUI thread paints every spinner, and none of the three slow "
                                    "tasks holds it: the thread and the child sleep elsewhere, and the coroutine awaits its "
                                    "sleep, so the event loop goes on painting while it waits."),
        {
            QT_TRANSLATE_NOOP("Lesson", "Ask for a show of hands for each panel, then press Run all (Ctrl+R)."),
            QT_TRANSLATE_NOOP("Lesson", "Usual wrong answer: “the coroutine runs on the GUI thread, so its spinner stops”. It "
                                        "turns: co_await hands the thread back to the event loop until the sleep is over."),
            QT_TRANSLATE_NOOP("Lesson", "Point at “Run by”: only the coroutine runs on the GUI thread, the very thread that "
                                        "paints the spinners."),
            QT_TRANSLATE_NOOP("Lesson", "In the book the spinner moves to the thread, the process or the asyncio task and "
                                        "slow() stays in the main flow; in Qt only the GUI thread paints, so the slow task moves. "
                                        "The lesson is the same."),
            QT_TRANSLATE_NOOP("Lesson", "Follow-up: what if slow() called time.sleep(3) instead of awaiting asyncio.sleep(3)? "
                                        "Only the coroutine's case changes: the whole window freezes. Lesson 2 shows it."),
            QT_TRANSLATE_NOOP("Lesson", "Press Cancel during a run: the thread is woken, the child gets SIGTERM, the coroutine's "
                                        "sleep ends at once. Each model stops in its own way."),
            QT_TRANSLATE_NOOP("Lesson", "Nothing here needs a second core: these are three ways to structure a program that "
                                        "deals with two things at once (concurrency, not parallelism; lesson 3)."),
        },
        {u"thread"_s, u"process"_s, u"coroutine"_s},
    };
}

} // namespace SpinnersLesson

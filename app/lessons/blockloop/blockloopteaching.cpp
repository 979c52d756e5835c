// SPDX-License-Identifier: MIT
// Lesson 2's teaching aids: the question the class answers before "Block the loop", and notes for the teacher.
#include "blockloop.h"

using namespace Qt::Literals::StringLiterals;

namespace BlockLoopLesson {

Teaching teaching()
{
    return {
        QT_TRANSLATE_NOOP("Lesson", "A coroutine on the GUI thread calls a blocking sleep instead of awaiting one: what happens "
                                    "to the spinners and the buttons meanwhile?"),
        QT_TRANSLATE_NOOP("Lesson", "Everything freezes until the sleep returns: every spinner stops, since one thread paints "
                                    "them all, and buttons and clicks wait. Look at the report below the lag meter: the event "
                                    "loop was blocked for the whole sleep and the spinners painted none (or next to none) of their frames; "
                                    "a click made meanwhile is handled only when the loop comes back (the report says how "
                                    "late). The busy loop freezes it the same way; “Await instead” keeps everything alive."),
        {
            QT_TRANSLATE_NOOP("Lesson", "Ask first, then press Block the loop (Ctrl+B) and have someone click a button during "
                                        "the freeze."),
            QT_TRANSLATE_NOOP("Lesson", "Usual wrong answer: “only that coroutine's spinner stops”. One thread runs the event "
                                        "loop: while it sleeps, nothing is painted and no click is handled."),
            QT_TRANSLATE_NOOP("Lesson", "Point at the spike of the lag meter and at the report: frames painted, and how late "
                                        "the click was handled."),
            QT_TRANSLATE_NOOP("Lesson", "Then press Await instead (Ctrl+Shift+B): the same coroutine, the same time, everything "
                                        "turns. The fix is the await, not a thread."),
            QT_TRANSLATE_NOOP("Lesson", "The busy loop freezes the window too: a coroutine that computes without awaiting never "
                                        "gives the loop back."),
            QT_TRANSLATE_NOOP("Lesson", "The cooperative loop yields every N iterations: move the slider and compare the lag "
                                        "with the total time. Smaller N, smoother spinners, longer run."),
            QT_TRANSLATE_NOOP("Lesson", "The chapter's point: one blocking call in a coroutine stops the whole event loop. Hand "
                                        "blocking or CPU-heavy work to a thread or a process, and await its result."),
        },
        {u"block"_s, u"block-cpu"_s},
    };
}

} // namespace BlockLoopLesson

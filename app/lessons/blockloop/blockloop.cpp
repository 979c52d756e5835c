// SPDX-License-Identifier: MIT
#include "blockloop.h"

#include "blocklessonpage.h"

using namespace Qt::Literals::StringLiterals;

namespace BlockLoopLesson {

Lesson lesson()
{
    return {
        u"block-loop"_s,
        QT_TRANSLATE_NOOP("Lesson", "Block the loop"),
        demos(),
        {
            {QT_TRANSLATE_NOOP("Lesson", "&Block the Loop"), u"Ctrl+B"_s, {u"block"_s}, {}},
            {QT_TRANSLATE_NOOP("Lesson", "A&wait Instead"), u"Ctrl+Shift+B"_s, {u"coroutine"_s}, {}},
            {QT_TRANSLATE_NOOP("Lesson", "Busy Loop (CPU)"), {}, {u"block-cpu"_s}, {}},
            {QT_TRANSLATE_NOOP("Lesson", "Cooperative Loop (CPU)"), {}, {u"cooperative-cpu"_s}, {}},
        },
        [](const LessonContext &context) { return new BlockLessonPage(context); },
        {},
        teaching(),
    };
}

} // namespace BlockLoopLesson

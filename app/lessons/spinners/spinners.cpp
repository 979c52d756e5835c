// SPDX-License-Identifier: MIT
#include "spinners.h"

#include "spinnerlessonpage.h"

using namespace Qt::Literals::StringLiterals;

namespace SpinnersLesson {

Lesson lesson()
{
    const QList<DemoId> all{u"thread"_s, u"process"_s, u"coroutine"_s};
    return {
        u"spinners"_s,
        QT_TRANSLATE_NOOP("Lesson", "Spinners"),
        demos(),
        {
            {nullptr, u"Ctrl+1"_s, {u"thread"_s}, {}},
            {nullptr, u"Ctrl+2"_s, {u"process"_s}, {}},
            {nullptr, u"Ctrl+3"_s, {u"coroutine"_s}, {}},
            {QT_TRANSLATE_NOOP("Lesson", "Run &all"), u"Ctrl+R"_s, all, u"all"_s},
        },
        [all](const LessonContext &context) { return new SpinnerLessonPage(all, context); },
        {},
        teaching(),
    };
}

} // namespace SpinnersLesson

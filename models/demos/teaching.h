// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A lesson's teaching aids, as data: the "Predict first" question the class answers before any run,
// the answer a finished run of the lesson's demos reveals, short notes for the teacher and, where the
// chapter has one, a quotation. Part of the Lesson description (app/lessons/lesson.h); the page shows
// it (widgets/lesson/teachingaids.h). Plain data; the texts are untranslated sources with the context
// "Lesson" (QT_TRANSLATE_NOOP("Lesson", ...)), translated when asked for. Any thread.
struct Teaching {
    // Words quoted exactly, with who said them and where (never a paraphrase in quotation marks).
    struct Quote {
        const char *text = nullptr;     // the exact words
        const char *source = nullptr;   // "Rob Pike, in his talk ..."
    };

    const char *question = nullptr;   // one or two lines: it sits above the Run buttons
    const char *answer = nullptr;     // points at what a run of `answeredBy` shows ("Look at ...")
    QList<const char *> notes = {};   // 4 to 8 short lines: what to say, to point at, the usual wrong answer
    // The demos whose finished run (State::Done) answers the question; empty: any demo on the page.
    QList<DemoId> answeredBy = {};
    Quote quote = {};                 // optional

    static QString translated(const char *source) { return source ? QCoreApplication::translate("Lesson", source) : QString(); }
    QString translatedQuestion() const { return translated(question); }
    QString translatedAnswer() const { return translated(answer); }
    QStringList translatedNotes() const
    {
        QStringList lines;
        for (const char *note : notes)
            lines << translated(note);
        return lines;
    }
    QString translatedQuoteText() const { return translated(quote.text); }
    QString translatedQuoteSource() const { return translated(quote.source); }

    // Whether there is anything to show: a question with its answer.
    bool hasQuestion() const { return question && *question && answer && *answer; }
    // Whether a finished run of demo `id` answers the question.
    bool isAnsweredBy(const DemoId &id) const { return answeredBy.isEmpty() || answeredBy.contains(id); }
};

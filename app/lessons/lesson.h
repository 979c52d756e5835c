// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"
#include "teaching.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class LessonPage;
struct LessonContext;   // widgets/lesson/lessoncontext.h

// An entry of the Lesson menu: runs one or more demos, with an optional shortcut, and may also be a
// --run value ("all").
struct LessonAction {
    const char *text = nullptr;   // QT_TRANSLATE_NOOP("Lesson", "Run &all"); null: "Run the <title> demo"
    QString shortcut;             // portable text, e.g. "Ctrl+1"; empty: none
    QList<DemoId> demos;          // run in this order
    QString commandLineName;      // a --run value besides the demo ids; empty: none
};

// A command-line option of a lesson (e.g. --workers N), shown in --help and checked before the window
// opens; its value reaches the lesson's page (LessonContext::commandLine).
struct LessonOption {
    QString name;                        // "workers": --workers; [a-z0-9-]+, unique across lessons
    const char *description = nullptr;   // QT_TRANSLATE_NOOP("Lesson", "...")
    const char *valueName = nullptr;     // QT_TRANSLATE_NOOP("Lesson", "count")
    // A translated "what is wrong" for a value the lesson cannot use; empty when it is fine.
    std::function<QString(const QString &value)> check;

    QString translatedDescription() const { return QCoreApplication::translate("Lesson", description); }
    QString translatedValueName() const { return QCoreApplication::translate("Lesson", valueName); }
};

// One lesson: a unit. Its folder (app/lessons/<name>/) holds its demos (runners, step texts,
// listings, Python counterparts), its page and this description; the registry lists it with one
// line (LessonRegistry::standard()). The window's tabs, the Lesson menu, --run, the code viewer,
// reports and the headless driver all read it. Texts are untranslated sources (context "Lesson").
struct Lesson {
    QString id;                    // stable: "spinners"
    const char *title = nullptr;   // QT_TRANSLATE_NOOP("Lesson", "Spinners")
    QList<Demo> demos;             // the demos this lesson registers (its page may show others too)
    QList<LessonAction> actions;   // its entries in the Lesson menu, in order
    // The lesson's page; the window owns it. `context` gives runners and shared measurements.
    std::function<LessonPage *(const LessonContext &context)> makePage;
    QList<LessonOption> options = {};   // its command-line options
    // Its "Predict first" question and answer, teacher notes and quotation (Teaching, texts in the
    // lesson's folder): every registered lesson has a question, an answer and notes.
    Teaching teaching = {};

    QString translatedTitle() const { return QCoreApplication::translate("Lesson", title); }
};

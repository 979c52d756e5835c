// SPDX-License-Identifier: MIT
#include "primes.h"

#include "primeslessonpage.h"
#include "primessweeppanel.h"
#include "primesresult.h"

using namespace Qt::Literals::StringLiterals;

namespace PrimesLesson {

namespace {

QString checkWorkers(const QString &value)
{
    bool ok = false;
    const int workers = value.toInt(&ok);
    if (ok && workers >= 1 && workers <= PrimesParameters::maximumWorkers())
        return {};
    //: %1: the largest worker count (twice the cores), %2: what was given
    return QCoreApplication::translate("Lesson", "--workers takes a whole number from 1 to %1, not \"%2\".")
        .arg(PrimesParameters::maximumWorkers())
        .arg(value);
}

QString checkNumbers(const QString &value)
{
    if (PrimeNumbers::setFromId(value))
        return {};
    return QCoreApplication::translate("Lesson", "--numbers takes book or quick, not \"%1\".").arg(value);
}

QString checkSweep(const QString &value)
{
    if (PrimesSweepPanel::curvesIds().contains(value))
        return {};
    return QCoreApplication::translate("Lesson", "--sweep takes %1, not \"%2\".").arg(PrimesSweepPanel::curvesIds().join(u", "_s), value);
}

} // namespace

Lesson lesson()
{
    const QList<DemoId> cpp = PrimesLessonPage::cppModes();
    const QList<DemoId> python = PrimesLessonPage::pythonModes() + QList<DemoId>{PrimesLessonPage::gilReleaseDemo()};
    return {
        u"primes"_s,
        QT_TRANSLATE_NOOP("Lesson", "CPU-bound work"),
        demos(),
        {
            {QT_TRANSLATE_NOOP("Lesson", "Primes: All C++ Modes"), {}, cpp, u"primes-cpp"_s},
            {QT_TRANSLATE_NOOP("Lesson", "Primes: All CPython Modes"), {}, python, u"primes-python"_s},
            {QT_TRANSLATE_NOOP("Lesson", "Primes: Every Mode"), {}, cpp + python, u"primes-all"_s},
        },
        [](const LessonContext &context) { return new PrimesLessonPage(context); },
        {
            {u"workers"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 3: threads or processes for the parallel modes (1 to twice the cores; default: the cores)."),
             QT_TRANSLATE_NOOP("Lesson", "count"), checkWorkers},
            {u"numbers"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 3: the numbers to check, book (the book's 20) or quick (20 smaller ones)."),
             QT_TRANSLATE_NOOP("Lesson", "set"), checkNumbers},
            {u"sweep"_s, QT_TRANSLATE_NOOP("Lesson", "Lesson 3: sweep N = 1 to twice the cores at once: cpp, python, all or gil."),
             QT_TRANSLATE_NOOP("Lesson", "curves"), checkSweep},
        },
        teaching(),
    };
}

} // namespace PrimesLesson

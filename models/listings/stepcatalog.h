// SPDX-License-Identifier: MIT
#pragma once

#include "demokind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What each step of a demo does, in words: a short title and an explanation that puts the Qt code
// beside its Python counterpart. Texts are translated when asked for (QT_TRANSLATE_NOOP in the
// tables, context "StepCatalog"), so a language switch at runtime shows in the next call. Any thread.
class StepCatalog
{
    Q_DECLARE_TR_FUNCTIONS(StepCatalog)
public:
    // The steps of `kind`, in order (from the DemoSources table).
    static QStringList stepIds(DemoKind kind);
    // Whether some demo uses step `id`.
    static bool isKnown(QStringView id);
    // Translated short title, e.g. "The slow task sleeps"; `id` itself when unknown.
    static QString title(QStringView id);
    // Translated explanation of step `id` in demo `kind`: the demo's own text when it has one, the
    // common text otherwise; empty when unknown.
    static QString explanation(QStringView id, DemoKind kind);
    // "3/7 The slow task sleeps": position and title, translated.
    static QString numberedTitle(QStringView id, DemoKind kind);
};

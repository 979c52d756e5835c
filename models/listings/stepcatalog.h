// SPDX-License-Identifier: MIT
#pragma once

#include "demo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What each step of a demo does, in words, from the demo's descriptor (DemoListings::steps): a
// short title and an explanation that puts the Qt code beside its Python counterpart. Texts are
// translated when asked for (context "StepCatalog"), so a language switch shows in the next call.
// Any thread.
class StepCatalog
{
    Q_DECLARE_TR_FUNCTIONS(StepCatalog)
public:
    // The steps of `demo`, in order.
    static QStringList stepIds(const Demo &demo);
    // Translated short title, e.g. "The slow task sleeps"; `id` itself when the demo has no such step.
    static QString title(const Demo &demo, QStringView id);
    // Translated explanation of step `id` in `demo`; empty when unknown.
    static QString explanation(const Demo &demo, QStringView id);
    // "3/7  The slow task sleeps": position and title, translated.
    static QString numberedTitle(const Demo &demo, QStringView id);
};

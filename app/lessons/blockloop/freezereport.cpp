// SPDX-License-Identifier: MIT
#include "freezereport.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

QString FreezeReport::overlapTitles(const FreezeFacts &facts, const DemoTitleFunction &titleOf)
{
    QStringList titles;
    for (const DemoId &other : facts.overlappedBy)
        titles << (titleOf ? titleOf(other) : other);
    //: Separates the titles of demos that ran at the same time: "Blocking sleep, Busy loop"
    return titles.join(tr(", "));
}

QString FreezeReport::describe(const FreezeFacts &facts, const QString &demoTitle, const DemoTitleFunction &titleOf)
{
    QStringList sentences;
    const QString &demo = demoTitle;
    // From start to answer, less the awaited lead-in some demos begin with: the runs compare.
    const qint64 workMs = std::max<qint64>(0, facts.totalMs - facts.leadInMs);
    if (facts.heldMs > 0) {
        sentences << tr("%1: the event loop was blocked for %2 ms.").arg(demo).arg(facts.heldMs);
        if (facts.framesExpected > 0) {
            sentences << tr("Meanwhile the spinners painted %1 of the %2 frames they should have painted.")
                             .arg(facts.framesPainted).arg(facts.framesExpected);
        }
        if (facts.clickIntoFreezeMs && facts.clickLateMs) {
            sentences << tr("The click you made %1 s into the freeze was handled %2 ms late.")
                             .arg(*facts.clickIntoFreezeMs / 1000.0, 0, 'f', 1)
                             .arg(*facts.clickLateMs);
        } else if (facts.clickLateMs) {
            sentences << tr("A click made during the freeze was handled only when the loop came back, %1 ms late.")
                             .arg(*facts.clickLateMs);
        }
    } else {
        sentences << tr("%1: the work took %2 ms in all; the event loop was never late by more than %3 ms (p99 %4 ms).")
                         .arg(demo).arg(workMs).arg(facts.longestLagMs).arg(facts.p99LagMs);
        if (facts.yieldEvery > 0)
            sentences << tr("It gave the loop %L1 turns, one every %L2 iterations.").arg(facts.yields).arg(facts.yieldEvery);
    }
    if (facts.heldMs > 0 && facts.leadInMs > 0)
        sentences << tr("The work itself took %1 ms, after a %2 ms awaited lead-in.").arg(workMs).arg(facts.leadInMs);
    else if (facts.heldMs > 0)
        sentences << tr("The work itself took %1 ms.").arg(workMs);
    else if (facts.leadInMs > 0)
        sentences << tr("A %1 ms awaited lead-in came before the work.").arg(facts.leadInMs);
    if (!facts.overlappedBy.isEmpty())
        //: %1: the demos that ran at the same time, e.g. "Blocking sleep"
        sentences << tr("It ran while %1 ran too: these numbers include that run's effect. Run it alone to compare.")
                         .arg(overlapTitles(facts, titleOf));
    return sentences.join(u' ');
}

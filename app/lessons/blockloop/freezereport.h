// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// What a run of lesson 2 did to the event loop, in numbers, and the same in plain words for the
// room. Computed by FreezeAnalysis from the run's trace, the frame log, the event-loop monitor's lag
// and the clicks. Pure data; GUI-thread agnostic.
struct FreezeFacts {
    DemoId demo;
    qint64 totalMs = 0;              // the run, start to answer
    qint64 leadInMs = 0;             // of that, awaited before the work began (the demo's lead-in); 0: none
    qint64 heldMs = 0;               // how long it held the loop without a break (0: it never did)
    qint64 longestLagMs = 0;         // the event-loop monitor's longest gap during the run
    qint64 p99LagMs = 0;
    // By the spinners that were turning throughout the hold, or, for a run that never held the
    // loop, throughout its work (after the lead-in).
    int framesExpected = 0;
    int framesPainted = 0;
    quint64 yields = 0;              // cooperative runs: turns given to the event loop
    quint64 yieldEvery = 0;          // cooperative runs: iterations between two turns
    std::optional<qint64> clickIntoFreezeMs;  // a click made during the freeze, that long after it began
    std::optional<qint64> clickLateMs;        // ... and handled that late (or one made during the work
                                              // of a run that never held the loop)
    // The lesson's other demos that ran at the same time (in part): their effect on the loop is in
    // these numbers (an Await started while Block held the loop measures Block's freeze), so the run
    // does not compare. Empty: it ran alone.
    QList<DemoId> overlappedBy;
};

class FreezeReport
{
    Q_DECLARE_TR_FUNCTIONS(FreezeReport)
public:
    // Several short sentences, translated, e.g. "Blocking sleep: the event loop was blocked for
    // 2003 ms. Meanwhile the spinners painted 0 of the 120 frames they should have painted. The click
    // you made 0.8 s into the freeze was handled 1203 ms late. The work itself took 2010 ms, after a
    // 301 ms awaited lead-in." Work times leave the lead-in out, so that runs compare.
    // `demoTitle`: the demo's translated title. A run that overlapped others (facts.overlappedBy) ends
    // by saying so; `titleOf` names them (translated).
    static QString describe(const FreezeFacts &facts, const QString &demoTitle, const DemoTitleFunction &titleOf = {});
    // The translated titles of the demos the run overlapped, in one line; empty when it ran alone.
    static QString overlapTitles(const FreezeFacts &facts, const DemoTitleFunction &titleOf);
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

// What the GUI thread does, step by step, around the work of one run: before the work starts, and
// after its result is in. Plain data, read by DemoRunner; each demo's descriptor picks its script
// (the book's spinner script around the slow task is SlowTask::script()).
//
// In step mode the GUI thread waits at every entry that has a step id, without blocking its event
// loop: the entry's action is deferred until Step. An entry without an id acts at once.
struct StepScript {
    enum class Action {
        None,
        StartSpinner,    // the demo's spinner starts turning
        StartWork,       // the run's work starts (its unit takes over)
        StopSpinner,
        PublishResult,   // the result becomes the runner's; the run is Done
    };
    struct Step {
        QString id;      // a step marker id ("start-spinner"); empty: not a step, just the action
        Action action = Action::None;
    };

    QList<Step> beforeWork;    // must contain StartWork exactly once
    QList<Step> afterResult;   // must contain PublishResult exactly once
};

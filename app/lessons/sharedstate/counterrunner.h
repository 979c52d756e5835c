// SPDX-License-Identifier: MIT
#pragma once

#include "counterresult.h"
#include "typeddemorunner.h"

// What every part A runner is, whatever counts (threads, coroutines, processes): the page sets N and
// M on each through this one type.
using CounterRunner = TypedDemoRunner<CounterParameters, CounterResult>;

// The GUI thread's steps around units that start at once (threads, coroutines): start-units, then,
// once they have joined, report.
inline StepScript unitsCounterScript()
{
    using namespace Qt::Literals::StringLiterals;
    return {{{u"start-units"_s, StepScript::Action::StartWork}}, {{u"report"_s, StepScript::Action::PublishResult}}};
}

// SPDX-License-Identifier: MIT
#pragma once

#include "counterresult.h"
#include "typeddemorunner.h"

// What every part A runner is, whatever counts (threads, coroutines, processes): the page sets N and
// M on each through this one type.
using CounterRunner = TypedDemoRunner<CounterParameters, CounterResult>;

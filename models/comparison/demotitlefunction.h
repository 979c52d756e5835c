// SPDX-License-Identifier: MIT
#pragma once

#include "demoid.h"

#include <functional>

// Turns a demo's id into its translated title ("process" -> "QProcess"), for display only. The
// comparison classes know demos by id alone: the app passes its registry's titles. An empty function
// stands for demoIdAsTitle().
using DemoTitleFunction = std::function<QString(const DemoId &)>;

// The default title: the id itself.
inline QString demoIdAsTitle(const DemoId &id)
{
    return id;
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// A demo's stable, untranslated id: "thread", "process", "block", ... It is what the command line
// (--run), reports, settings and the comparison tables' links use, and what the lesson registry keys
// demos by. Never translated, never shown as a title (views ask the demo's descriptor for that).
using DemoId = QString;

// SPDX-License-Identifier: MIT
#pragma once

#include "lesson.h"

// A test-only lesson, built the way a new lesson is: one demo whose runner answers its parameter
// ("Echo: 7") after one turn of the event loop (no thread, no child), and a page with its panel.
// Tests register it with LessonRegistry::add() to show that one line is all a lesson needs.
namespace EchoLesson {

// The demo `id`, titled "Echo", showing the comparison rows `provesRows` live. Its listing borrows
// the thread demo's files: the code viewer only needs embedded, marked files.
Demo demo(const DemoId &id, const QStringList &provesRows = {});
// "echo-lesson", titled "Echo lesson", with `demo`, one Lesson-menu entry (Ctrl+9, also
// `--run echo-all`) and a page ("echoLesson") holding the demo's panel.
Lesson lesson(const Demo &demo);

} // namespace EchoLesson

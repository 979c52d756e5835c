// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>

// The keys of the window's own actions, in one place: each action takes its key from here, and the
// lesson registry refuses a lesson's shortcut among reserved() (two actions with one key are
// ambiguous to Qt: neither fires, and the window's key would stop working). Any thread.
namespace WindowKeys {

inline QKeySequence step() { return QKeySequence(Qt::Key_F10); }
inline QKeySequence continueRuns() { return QKeySequence(Qt::Key_F5); }
// F11 on every platform theme (QKeySequence::FullScreen is empty on some).
inline QKeySequence presentationMode() { return QKeySequence(Qt::Key_F11); }
// Cancel All; while presenting, leave presentation mode.
inline QKeySequence cancelAll() { return QKeySequence(Qt::Key_Escape); }
inline QKeySequence runInPython() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P); }
// The platform's Zoom In, plus Ctrl+= (on most keyboards "+" needs Shift; "=" is the key beside it).
QList<QKeySequence> zoomIn();
inline QList<QKeySequence> zoomOut() { return QKeySequence::keyBindings(QKeySequence::ZoomOut); }
inline QKeySequence resetZoom() { return QKeySequence(Qt::CTRL | Qt::Key_0); }
inline QKeySequence nextLesson() { return QKeySequence(Qt::Key_PageDown); }
inline QKeySequence previousLesson() { return QKeySequence(Qt::Key_PageUp); }
// 1 to 9: the demos of the lesson on screen, in the order of its panels.
constexpr int lessonDemoKeys = 9;
inline QKeySequence lessonDemo(int number) { return QKeySequence(Qt::Key_0 + number); }

// Every key above, Quit, Full Screen and Copy, and Alt+1 to Alt+9 (the lesson tabs' mnemonics), each
// as one QKeySequence::PortableText string. Callable before the application object exists (the
// standard keys' usual bindings then; the platform's own once a QGuiApplication exists).
// zoomIn() and zoomOut() need the QGuiApplication.
QList<QString> reserved();

} // namespace WindowKeys

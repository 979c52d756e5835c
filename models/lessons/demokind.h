// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

// The demos of the app. Adding one: a value here, its id and its title in demokind.cpp.
enum class DemoKind {
    Thread,     // lesson 1: slow task on a QThread (Python: threading.Thread)
    Process,    // lesson 1: slow task in a QProcess child (Python: multiprocessing.Process)
    Coroutine,  // lesson 1: slow task as a QCoro coroutine (Python: asyncio task)
    BlockLoop,  // lesson 2: a coroutine that calls a blocking sleep (Python: time.sleep in async def)
    BlockCpu,   // lesson 2: a coroutine that computes without awaiting
    CooperativeCpu, // lesson 2: the same computation, yielding to the event loop every N iterations
};

// Lesson 1, "Run all" and `--run all`.
inline constexpr std::array spinnerDemoKinds{DemoKind::Thread, DemoKind::Process, DemoKind::Coroutine};
// Lesson 2: the demos that hold the GUI thread.
inline constexpr std::array loopBlockingDemoKinds{DemoKind::BlockLoop, DemoKind::BlockCpu, DemoKind::CooperativeCpu};
inline constexpr std::array allDemoKinds{DemoKind::Thread, DemoKind::Process, DemoKind::Coroutine,
                                         DemoKind::BlockLoop, DemoKind::BlockCpu, DemoKind::CooperativeCpu};

namespace DemoKinds {
// Stable, untranslated id used on the command line, in reports and in settings ("thread", ...).
QString id(DemoKind kind);
std::optional<DemoKind> fromId(QStringView id);
// Translated title naming the Qt model, e.g. "QThread".
QString title(DemoKind kind);
// Translated name of the Python counterpart, e.g. "threading.Thread".
QString pythonCounterpart(DemoKind kind);
} // namespace DemoKinds

// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Whether processes still run, counting a zombie (dead, waiting to be reaped) as gone: the workers
// of a killed script become orphans that init reaps in its own time (about a second in some
// containers), yet they run nothing from the moment they die. Linux reads /proc; elsewhere a
// zombie counts as alive (kill(pid, 0)). Any thread.
namespace ProcessGroup {

// Whether the process `pid` exists and is not a zombie.
bool isRunning(qint64 pid);
// Whether the process `pid` exists and is stopped (SIGSTOP, a debugger); false where unknown.
bool isStopped(qint64 pid);
// Whether any process of the process group `group` exists and is not a zombie.
bool hasRunningMembers(qint64 group);

} // namespace ProcessGroup

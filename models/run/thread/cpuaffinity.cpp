// SPDX-License-Identifier: MIT
#include "cpuaffinity.h"

#ifdef Q_OS_LINUX
#include <sched.h>
#endif

namespace CpuAffinity {

#ifdef Q_OS_LINUX
namespace {

// The cores the process may use, as it started (read once, before any thread of ours was pinned).
const cpu_set_t &startingCores()
{
    static const cpu_set_t cores = [] {
        cpu_set_t set;
        CPU_ZERO(&set);
        if (::sched_getaffinity(0, sizeof set, &set) != 0)
            CPU_SET(0, &set);
        return set;
    }();
    return cores;
}

cpu_set_t oneCoreSet()
{
    cpu_set_t one;
    CPU_ZERO(&one);
    for (int core = 0; core < CPU_SETSIZE; ++core) {
        if (CPU_ISSET(core, &startingCores())) {
            CPU_SET(core, &one);
            break;
        }
    }
    return one;
}

} // namespace

bool isSupported()
{
    return true;
}

bool restrictCurrentThread(bool oneCore)
{
    const cpu_set_t set = oneCore ? oneCoreSet() : startingCores();
    return ::sched_setaffinity(0, sizeof set, &set) == 0;   // 0: the calling thread
}

std::function<void()> oneCoreInChild()
{
    const cpu_set_t set = oneCoreSet();   // computed in the parent: the child only makes the call
    return [set] { ::sched_setaffinity(0, sizeof set, &set); };
}
#else
bool isSupported()
{
    return false;
}

bool restrictCurrentThread(bool)
{
    return false;
}

std::function<void()> oneCoreInChild()
{
    return {};
}
#endif

} // namespace CpuAffinity

// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// Memory figures of this process and of its children, from Linux's /proc. Elsewhere every figure is
// 0 (unknown): the lesson then shows times but no memory. Any thread.
namespace ProcessMemory {

// Resident set size (VmRSS) of process `pid` (0: this process), in bytes; 0 when unknown.
qint64 residentBytes(qint64 pid = 0);
// Proportional set size (Pss of smaps_rollup) of `pid`: its private pages plus its share of pages it
// shares with others (libraries, copy-on-write pages of a fork), so that summing it over many children
// counts each shared page once. In bytes; 0 when unknown or gone.
qint64 proportionalBytes(qint64 pid);
// Returns memory that the allocator keeps after frees to the system (glibc's malloc_trim), so that
// the next run's growth is measured from a clean baseline rather than hidden in reused pages.
void releaseFreedMemory();
// MemAvailable of /proc/meminfo in bytes: what can be allocated without swapping; -1 when unknown.
qint64 availableBytes();

} // namespace ProcessMemory

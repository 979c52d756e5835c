// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QList>

#include <optional>

// The time one core has spent since boot, in the kernel's ticks (USER_HZ, usually 1/100 s):
// `total` is everything it did, idle included; `busy` is the part that was neither idle nor waiting
// for I/O. Only differences between two readings mean anything.
struct CoreTimes {
    quint64 busy = 0;
    quint64 total = 0;

    friend bool operator==(const CoreTimes &, const CoreTimes &) = default;
};

// Per-core CPU counters from Linux's /proc/stat, and the busy fraction between two readings.
// Pure functions, callable from any thread; QtCore only.
namespace CpuStat {

// The "cpuN ..." lines of a /proc/stat text, in the order they appear, one entry per line; the
// aggregate "cpu" line and every other line are ignored. Fields: user nice system idle [iowait irq
// softirq steal [guest [guest_nice]]]; at least the first four (old kernels have 4 to 8). total sums
// the first eight (guest and guest_nice are already counted in user and nice); busy = total - idle -
// iowait; fields past the tenth are ignored. Offline cores have no line: the numbers may have gaps,
// and the list keeps the lines' order. nullopt when there is no cpuN line, or a cpuN line has fewer
// than four fields, a field that is not an unsigned decimal number, a sum that overflows, or a number
// that appeared before.
std::optional<QList<CoreTimes>> parse(QByteArrayView procStat);

// parse() of /proc/stat on Linux; nullopt elsewhere or when it cannot be read or parsed. Blocks for a
// few microseconds (a kernel-generated file).
std::optional<QList<CoreTimes>> readSystem();

// For each core, the share of `after.total - before.total` that was busy, from 0 to 1. A core whose
// total did not advance (or went backwards) is 0; a busy counter that went backwards counts as 0
// busy. An empty list when the two readings have different numbers of cores (one went offline or
// came online in between): take a new reference.
QList<double> busyFractions(const QList<CoreTimes> &before, const QList<CoreTimes> &after);

} // namespace CpuStat

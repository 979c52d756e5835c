#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N processes add 1 to one counter in shared memory M times each, holding a lock: nothing lost.

Concurrency Lab's Python counterpart of its "processes, shared memory and a lock" counter demo,
after "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
multiprocessing starts a Python interpreter in a process of its own for each child, with memory of
its own. The lines that make a step of the demo end with a comment naming the step; the app's code
viewer highlights them next to the C++ version.

This is counter_processes_shared.py with a multiprocessing.Lock (a semaphore that every process
can see) held around the read, the add and the write: the total is exact. The script also prints
what that costs per increment: each one now takes and releases a lock that other processes want,
so the children wait for each other, and the kernel steps in whenever one has to sleep.

Why a bare Value and a Lock of its own: multiprocessing.Value('q', 0) without lock=False comes
with a lock, but it takes that lock separately for each read of .value and each write, so
"counter.value += 1" still loses updates; one must hold counter.get_lock() around the whole
increment anyway. A separate Lock beside a bare Value shows that plainly.

Not in the book: the counter, --widen (os.sched_yield() between the read and the write, as the
app's C++ child does), and the barrier that makes the children start together. The options
and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's process
group, and Python leaves SIGTERM at its default action, so the kernel ends the script and its
children at once, with no traceback. Ctrl+C ends the children at once too (each one puts SIGINT
back to its default action) and the script with status 130.

    python3 counter_processes_lock.py --units 4 --increments 100000
"""

import ctypes
import multiprocessing
import os
import signal
import sys
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Barrier, Lock
from time import perf_counter

from counter_cli import add_widen_option, parser, report


def share_and_start(units: int, increments: int, widen: bool,
                    start: Barrier) -> tuple[ctypes.c_longlong, Lock, list[BaseProcess]]:
    counter = multiprocessing.Value('q', 0, lock=False)  # step: create-shared
    lock = multiprocessing.Lock()  # one lock for the one counter, shared by every child
    children = []
    for _ in range(units):  # daemon: if the script ends early, its children end too
        child = multiprocessing.Process(target=count_up, args=(counter, lock, increments, widen, start),
                                        daemon=True)
        child.start()  # step: start-children
        children.append(child)
    return counter, lock, children


def count_up(counter: ctypes.c_longlong, lock: Lock, increments: int, widen: bool,
             start: Barrier) -> None:
    """What each child runs."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends a child at once, no traceback
    start.wait()  # every child starts counting at the same moment
    for _ in range(increments):
        with lock:  # step: lock
            seen = counter.value  # step: read
            if widen:
                os.sched_yield()  # lets another child run between the read and the write
            new = seen + 1  # step: add
            counter.value = new  # step: write


def main() -> None:
    args = add_widen_option(parser('N processes add 1 to a counter in shared memory, holding a lock.'),
                            'os.sched_yield()').parse_args()
    start = multiprocessing.Barrier(args.units + 1)  # the children and the parent
    # The parent keeps the lock until the children end: a spawned child opens it only once it runs.
    counter, lock, children = share_and_start(args.units, args.increments, args.widen, start)
    start.wait()
    t0 = perf_counter()
    for child in children:
        child.join()  # step: join
    seconds = perf_counter() - t0
    micros = seconds / (args.units * args.increments) * 1e6
    note = f'{micros:.2f} µs per increment (lock, read, add, write, unlock)'
    report(args, counter.value, seconds, note, us_per_increment=round(micros, 3))  # step: report


if __name__ == '__main__':  # needed: with the spawn method, each child imports this module again
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N processes add 1 to one counter in shared memory M times each, with no lock: updates are lost.

Concurrency Lab's Python counterpart of its "processes, shared memory, no lock" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
multiprocessing starts a Python interpreter in a process of its own for each child, with memory of
its own. The lines that make a step of the demo end with a comment naming the step; the app's code
viewer highlights them next to the C++ version.

multiprocessing.Value('q', 0, lock=False) puts one 64-bit integer in memory that the parent and
every child map (the same as multiprocessing.RawValue('q', 0)), so, unlike in
counter_processes_isolated.py, they all read and write the same number. Each child reads .value,
adds 1 and writes .value back. There is no GIL between processes: on a machine with several cores
the children really run at the same time, and whenever two read the same value, one of their two
updates is lost. counter_processes_lock.py is the fix.

Not in the book: the counter, --widen (os.sched_yield() between the read and the write, as the
app's C++ child does), and the barrier that makes the children start together. The options
and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's process
group, and Python leaves SIGTERM at its default action, so the kernel ends the script and its
children at once, with no traceback. Ctrl+C ends the children at once too (each one puts SIGINT
back to its default action) and the script with status 130.

    python3 counter_processes_shared.py --units 4 --increments 100000
"""

import ctypes
import multiprocessing
import os
import signal
import sys
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Barrier
from time import perf_counter

from counter_cli import add_widen_option, parser, report


def share_and_start(units: int, increments: int, widen: bool,
                    start: Barrier) -> tuple[ctypes.c_longlong, list[BaseProcess]]:
    counter = multiprocessing.Value('q', 0, lock=False)  # step: create-shared
    children = []
    for _ in range(units):  # daemon: if the script ends early, its children end too
        child = multiprocessing.Process(target=count_up, args=(counter, increments, widen, start),
                                        daemon=True)
        child.start()  # step: start-children
        children.append(child)
    return counter, children


def count_up(counter: ctypes.c_longlong, increments: int, widen: bool,
             start: Barrier) -> None:
    """What each child runs."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends a child at once, no traceback
    start.wait()  # every child starts counting at the same moment
    for _ in range(increments):
        seen = counter.value  # step: read
        if widen:
            os.sched_yield()  # lets another child run between the read and the write
        new = seen + 1  # step: add
        counter.value = new  # step: write


def main() -> None:
    args = add_widen_option(parser('N processes add 1 to a counter in shared memory with no lock.'),
                            'os.sched_yield()').parse_args()
    start = multiprocessing.Barrier(args.units + 1)  # the children and the parent
    counter, children = share_and_start(args.units, args.increments, args.widen, start)
    start.wait()
    t0 = perf_counter()
    for child in children:
        child.join()  # step: join
    report(args, counter.value, perf_counter() - t0)  # step: report


if __name__ == '__main__':  # needed: with the spawn method, each child imports this module again
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

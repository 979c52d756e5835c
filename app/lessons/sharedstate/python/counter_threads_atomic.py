#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N threads take M numbers each from one itertools.count(): Python's nearest to an atomic add.

Concurrency Lab's Python counterpart of its "threads with an atomic" counter demo (a
std::atomic's fetch_add), after "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022),
chapter 19, which explains the GIL: only one thread runs Python code at a time. The lines that make
a step of the demo end with a comment naming the step; the app's code viewer highlights them next
to the C++ version.

Python has no atomic integer type. The honest counterpart is next() on an itertools.count(): it
returns the current number and adds 1 in one call to C code, and CPython does not switch threads
in the middle of a C function that holds the GIL and does not let go of it, as count's does not.
That is a detail of how CPython with the GIL works, not a promise of the language: other Pythons,
or CPython's free-threaded build, need not keep it. When the total matters, take a lock
(counter_threads_lock.py). At the end, the next number the count hands out is how many were
taken: the total.

Not in the book: the counter and the barrier that makes the threads start together. The options
and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's process
group, and Python leaves SIGTERM at its default action, so the kernel ends the script and all its
threads at once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_threads_atomic.py --units 4 --increments 100000
"""

import itertools
import sys
import threading
from time import perf_counter

from counter_cli import parser, report


def start_units(units: int, counter: 'itertools.count[int]', increments: int,
                start: threading.Barrier) -> list[threading.Thread]:
    threads = []
    for _ in range(units):  # daemon: on Ctrl+C the script need not wait for them
        thread = threading.Thread(target=count_up, args=(counter, increments, start), daemon=True)
        thread.start()  # step: start-units
        threads.append(thread)
    return threads


def count_up(counter: 'itertools.count[int]', increments: int, start: threading.Barrier) -> None:
    start.wait()  # every thread starts counting at the same moment
    for _ in range(increments):
        next(counter)  # step: fetch-add


def main() -> None:
    args = parser('N threads take numbers from one itertools.count().').parse_args()
    counter = itertools.count()  # hands out 0, 1, 2, ...
    start = threading.Barrier(args.units + 1)  # the threads and this one
    threads = start_units(args.units, counter, args.increments, start)
    start.wait()
    t0 = perf_counter()
    for thread in threads:
        thread.join()  # step: join
    seconds = perf_counter() - t0
    total = next(counter)  # the next number is how many were taken before it
    report(args, total, seconds)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

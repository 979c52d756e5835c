#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N threads add 1 to one shared counter M times each, holding a lock: nothing is lost.

Concurrency Lab's Python counterpart of its "threads with a mutex" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, which explains the
GIL: only one thread runs Python code at a time, yet a thread that has waited 5 ms for the GIL
(sys.getswitchinterval()) makes the running one let go, at any bytecode. The lines that make a step of the demo end with a
comment naming the step; the app's code viewer highlights them next to the C++ version.

This is counter_threads_nolock.py with a threading.Lock held around the read, the add and the
write. While one thread holds the lock, another one that reaches "with lock:" waits there, so the
three steps of one increment never interleave with those of another: the increment is atomic for
every thread that takes the same lock, and the total is exact. "with" releases the lock even if
the block raises.

Not in the book: the counter and the barrier that makes the threads start together. The options
and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's process
group, and Python leaves SIGTERM at its default action, so the kernel ends the script and all its
threads at once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_threads_lock.py --units 4 --increments 100000
"""

import sys
import threading
from time import perf_counter

from counter_cli import parser, report


class Counter:
    """The shared state: one number that every thread reads and writes."""

    def __init__(self) -> None:
        self.value = 0


def start_units(units: int, counter: Counter, lock: threading.Lock, increments: int,
                start: threading.Barrier) -> list[threading.Thread]:
    threads = []
    for _ in range(units):  # daemon: on Ctrl+C the script need not wait for them
        thread = threading.Thread(target=count_up, args=(counter, lock, increments, start),
                                  daemon=True)
        thread.start()  # step: start-units
        threads.append(thread)
    return threads


def count_up(counter: Counter, lock: threading.Lock, increments: int,
             start: threading.Barrier) -> None:
    start.wait()  # every thread starts counting at the same moment
    for _ in range(increments):
        with lock:  # step: lock
            seen = counter.value  # step: read
            new = seen + 1  # step: add
            counter.value = new  # step: write


def main() -> None:
    args = parser('N threads add 1 to a shared counter, holding a lock.').parse_args()
    counter = Counter()
    lock = threading.Lock()  # one lock for the one counter, shared by every thread
    start = threading.Barrier(args.units + 1)  # the threads and this one
    threads = start_units(args.units, counter, lock, args.increments, start)
    start.wait()
    t0 = perf_counter()
    for thread in threads:
        thread.join()  # step: join
    report(args, counter.value, perf_counter() - t0)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N threads do a little work and add 1 to a shared counter, all while holding the lock: slow.

Concurrency Lab's Python counterpart of its "long critical section" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, which points out
that C code doing heavy work can let go of the GIL, so threads can do it in parallel. The lines
that make a step of the demo end with a comment naming the step; the app's code viewer highlights
them next to the C++ version.

Each increment first hashes a 16 KiB block, inside the lock. The result is right, but while one
thread works, every other thread waits at "with lock:": the lock turns N threads into one. Keep
critical sections short: do the work before taking the lock, and hold it only for the read, the
add and the write. The script then runs a second pass that does just that (not a step) and prints
its time too: with two threads or more on two cores or more, it takes a fraction of the time.

Why hashing: hashlib lets go of the GIL while it hashes more than 2 KiB, so the threads really
hash in parallel once the lock lets them. With Python-level work, such as sum(range(200)), the GIL
would make the threads take turns in both passes, and the two times would be about the same.

Not in the book: the counter, the barrier that makes the threads start together, and the second
pass. The options and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the
script's process group, and Python leaves SIGTERM at its default action, so the kernel ends the
script and all its threads at once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_threads_long_lock.py --units 4 --increments 2000
"""

import hashlib
import sys
import threading
from collections.abc import Callable
from time import perf_counter

from counter_cli import parser, report

BLOCK = bytes(16 * 1024)  # what each increment hashes: about 10 µs of work


class Counter:
    """The shared state: one number that every thread reads and writes."""

    def __init__(self) -> None:
        self.value = 0


CountUp = Callable[[Counter, threading.Lock, int, threading.Barrier], None]


def start_units(count_up: CountUp, units: int, counter: Counter, lock: threading.Lock,
                increments: int, start: threading.Barrier) -> list[threading.Thread]:
    threads = []
    for _ in range(units):  # daemon: on Ctrl+C the script need not wait for them
        thread = threading.Thread(target=count_up, args=(counter, lock, increments, start),
                                  daemon=True)
        thread.start()  # step: start-units
        threads.append(thread)
    return threads


def work_inside_lock(counter: Counter, lock: threading.Lock, increments: int,
                     start: threading.Barrier) -> None:
    start.wait()  # every thread starts counting at the same moment
    for _ in range(increments):
        with lock:  # step: lock
            hashlib.sha256(BLOCK).digest()  # step: work
            seen = counter.value  # step: read
            new = seen + 1  # step: add
            counter.value = new  # step: write


def work_before_lock(counter: Counter, lock: threading.Lock, increments: int,
                     start: threading.Barrier) -> None:
    """The second pass: the same work, done before taking the lock."""
    start.wait()
    for _ in range(increments):
        hashlib.sha256(BLOCK).digest()
        with lock:
            counter.value += 1


def run_pass(count_up: CountUp, units: int, increments: int) -> tuple[int, float]:
    """Runs the threads with count_up; returns the total and the seconds it took."""
    counter = Counter()
    lock = threading.Lock()
    start = threading.Barrier(units + 1)  # the threads and this one
    threads = start_units(count_up, units, counter, lock, increments, start)
    start.wait()
    t0 = perf_counter()
    for thread in threads:
        thread.join()  # step: join
    return counter.value, perf_counter() - t0


def main() -> None:
    args = parser('N threads work and add 1 to a shared counter inside a lock.',
                  increments=2000).parse_args()
    total, seconds = run_pass(work_inside_lock, args.units, args.increments)
    total_before, seconds_before = run_pass(work_before_lock, args.units, args.increments)
    speedup = seconds / seconds_before if seconds_before else 0.0
    compare = (f'with the work done before taking the lock: {total_before} of '
               f'{args.units * args.increments}, {seconds_before:.3f} s ({speedup:.1f}x as fast)')
    extra = {'total_work_before_lock': total_before,
             'seconds_work_before_lock': round(seconds_before, 6)}
    report(args, total, seconds, compare, **extra)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

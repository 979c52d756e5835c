#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N threads add 1 to one shared counter M times each, with no lock: updates can get lost.

Concurrency Lab's Python counterpart of its "threads, no lock" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, which explains the
GIL: only one thread runs Python code at a time; a thread that has waited 5 ms for the GIL
(sys.getswitchinterval()) asks the running one to let go, so that the others get a turn. The
lines that make a step of the demo end with a comment naming the step; the app's code viewer
highlights them next to the C++ version. counter_threads_lock.py is the fix.

The GIL does not make "counter.value += 1" atomic. Here it is written as the three steps it takes:
read the value, add 1, write the sum back. If CPython switches threads between the read and the
write, the other threads add 1 in the meantime, and then this thread writes its stale sum over
their work: their updates are lost. --widen calls time.sleep(0) there, which lets go of the GIL on
every increment, so a switch lands between the read and the write nearly every time and most
updates are lost (and it is slow: each sleep is a system call and a hand-over of the GIL).

Without --widen, CPython 3.11 loses nothing here in practice: since 3.10 the interpreter looks for
a pending switch only at some points, such as a jump back to the top of a loop or a function call,
and there is none between the read and the write. That is how CPython happens to work today, not a
promise of the language: a call in between (a property, a print, a logging call), another version,
or a build without the GIL (the free-threaded build of 3.13) would lose updates.

Not in the book: the counter, --widen, and the barrier that makes the threads start together.
The options and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the
script's process group, and Python leaves SIGTERM at its default action, so the kernel ends the
script and all its threads at once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_threads_nolock.py --units 4 --increments 100000 --widen
"""

import sys
import threading
import time
from time import perf_counter

from counter_cli import add_widen_option, parser, report


class Counter:
    """The shared state: one number that every thread reads and writes."""

    def __init__(self) -> None:
        self.value = 0


def start_units(units: int, counter: Counter, increments: int, widen: bool,
                start: threading.Barrier) -> list[threading.Thread]:
    threads = []
    for _ in range(units):  # daemon: on Ctrl+C the script need not wait for them
        thread = threading.Thread(target=count_up, args=(counter, increments, widen, start),
                                  daemon=True)
        thread.start()  # step: start-units
        threads.append(thread)
    return threads


def count_up(counter: Counter, increments: int, widen: bool, start: threading.Barrier) -> None:
    start.wait()  # every thread starts counting at the same moment
    for _ in range(increments):
        seen = counter.value  # step: read
        if widen:
            time.sleep(0)  # lets go of the GIL: other threads run between the read and the write
        new = seen + 1  # step: add
        counter.value = new  # step: write


def main() -> None:
    args = add_widen_option(parser('N threads add 1 to a shared counter with no lock.'),
                            'time.sleep(0)').parse_args()
    counter = Counter()
    start = threading.Barrier(args.units + 1)  # the threads and this one
    threads = start_units(args.units, counter, args.increments, args.widen, start)
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

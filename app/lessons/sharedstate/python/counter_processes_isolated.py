#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N processes add 1 to "the" counter M times each: each adds to its own copy, the parent's stays 0.

Concurrency Lab's Python counterpart of its "processes, nothing shared" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
multiprocessing starts a Python interpreter in a process of its own for each child, with memory of
its own. The lines that make a step of the demo end with a comment naming the step; the app's code
viewer highlights them next to the C++ version.

counter is a module-level variable, and every child adds 1 to it M times. Yet each child adds to
its own copy: a forked child starts with a copy of the parent's memory (the kernel copies each
page when one of them first writes to it), and a spawned child imports this module again and
makes a counter of its own. So the parent's counter, the total printed, stays 0: never shared. To show
that the children did count, each one sends its final count back on a multiprocessing.Queue, only
for display; counter_processes_messages.py makes that the way to count.

Not in the book: the counter and the barrier that makes the children start together. The options
and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's process
group, and Python leaves SIGTERM at its default action, so the kernel ends the script and its
children at once, with no traceback. Ctrl+C ends the children at once too (each one puts SIGINT
back to its default action) and the script with status 130.

    python3 counter_processes_isolated.py --units 4 --increments 100000
"""

import multiprocessing
import signal
import sys
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from time import perf_counter

from counter_cli import parser, report

counter = 0  # every process has its own copy of this module's variables, this one too


def start_children(units: int, increments: int, start: Barrier,
                   counts: 'Queue[int]') -> list[BaseProcess]:
    children = []
    for _ in range(units):  # daemon: if the script ends early, its children end too
        child = multiprocessing.Process(target=count_up, args=(increments, start, counts),
                                        daemon=True)
        child.start()  # step: start-children
        children.append(child)
    return children


def count_up(increments: int, start: Barrier, counts: 'Queue[int]') -> None:
    """What each child runs."""
    global counter
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends a child at once, no traceback
    start.wait()  # every child starts counting at the same moment
    for _ in range(increments):
        counter += 1  # step: child-add
    counts.put(counter)  # only for display: how far this child's own copy got


def main() -> None:
    args = parser('N processes add 1 to a module-level counter.').parse_args()
    start = multiprocessing.Barrier(args.units + 1)  # the children and the parent
    counts: Queue[int] = multiprocessing.Queue()
    children = start_children(args.units, args.increments, start, counts)
    start.wait()
    t0 = perf_counter()
    # Get the counts before join(): a child does not end until what it put on a queue is sent.
    child_counts = [counts.get() for _ in children]
    for child in children:
        child.join()  # step: join
    seconds = perf_counter() - t0
    in_children = ', '.join(str(count) for count in child_counts)
    note = f"the parent's counter: {counter}; each child's own copy: {in_children}"
    report(args, counter, seconds, note, children=child_counts)  # step: report


if __name__ == '__main__':  # needed: with the spawn method, each child imports this module again
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

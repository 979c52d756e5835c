#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N processes count M each in a variable of their own and send the count: the parent adds up.

Concurrency Lab's Python counterpart of its "processes, messages" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, whose procs.py
shares nothing among its processes: jobs go to the workers and results come back on queues. The
lines that make a step of the demo end with a comment naming the step; the app's code viewer
highlights them next to the C++ version.

Each child counts in a local variable that no one else sees, then sends its count to the parent
on a multiprocessing.Queue (pickled and written to a pipe). The parent adds the N counts up. No
memory is shared and no lock is taken, so there is nothing to lose, and the children never wait
for each other: "do not communicate by sharing memory; share memory by communicating", as the Go
proverb says. One message per child is cheap; one message per increment would not be.

Not in the book: the counter and the barrier that makes the children start together. The options
and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's process
group, and Python leaves SIGTERM at its default action, so the kernel ends the script and its
children at once, with no traceback. Ctrl+C ends the children at once too (each one puts SIGINT
back to its default action) and the script with status 130.

    python3 counter_processes_messages.py --units 4 --increments 100000
"""

import multiprocessing
import signal
import sys
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from time import perf_counter

from counter_cli import parser, report


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
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends a child at once, no traceback
    start.wait()  # every child starts counting at the same moment
    count = 0  # this child's own: no one else reads or writes it
    for _ in range(increments):
        count += 1  # step: child-add
    counts.put(count)  # step: send-count


def main() -> None:
    args = parser('N processes count on their own and send their counts.').parse_args()
    start = multiprocessing.Barrier(args.units + 1)  # the children and the parent
    counts: Queue[int] = multiprocessing.Queue()
    children = start_children(args.units, args.increments, start, counts)
    start.wait()
    t0 = perf_counter()
    total = sum(counts.get() for _ in children)  # step: sum
    seconds = perf_counter() - t0
    for child in children:
        child.join()  # each has sent its count: it ends now
    report(args, total, seconds)  # step: report


if __name__ == '__main__':  # needed: with the spawn method, each child imports this module again
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

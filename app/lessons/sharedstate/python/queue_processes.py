#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One producer puts J items on a bounded queue; K consumer processes take them until a sentinel.

Concurrency Lab's Python counterpart of its "processes and a queue" demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, whose procs.py
hands jobs to worker processes on a multiprocessing queue, stops each worker with one sentinel (a
0 it takes as "no more jobs") and gets the results back on a second queue. The lines that make a
step of the demo end with a comment naming the step; the app's code viewer highlights them next to
the C++ version. queue_threads.py and queue_asyncio.py do the same with threads and tasks.

The producer is the parent process. A multiprocessing.Queue pickles each item and sends it through
a pipe, so any process that has the queue can take it, and the queue's own locks make sure each
item goes to exactly one consumer. It holds at most --capacity items: when it is full, put()
blocks until a consumer takes one (back-pressure); the script counts how often the producer found
it full (full() is only a hint between processes, but a fair one here). The sentinel is None, one
per consumer. Each consumer sends its index, count and sum back on a second queue, the results.

multiprocessing.Queue is first in, first out only: there is no LIFO or priority kind, hence no
--kind here (a multiprocessing manager of one's own could serve a queue.PriorityQueue to
processes, at the cost of a call to its server process for every put() and get()).

Not in the book: the options, the counts and the measures, which live in queue_cli.py. Cancel: the
app sends SIGTERM to the script's process group, and Python leaves SIGTERM at its default action,
so the kernel ends the script and its children at once, with no traceback. Ctrl+C ends the
children at once too (each one puts SIGINT back to its default action) and the script with status
130.

    python3 queue_processes.py --consumers 4 --items 200 --capacity 10 --work-ms 5
"""

import multiprocessing
import signal
import sys
import time
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from time import perf_counter

from queue_cli import parser, report

Result = tuple[int, int, int]  # (consumer index, items, sum)


def start_consumers(capacity: int, consumers: int, work_seconds: float,
                    results: 'Queue[Result]') -> tuple['Queue[int | None]', list[BaseProcess]]:
    jobs: Queue[int | None] = multiprocessing.Queue(maxsize=capacity)  # step: create-queue
    children = []
    for index in range(consumers):  # daemon: if the script ends early, its children end too
        child = multiprocessing.Process(target=consume, args=(jobs, work_seconds, results, index),
                                        daemon=True)
        child.start()  # step: start-consumers
        children.append(child)
    return jobs, children


def produce(jobs: 'Queue[int | None]', items: int) -> int:
    """Puts the items 1 to J; returns how many times the queue was full."""
    waits = 0
    for n in range(1, items + 1):
        if jobs.full():
            waits += 1  # put() waits until a consumer makes room: back-pressure
        jobs.put(n)  # step: put
    return waits


def consume(jobs: 'Queue[int | None]', work_seconds: float, results: 'Queue[Result]',
            index: int) -> None:
    """What each consumer process runs."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C ends a child at once, no traceback
    count = total = 0
    while (n := jobs.get()) is not None:  # step: get
        time.sleep(work_seconds)  # step: work
        count += 1
        total += n
    results.put((index, count, total))


def stop_consumers(jobs: 'Queue[int | None]', children: list[BaseProcess],
                   results: 'Queue[Result]') -> list[tuple[int, int]]:
    for _ in children:
        jobs.put(None)  # step: put-sentinel
    # Get the results before join(): a child does not end until what it put on a queue is sent.
    received = sorted(results.get() for _ in children)
    for child in children:
        child.join()  # step: join
    return [(count, total) for _, count, total in received]


def main() -> None:
    args = parser('One producer, K consumer processes and a bounded queue.').parse_args()
    results: Queue[Result] = multiprocessing.Queue()
    jobs, children = start_consumers(args.capacity, args.consumers, args.work_ms / 1000, results)
    t0 = perf_counter()
    waits = produce(jobs, args.items)
    per_consumer = stop_consumers(jobs, children, results)
    report(args, per_consumer, perf_counter() - t0, waits)  # step: report


if __name__ == '__main__':  # needed: with the spawn method, each child imports this module again
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

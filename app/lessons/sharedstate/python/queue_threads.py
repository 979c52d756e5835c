#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One producer puts J items on a bounded queue; K consumer threads take them until a sentinel.

Concurrency Lab's Python counterpart of its "threads and a blocking queue" demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, whose threads.py
and procs.py hand jobs to workers on a queue and stop each worker with one sentinel: a 0 it takes
as "no more jobs". The lines that make a step of the demo end with a comment naming the step; the
app's code viewer highlights them next to the C++ version. queue_asyncio.py and queue_processes.py
do the same with tasks and processes.

The queue is the only thing the threads share, and it does its own locking: put() and get() are
safe from any thread, so no item is lost or taken twice, and the sum comes out exact. The queue
holds at most --capacity items: when it is full, put() blocks until a consumer takes one, so a
fast producer cannot run ahead of slow consumers (back-pressure); the script counts how often the
producer found it full. A consumer's work is time.sleep(), which lets go of the GIL, so the K
consumers work at the same time. Each consumer keeps its own count and sum and, at the end, writes
them to its own slot of a list: nothing shared there either.

--kind picks the queue: fifo (queue.Queue: first in, first out), lifo (queue.LifoQueue: last in,
first out, a stack) or priority (queue.PriorityQueue: smallest first). Items are (priority, n)
tuples for all three, priority = n % 3, and only the PriorityQueue looks at it: of the items
waiting, it hands out those with priority 0 first, then 1, then 2 (tuples compare item by item, so
equal priorities go by n). The sentinel is (math.inf, 0): it sorts after every item, so a
PriorityQueue hands it out last. None would not do there: comparing None with a tuple raises
TypeError, and a sentinel that sorted first would stop a consumer while items still wait. A
LifoQueue hands out the last item put first, so the producer waits until it is empty
(jobs.join(), which counts the consumers' task_done() calls) before it puts the sentinels.

Not in the book: the options (the book's workers take jobs as fast as they come), the kinds, the
counts and the measures, which live in queue_cli.py. Cancel: the app sends SIGTERM to the
script's process group, and Python leaves SIGTERM at its default action, so the kernel ends the
script and all its threads at once, with no traceback. Ctrl+C ends it with status 130.

    python3 queue_threads.py --consumers 4 --items 200 --capacity 10 --work-ms 5 --kind lifo
"""

import math
import queue
import sys
import threading
import time
from time import perf_counter

from queue_cli import parser, report

Item = tuple[float, int]  # (priority, n)
STOP: Item = (math.inf, 0)  # the sentinel, one per consumer: sorts after every item
KINDS = {'fifo': queue.Queue, 'lifo': queue.LifoQueue, 'priority': queue.PriorityQueue}


def start_consumers(kind: str, capacity: int, work_seconds: float,
                    results: list[tuple[int, int]]) -> tuple['queue.Queue[Item]',
                                                             list[threading.Thread]]:
    jobs: queue.Queue[Item] = KINDS[kind](maxsize=capacity)  # step: create-queue
    threads = []
    for index in range(len(results)):  # daemon: on Ctrl+C the script need not wait for them
        thread = threading.Thread(target=consume, args=(jobs, work_seconds, results, index),
                                  daemon=True)
        thread.start()  # step: start-consumers
        threads.append(thread)
    return jobs, threads


def produce(jobs: 'queue.Queue[Item]', items: int) -> int:
    """Puts the items 1 to J; returns how many times the queue was full."""
    waits = 0
    for n in range(1, items + 1):
        if jobs.full():
            waits += 1  # put() waits until a consumer makes room: back-pressure
        jobs.put((n % 3, n))  # step: put
    return waits


def consume(jobs: 'queue.Queue[Item]', work_seconds: float, results: list[tuple[int, int]],
            index: int) -> None:
    """What each consumer thread runs."""
    count = total = 0
    while (item := jobs.get()) != STOP:  # step: get
        _, n = item
        time.sleep(work_seconds)  # step: work
        count += 1
        total += n
        jobs.task_done()  # for jobs.join(): this item is done
    results[index] = (count, total)  # this consumer's own slot


def stop_consumers(kind: str, jobs: 'queue.Queue[Item]', threads: list[threading.Thread]) -> None:
    if kind == 'lifo':
        jobs.join()  # a stack would hand out the sentinels before the items still waiting
    for _ in threads:
        jobs.put(STOP)  # step: put-sentinel
    for thread in threads:
        thread.join()  # step: join


def main() -> None:
    args = parser('One producer, K consumer threads and a bounded queue.', list(KINDS)).parse_args()
    results = [(0, 0)] * args.consumers  # (items, sum) from each consumer
    jobs, threads = start_consumers(args.kind, args.capacity, args.work_ms / 1000, results)
    t0 = perf_counter()
    waits = produce(jobs, args.items)
    stop_consumers(args.kind, jobs, threads)
    report(args, results, perf_counter() - t0, waits)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

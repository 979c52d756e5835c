#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One producer puts J items on a bounded asyncio.Queue; K consumer tasks take them till a sentinel.

Concurrency Lab's Python counterpart of its "coroutines and an async queue" demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, whose threads.py
and procs.py hand jobs to workers on a queue and stop each worker with one sentinel: a 0 it takes
as "no more jobs". The lines that make a step of the demo end with a comment naming the step; the
app's code viewer highlights them next to the C++ version. queue_threads.py and
queue_processes.py do the same with threads and processes.

queue_threads.py on one thread: the consumers are asyncio tasks, the producer is the main
coroutine, and the queue is an asyncio.Queue, whose put() and get() are coroutines: where a
queue.Queue would block the thread, they suspend the task and let the event loop run the others.
The queue holds at most --capacity items: when it is full, "await jobs.put()" waits until a
consumer takes one (back-pressure); the script counts how often the producer found it full. The
work is "await asyncio.sleep()", so the K consumers wait at the same time. Each consumer returns
its count and sum, and asyncio.gather() collects them.

--kind picks the queue: fifo (asyncio.Queue), lifo (asyncio.LifoQueue) or priority
(asyncio.PriorityQueue), as in queue_threads.py, which explains the (priority, n) items, the
(math.inf, 0) sentinel that a PriorityQueue hands out last, and why the producer waits for a
LifoQueue to empty (jobs.join()) before it puts the sentinels.

Not in the book: the options, the kinds, the counts and the measures, which live in queue_cli.py.
Cancel: the app sends SIGTERM to the script's process group, and Python leaves SIGTERM at its
default action, so the kernel ends the script at once, with no traceback. Ctrl+C ends it with
status 130.

    python3 queue_asyncio.py --consumers 4 --items 200 --capacity 10 --work-ms 5 --kind priority
"""

import asyncio
import math
import sys
from time import perf_counter

from queue_cli import parser, report

Item = tuple[float, int]  # (priority, n)
STOP: Item = (math.inf, 0)  # the sentinel, one per consumer: sorts after every item
KINDS = {'fifo': asyncio.Queue, 'lifo': asyncio.LifoQueue, 'priority': asyncio.PriorityQueue}


def start_consumers(kind: str, capacity: int, consumers: int,
                    work_seconds: float) -> tuple['asyncio.Queue[Item]',
                                                  list[asyncio.Task[tuple[int, int]]]]:
    jobs: asyncio.Queue[Item] = KINDS[kind](maxsize=capacity)  # step: create-queue
    tasks = []
    for _ in range(consumers):
        tasks.append(asyncio.create_task(consume(jobs, work_seconds)))  # step: start-consumers
    return jobs, tasks


async def produce(jobs: 'asyncio.Queue[Item]', items: int) -> int:
    """Puts the items 1 to J; returns how many times the queue was full."""
    waits = 0
    for n in range(1, items + 1):
        if jobs.full():
            waits += 1  # put() waits until a consumer makes room: back-pressure
        await jobs.put((n % 3, n))  # step: put
    return waits


async def consume(jobs: 'asyncio.Queue[Item]', work_seconds: float) -> tuple[int, int]:
    """What each consumer task runs; returns how many items it took, and their sum."""
    count = total = 0
    while (item := await jobs.get()) != STOP:  # step: get
        _, n = item
        await asyncio.sleep(work_seconds)  # step: work
        count += 1
        total += n
        jobs.task_done()  # for jobs.join(): this item is done
    return count, total


async def stop_consumers(kind: str, jobs: 'asyncio.Queue[Item]',
                         tasks: list[asyncio.Task[tuple[int, int]]]) -> list[tuple[int, int]]:
    if kind == 'lifo':
        await jobs.join()  # a stack would hand out the sentinels before the items still waiting
    for _ in tasks:
        await jobs.put(STOP)  # step: put-sentinel
    return await asyncio.gather(*tasks)  # step: join


async def run(kind: str, capacity: int, consumers: int, items: int,
              work_seconds: float) -> tuple[list[tuple[int, int]], float, int]:
    jobs, tasks = start_consumers(kind, capacity, consumers, work_seconds)
    t0 = perf_counter()
    waits = await produce(jobs, items)
    results = await stop_consumers(kind, jobs, tasks)
    return results, perf_counter() - t0, waits


def main() -> None:
    args = parser('One producer, K consumer tasks and a bounded asyncio queue.',
                  list(KINDS)).parse_args()
    results, seconds, waits = asyncio.run(
        run(args.kind, args.capacity, args.consumers, args.items, args.work_ms / 1000))
    report(args, results, seconds, waits)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N asyncio tasks await inside the increment, holding an asyncio.Lock: nothing is lost.

Concurrency Lab's Python counterpart of its "coroutines with an async mutex" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, which points out
that a coroutine is protected from interruption by default: it gives up control only where it
awaits. The lines that make a step of the demo end with a comment naming the step; the app's code
viewer highlights them next to the C++ version.

This is counter_asyncio_await.py with "async with lock:" around the read, the await, the add and
the write. While one task holds the asyncio.Lock, the others that reach "async with lock:" wait
there without blocking the event loop, so the loop may run them during the await, but none of them
touches the counter: the total is exact. A threading.Lock would be wrong here: a task waiting for
it would block the one thread, and the task holding it could never run to release it.

The lock costs a turn of the loop for every hand-over. The better fix is not to await inside the
critical section at all: read, add and write with no await in between, as counter_asyncio.py does,
and no lock is needed.

Not in the book: the counter and the asyncio.Event that makes the tasks start together. The
options and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's
process group, and Python leaves SIGTERM at its default action, so the kernel ends the script at
once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_asyncio_lock.py --units 4 --increments 100000
"""

import asyncio
import sys
from time import perf_counter

from counter_cli import parser, report


class Counter:
    """The shared state: one number that every task reads and writes."""

    def __init__(self) -> None:
        self.value = 0


def start_units(units: int, counter: Counter, lock: asyncio.Lock, increments: int,
                start: asyncio.Event) -> list[asyncio.Task[None]]:
    tasks = []
    for _ in range(units):
        task = asyncio.create_task(count_up(counter, lock, increments, start))  # step: start-units
        tasks.append(task)
    return tasks


async def count_up(counter: Counter, lock: asyncio.Lock, increments: int,
                   start: asyncio.Event) -> None:
    await start.wait()  # every task starts counting in the same turn of the loop
    for _ in range(increments):
        async with lock:  # step: lock
            seen = counter.value  # step: read
            await asyncio.sleep(0)  # step: await
            new = seen + 1  # step: add
            counter.value = new  # step: write


async def count_all(units: int, increments: int) -> tuple[int, float]:
    counter = Counter()
    lock = asyncio.Lock()  # one lock for the one counter, shared by every task
    start = asyncio.Event()
    tasks = start_units(units, counter, lock, increments, start)
    await asyncio.sleep(0)  # lets every task run up to start.wait()
    start.set()
    t0 = perf_counter()
    await asyncio.gather(*tasks)  # step: join
    return counter.value, perf_counter() - t0


def main() -> None:
    args = parser('N asyncio tasks await inside the increment, holding a lock.').parse_args()
    total, seconds = asyncio.run(count_all(args.units, args.increments))
    report(args, total, seconds)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

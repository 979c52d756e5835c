#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N asyncio tasks add 1 to one shared counter M times each, with no lock: nothing is lost.

Concurrency Lab's Python counterpart of its "coroutines, no lock" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, which points out
that a coroutine is protected from interruption by default: one event loop runs one task at a
time, and a task gives up control only where it awaits. The lines that make a step of the demo end
with a comment naming the step; the app's code viewer highlights them next to the C++ version.

The increment is the same read, add and write as in counter_threads_nolock.py, with no lock and no
await in between: once a task has read the value, nothing else runs until it has written the sum
back, so no update is lost. Each task awaits asyncio.sleep(0) once per increment, after the write:
the tasks take turns between increments, never inside one. counter_asyncio_await.py moves that
await between the read and the write, and loses updates without any thread.

Not in the book: the counter and the asyncio.Event that makes the tasks start together. The
options and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's
process group, and Python leaves SIGTERM at its default action, so the kernel ends the script at
once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_asyncio.py --units 4 --increments 100000
"""

import asyncio
import sys
from time import perf_counter

from counter_cli import parser, report


class Counter:
    """The shared state: one number that every task reads and writes."""

    def __init__(self) -> None:
        self.value = 0


def start_units(units: int, counter: Counter, increments: int,
                start: asyncio.Event) -> list[asyncio.Task[None]]:
    tasks = []
    for _ in range(units):
        tasks.append(asyncio.create_task(count_up(counter, increments, start)))  # step: start-units
    return tasks


async def count_up(counter: Counter, increments: int, start: asyncio.Event) -> None:
    await start.wait()  # every task starts counting in the same turn of the loop
    for _ in range(increments):
        seen = counter.value  # step: read
        new = seen + 1  # step: add
        counter.value = new  # step: write
        await asyncio.sleep(0)  # lets the other tasks run: between two increments, not inside one


async def count_all(units: int, increments: int) -> tuple[int, float]:
    counter = Counter()
    start = asyncio.Event()
    tasks = start_units(units, counter, increments, start)
    await asyncio.sleep(0)  # lets every task run up to start.wait()
    start.set()
    t0 = perf_counter()
    await asyncio.gather(*tasks)  # step: join
    return counter.value, perf_counter() - t0


def main() -> None:
    args = parser('N asyncio tasks add 1 to a shared counter with no lock.').parse_args()
    total, seconds = asyncio.run(count_all(args.units, args.increments))
    report(args, total, seconds)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

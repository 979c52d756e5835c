#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N asyncio tasks add 1 to a shared counter, awaiting between the read and the write: lost.

Concurrency Lab's Python counterpart of its "coroutines, await inside" counter demo, after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, which points out
that a coroutine is protected from interruption by default: it gives up control only where it
awaits. The lines that make a step of the demo end with a comment naming the step; the app's code
viewer highlights them next to the C++ version.

This is counter_asyncio.py with "await asyncio.sleep(0)" between the read and the write. An await
is where the event loop may run other tasks, and here it does: they read the same value and write
the same sum, so updates are lost on one thread, with no thread switch at all. Any await there
does it (a database call, a network request), not only sleep(0). counter_asyncio_lock.py shows a
lock that fixes it; better still, do not await between the read and the write.

With every task started in the same turn of the loop, the result does not vary: exactly M of N x M,
(N - 1) x M lost (see the comment in count_up()).

Not in the book: the counter and the asyncio.Event that makes the tasks start together. The
options and the result line live in counter_cli.py. Cancel: the app sends SIGTERM to the script's
process group, and Python leaves SIGTERM at its default action, so the kernel ends the script at
once, with no traceback. Ctrl+C ends it with status 130.

    python3 counter_asyncio_await.py --units 4 --increments 100000
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
    # Why exactly M: the event loop runs the ready tasks round-robin, in the order they became
    # ready, and each task runs from one await to the next. start.set() makes all N ready at once,
    # so in each round every task writes the sum it made from the value it read in the round
    # before, then reads again: all N read the same value v, all N write v + 1. Each round adds 1
    # in all, and there are M rounds.
    await start.wait()
    for _ in range(increments):
        seen = counter.value  # step: read
        await asyncio.sleep(0)  # step: await
        new = seen + 1  # step: add
        counter.value = new  # step: write


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
    args = parser('N asyncio tasks add 1 to a shared counter, awaiting inside.').parse_args()
    total, seconds = asyncio.run(count_all(args.units, args.increments))
    report(args, total, seconds)  # step: report


if __name__ == '__main__':
    try:
        main()
    except KeyboardInterrupt:  # Ctrl+C: stop with no traceback
        sys.exit(130)

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A CPU-bound coroutine that gives the event loop a turn every N rounds: the spinner keeps turning.

Concurrency Lab's Python counterpart of its "cooperative loop" demo, after spinner_prime_async_nap.py
in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19 (there is_prime()
awaits asyncio.sleep(0) every 50,000 divisors; here a loop of arithmetic, as in the C++ demo). The
lines that make a step of the demo end with a "# step: <id>" comment; the app's code viewer
highlights them next to the C++ version.

`await asyncio.sleep(0)` suspends slow() for one turn of the event loop, so the spinner task runs.
The smaller N, the smoother the spinner and the longer the whole computation.

Lines the app adds to the book's code are marked "not in the book".
"""

import argparse
import asyncio
import contextlib
import itertools
import time


async def spin(msg: str) -> None:
    for char in itertools.cycle(r'\|/-'):
        status = f'\r{char} {msg}'
        print(status, end='', flush=True)
        try:
            await asyncio.sleep(.1)
        except asyncio.CancelledError:
            break
    blanks = ' ' * len(status)
    print(f'\r{blanks}\r', end='')


async def slow(seconds: float, every: int) -> int:
    await asyncio.sleep(.3)  # a short lead-in, so the spinner is seen to turn (not in the book)
    # As much arithmetic as takes `seconds` without the naps (the C++ demo measures how many rounds
    # that is); the naps make the whole take longer.
    deadline, value = time.perf_counter() + seconds, 42
    while time.perf_counter() < deadline:  # step: slow-task-computes
        for _ in range(every):
            value = (value * 6364136223846793005 + 1442695040888963407) % 2**64
        start = time.perf_counter()
        await asyncio.sleep(0)  # one turn of the event loop
        deadline += time.perf_counter() - start  # the turn is not part of the work
    return 42  # step: result-ready


async def supervisor(seconds: float, every: int) -> int:
    spinner = asyncio.create_task(spin('thinking!'))  # step: start-spinner
    result = await slow(seconds, every)  # step: start-slow-task
    spinner.cancel()  # step: stop-spinner
    # Not in the book: wait for the spinner task to end.
    with contextlib.suppress(asyncio.CancelledError):
        await spinner  # step: join
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description='A CPU-bound coroutine that yields every N rounds.')
    # Not in the book: --seconds, so that a class or a test can run it faster.
    parser.add_argument('--seconds', type=float, default=3, help='how long slow() computes (default: 3)')
    parser.add_argument('--every', type=int, default=100_000, help='yield every N rounds (default: 100,000)')
    args = parser.parse_args()
    result = asyncio.run(supervisor(args.seconds, args.every))
    print(f'Answer: {result}')  # step: print-answer


if __name__ == '__main__':
    main()

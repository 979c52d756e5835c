#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A coroutine that computes without awaiting: the spinner stops while it works.

Concurrency Lab's Python counterpart of its "busy loop" demo, after spinner_prime_async_broken.py
in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19 (there the work
is is_prime(); here a loop of arithmetic, as in the C++ demo). The lines that make a step of the
demo end with a "# step: <id>" comment; the app's code viewer highlights them next to the C++
version.

slow() never awaits while it computes, so the event loop's one thread is busy with it and the
spinner task cannot run, exactly as a CPU-bound QCoro coroutine freezes a Qt window.

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


def busy(seconds: float, value: int) -> int:
    # As much arithmetic as takes `seconds` (the C++ demo measures how many rounds that is).
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for _ in range(10_000):
            value = (value * 6364136223846793005 + 1442695040888963407) % 2**64
    return value


async def slow(seconds: float) -> int:
    await asyncio.sleep(.3)  # a short lead-in, so the spinner is seen to turn (not in the book)
    busy(seconds, 42)  # step: slow-task-computes
    return 42  # step: result-ready


async def supervisor(seconds: float) -> int:
    spinner = asyncio.create_task(spin('thinking!'))  # step: start-spinner
    result = await slow(seconds)  # step: start-slow-task
    spinner.cancel()  # step: stop-spinner
    # Not in the book: wait for the spinner task to end.
    with contextlib.suppress(asyncio.CancelledError):
        await spinner  # step: join
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description='A coroutine that computes without awaiting.')
    # Not in the book: --seconds, so that a class or a test can run it faster.
    parser.add_argument('--seconds', type=float, default=3, help='how long slow() computes (default: 3)')
    args = parser.parse_args()
    result = asyncio.run(supervisor(args.seconds))
    print(f'Answer: {result}')  # step: print-answer


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A spinner task and a slow coroutine sharing one thread and one event loop.

Concurrency Lab's Python counterpart of its QCoro coroutine demo, after spinner_async.py in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19. The lines that
make a step of the demo end with a "# step: <id>" comment; the app's code viewer highlights them
next to the C++ version.

Both coroutines run on the one thread of the asyncio event loop, as QCoro coroutines run on
Qt's GUI thread: each 'await' hands the loop back so the other can run.

Lines the app adds to the book's code are marked "not in the book".
"""

import argparse
import asyncio
import contextlib
import itertools


async def spin(msg: str) -> None:
    for char in itertools.cycle(r'\|/-'):
        status = f'\r{char} {msg}'
        print(status, end='', flush=True)
        try:
            await asyncio.sleep(.1)
        except asyncio.CancelledError:  # spinner.cancel() lands here
            break
    blanks = ' ' * len(status)
    print(f'\r{blanks}\r', end='')  # erase the spinner line


async def slow(seconds: float = 3) -> int:
    await asyncio.sleep(seconds)  # step: slow-task-sleeps
    return 42  # step: result-ready


async def supervisor(seconds: float = 3) -> int:
    spinner = asyncio.create_task(spin('thinking!'))  # step: start-spinner
    print(f'spinner object: {spinner}')
    result = await slow(seconds)  # step: start-slow-task
    spinner.cancel()  # step: stop-spinner
    # Not in the book: wait for the spinner task to end.
    with contextlib.suppress(asyncio.CancelledError):  # the spinner erases its line and returns
        await spinner  # step: join
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description='Spinner task and slow coroutine on one event loop.')
    # Not in the book: --seconds, so that a class or a test can run it faster.
    parser.add_argument('--seconds', type=float, default=3, help='how long slow() sleeps (default: 3)')
    args = parser.parse_args()
    result = asyncio.run(supervisor(args.seconds))
    print(f'Answer: {result}')  # step: print-answer


if __name__ == '__main__':
    main()

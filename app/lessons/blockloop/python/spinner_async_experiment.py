#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""What happens when a coroutine blocks: the spinner never gets to spin.

Concurrency Lab's Python counterpart of its "block the loop" demo, after
spinner_async_experiment.py in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly,
2022), chapter 19. The lines that make a step of the demo end with a "# step: <id>" comment;
the app's code viewer highlights them next to the C++ version. Lines the app adds to the book's
code are marked "not in the book".

slow() calls time.sleep() instead of awaiting asyncio.sleep(): it holds the one thread of the
event loop for the whole sleep, so the spinner task cannot run, exactly as a blocking call in a
QCoro coroutine freezes every spinner and button of a Qt window.
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
    print('THIS WILL NEVER BE OUTPUT')  # the book's proof: spin() never gets to run


async def slow(seconds: float = 3) -> int:
    time.sleep(seconds)  # step: slow-task-sleeps
    return 42  # step: result-ready


async def supervisor(seconds: float = 3) -> int:
    spinner = asyncio.create_task(spin('thinking!'))  # step: start-spinner
    print(f'spinner object: {spinner}')
    result = await slow(seconds)  # step: start-slow-task
    spinner.cancel()  # step: stop-spinner
    # Not in the book: wait for the spinner task. It never ran, so it ends cancelled.
    with contextlib.suppress(asyncio.CancelledError):
        await spinner  # step: join
    return result


def main() -> None:
    # Not in the book: --seconds, so that a class or a test can run it faster.
    parser = argparse.ArgumentParser(description='A coroutine that blocks the event loop.')
    parser.add_argument('--seconds', type=float, default=3, help='how long slow() blocks (default: 3)')
    args = parser.parse_args()
    result = asyncio.run(supervisor(args.seconds))
    print(f'Answer: {result}')  # step: print-answer


if __name__ == '__main__':
    main()

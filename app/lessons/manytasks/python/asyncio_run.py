#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""asyncio.run() drives a coroutine from plain code, but not from inside a running event loop.

Concurrency Lab's Python counterpart of its "QCoro::waitFor() from plain code" demo, after the
examples in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
asyncio.run(coro()) from plain code is one of the three main ways of running a coroutine. The
lines that make a step of the demo end with a comment "# step:" followed by the step's id; the
app's code viewer highlights them next to the C++ version.

Plain code calls asyncio.run(main_coro()): it starts an event loop, drives the coroutine to its
end and returns its result. Called again inside a coroutine, where a loop already runs, it raises
RuntimeError: Python refuses to nest event loops, where QCoro::waitFor() in C++ runs a nested one
(re-entrant: the C++ demo shows a timer firing inside the call).

Not in the book: the options, the timestamps, slow()'s lines, which come from say() in
lab_cli.py, and asyncio.run() called inside a running loop. three_ways.py runs this way too, as
--way run; with --jsonl this script prints what that prints for this one way.

    python3 asyncio_run.py --seconds 0.5
"""

import asyncio

from lab_cli import say, way_main

WAY = 'run'
TITLE = 'asyncio.run() from plain code, then inside a running loop'


async def slow(name: str, seconds: float) -> str:
    say(f'{name}: started')  # step: body-starts
    await asyncio.sleep(seconds)  # step: sleep
    say(f'{name}: done')
    return f'{name}-result'


async def main_coro(seconds: float) -> str:
    return await slow('A', seconds)


async def run_inside_loop(seconds: float) -> None:
    say('main: asyncio.run(main_coro()) inside a running event loop')
    coro = main_coro(seconds)
    try:
        asyncio.run(coro)
    except RuntimeError as error:
        say(f'RuntimeError: {error}', error=f'RuntimeError: {error}')
        coro.close()  # it never ran: close it, or Python warns that it was never awaited


def run_way(seconds: float) -> None:
    say('plain code: asyncio.run(main_coro()) starts an event loop and drives the coroutine')
    result = asyncio.run(main_coro(seconds))  # step: run-from-sync
    say(f'plain code: asyncio.run() returned {result!r}')
    asyncio.run(run_inside_loop(seconds))


if __name__ == '__main__':
    way_main(WAY, TITLE, run_way)

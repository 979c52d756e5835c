#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Await one coroutine, then the other: the two sleeps add up.

Concurrency Lab's Python counterpart of its "co_await one after the other" demo, after the
examples in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
`await coro()` inside a coroutine is one of the three main ways of running a coroutine. The lines
that make a step of the demo end with a comment "# step:" followed by the step's id; the app's
code viewer highlights them next to the C++ version.

main() awaits slow('A'), and only once A is done calls and awaits slow('B'): about 2 x SECONDS.
Awaiting does not make anything concurrent.

Not in the book: the options, the timestamps and slow()'s lines, which come from say() in
lab_cli.py. three_ways.py runs this way too, as --way sequential; with --jsonl this script prints
what that prints for this one way.

    python3 await_sequential.py --seconds 0.5
"""

import asyncio

from lab_cli import say, way_main

WAY = 'sequential'
TITLE = "await slow('A'), then await slow('B')"


async def slow(name: str, seconds: float) -> str:
    say(f'{name}: started')  # step: body-starts
    await asyncio.sleep(seconds)  # step: sleep
    say(f'{name}: done')
    return f'{name}-result'


async def main(seconds: float) -> None:
    a = await slow('A', seconds)  # step: await-one
    b = await slow('B', seconds)  # step: await-other
    say(f'main: got {a!r} and {b!r}')


def run_way(seconds: float) -> None:
    asyncio.run(main(seconds))


if __name__ == '__main__':
    way_main(WAY, TITLE, run_way)

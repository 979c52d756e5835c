#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Wrap two coroutines in tasks, then await the tasks: the two sleeps overlap.

Concurrency Lab's Python counterpart of its "start both, then co_await both" demo, after the
examples in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
asyncio.create_task(coro()) is one of the three main ways of running a coroutine. The lines that
make a step of the demo end with a comment "# step:" followed by the step's id; the app's code
viewer highlights them next to the C++ version.

main() makes two coroutine objects, wraps each in a task, then awaits the tasks: about SECONDS.
The order of the lines shows that neither slow(...) nor create_task() runs any of the body: the
tasks start only when main() awaits, handing the event loop back. (A QCoro::Task in C++ is eager:
calling slow() runs its body up to its first co_await.)

Not in the book: the options, the timestamps and the lines, which come from say() in lab_cli.py.
three_ways.py runs this way too, as --way concurrent; with --jsonl this script prints what that
prints for this one way.

    python3 await_concurrent.py --seconds 0.5
"""

import asyncio

from lab_cli import say, way_main

WAY = 'concurrent'
TITLE = 'create_task() twice, then await the tasks'


async def slow(name: str, seconds: float) -> str:
    say(f'{name}: started')  # step: body-starts
    await asyncio.sleep(seconds)  # step: sleep
    say(f'{name}: done')
    return f'{name}-result'


async def main(seconds: float) -> None:
    coro_a = slow('A', seconds)
    say("coro_a = slow('A'): coroutine object created: nothing of its body ran")
    task_a = asyncio.create_task(coro_a)  # step: create-task
    say('task_a = asyncio.create_task(coro_a): task scheduled: still nothing ran')
    coro_b = slow('B', seconds)
    say("coro_b = slow('B'): coroutine object created: nothing of its body ran")
    task_b = asyncio.create_task(coro_b)
    say('task_b = asyncio.create_task(coro_b): task scheduled: still nothing ran')
    say('main: await task_a hands the event loop back, so both tasks start')
    a = await task_a  # step: await-tasks
    b = await task_b
    say(f'main: got {a!r} and {b!r}')


def run_way(seconds: float) -> None:
    asyncio.run(main(seconds))


if __name__ == '__main__':
    way_main(WAY, TITLE, run_way)

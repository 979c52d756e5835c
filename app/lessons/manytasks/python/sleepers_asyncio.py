#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N asyncio tasks that sleep S seconds at the same time, on one thread and one event loop.

Concurrency Lab's Python counterpart of its "N coroutines" demo, after the examples in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
spinner_async.py starts one task beside a slow call. Here N tasks (up to 1,000,000) sleep at
once, and the script measures what they cost: how long starting them takes, how far past S the
last one ends, and how much memory each one takes. The lines that make a step of the demo end
with a comment "# step:" followed by the step's id; the app's code viewer highlights them next to
the C++ version. sleepers_threads.py and sleepers_processes.py do the same with threads and
processes.

A task is a coroutine frame and a small Task object: no thread and no stack of its own. Every
sleeping task is one entry in the event loop's heap of timers.

Not in the book: running N at once, the options, the progress reporter, and the measures, which
live in sleepers_cli.py (it also lists what --jsonl prints). Cancel: the app sends SIGTERM to the
script's process group, and Python leaves SIGTERM at its default action, so the kernel ends the
script at once, with no traceback.

    python3 sleepers_asyncio.py --count 100000
"""

import asyncio
import contextlib

from sleepers_cli import REPORT_EVERY, SleepersRun


async def sleeper(seconds: float, run: SleepersRun) -> None:
    await asyncio.sleep(seconds)  # step: sleep
    run.done += 1  # step: count-done


async def reporter(run: SleepersRun) -> None:
    while True:
        await asyncio.sleep(REPORT_EVERY)
        run.progress()


async def run_tasks(run: SleepersRun) -> None:
    progress = asyncio.create_task(reporter(run))
    run.begin()
    tasks = []
    for _ in range(run.count):
        tasks.append(asyncio.create_task(sleeper(run.seconds, run)))  # step: launch
        run.started_one()
        if run.started % 1000 == 0:  # let the loop start these tasks and report (not in the book)
            await asyncio.sleep(0)
    run.launched()
    await asyncio.gather(*tasks)  # step: wait-all
    run.finished()
    progress.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await progress


def main() -> None:
    run = SleepersRun.from_command_line('asyncio', 'N asyncio tasks that sleep at the same time.')
    run.announce()
    asyncio.run(run_tasks(run))
    run.report_total()  # step: report


if __name__ == '__main__':
    main()

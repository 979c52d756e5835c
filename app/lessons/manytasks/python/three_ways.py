#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Three ways to run a coroutine: await it, wrap it in a task, or hand it to asyncio.run().

Concurrency Lab's Python counterpart of its "three ways to run a coroutine" demo, after the
examples in "Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, and
the book's three main ways of running a coroutine there: asyncio.run(coro()) from plain code,
asyncio.create_task(coro()) and await coro() inside a coroutine. Each way is a script of its own,
which this one imports and runs. The lines that make a step of this demo end with a comment
"# step:" followed by the step's id; the app's code viewer highlights them next to the C++
version.

    --way sequential  await_sequential.py: await slow('A'), then await slow('B'): about
                      2 x SECONDS
    --way concurrent  await_concurrent.py: two coroutine objects, each wrapped in a task, then
                      await the tasks: about SECONDS. The order of the lines shows that neither
                      slow(...) nor create_task() runs any of the body: the tasks start only when
                      the main coroutine awaits, handing the event loop back.
    --way run         asyncio_run.py: asyncio.run() drives a coroutine from plain code, but
                      raises RuntimeError when called inside a running event loop
    --way all         the three, in that order (the default)

Not in the book: the options, the timestamps, slow()'s lines, and asyncio.run() called inside a
running loop. The ways show their lines with say() from lab_cli.py, which hands each line to the
printer installed here. With --jsonl (see lab_cli.py) it prints:
    {"ready": <pid>, "way": <the --way given>}                              first
    {"line": <text>, "way": <way>, "t": <seconds since that way started>}   one per line shown
        (the RuntimeError line adds "error": "RuntimeError: <message>")
    {"elapsed": <seconds>, "way": <way>}                                    as each way ends
    {"total": <seconds>, "ways": [<the ways run, in order>]}                last

    python3 three_ways.py --way concurrent --seconds 0.5
"""

from types import ModuleType

import asyncio_run
import await_concurrent
import await_sequential
from lab_cli import emit, parser, print_text, ways

# The ways, in the order --way all runs them: each is a module with WAY (its name), TITLE and
# run_way(seconds).
WAYS: dict[str, ModuleType] = {
    way.WAY: way for way in (await_sequential, await_concurrent, asyncio_run)
}


def print_line(text: str, way: str, t: float, error: str = '') -> None:
    """With --jsonl, each line a way says goes to the app as one JSON object."""
    fields = {'error': error} if error else {}  # the app shows the error apart
    emit(line=text, way=way, t=round(t, 6), **fields)  # step: print-line


def main() -> None:
    cli = parser('Three ways to run a coroutine.', 'how long each slow() sleeps (default: 1.0)')
    cli.add_argument('--way', choices=[*WAYS, 'all'], default='all',
                     help='which way to show (default: all, one after the other)')
    args = cli.parse_args()
    ways.begin(args.way, args.jsonl, printer=print_line if args.jsonl else print_text)
    for name in list(WAYS) if args.way == 'all' else [args.way]:
        way = WAYS[name]
        ways.start(name, way.TITLE)
        way.run_way(args.seconds)  # step: run-way
        ways.end()
    ways.report_total()


if __name__ == '__main__':
    main()

# SPDX-License-Identifier: MIT
"""The plumbing shared by the ways scripts and the sleepers scripts: options, JSON lines, say().

Not in the book: Concurrency Lab's plumbing around its examples after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19,
so that every script takes --seconds and --jsonl the same way and the app can read what it prints,
and say(), with which await_sequential.py, await_concurrent.py and asyncio_run.py show their lines,
each with the time since its way started, whether they run on their own or from three_ways.py.
What only the sleepers scripts share lives in sleepers_cli.py.

With --jsonl a script prints one JSON object per line, flushed at once: the first is
{"ready": <pid of the script>, ...} and the last holds "total"; three_ways.py and sleepers_cli.py
list the objects in between. A way run on its own prints the same objects as three_ways.py
--way <that way>. A script that fails prints one line to stderr and exits with status 1.
"""

import argparse
import json
import os
import sys
from collections.abc import Callable
from time import perf_counter
from typing import NoReturn

MAX_SECONDS = 10.0


def seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a number: {text}') from None
    if not 0 < value <= MAX_SECONDS:  # also rejects nan
        raise argparse.ArgumentTypeError(f'must be more than 0 and at most {MAX_SECONDS:g}, not {text}')
    return value


def parser(description: str, seconds_help: str) -> argparse.ArgumentParser:
    """The options every script takes: --seconds and --jsonl."""
    result = argparse.ArgumentParser(description=description)
    result.add_argument('--seconds', type=seconds, default=1.0, help=seconds_help)
    result.add_argument('--jsonl', action='store_true',
                        help='print one JSON object per line (for Concurrency Lab)')
    return result


def emit(**fields: object) -> None:
    print(json.dumps(fields), flush=True)  # one object per line, sent at once


def fail(message: str) -> NoReturn:
    """One line on stderr, which the app shows, and exit status 1."""
    print(message, file=sys.stderr, flush=True)
    sys.exit(1)


# The ways. A printer shows one line: its text, its way, the seconds since that way started, and
# an error ('' when there is none).
Printer = Callable[[str, str, float, str], None]


def print_text(text: str, way: str, t: float, error: str = '') -> None:
    print(f'{t:8.3f}s  {text}', flush=True)


def print_json(text: str, way: str, t: float, error: str = '') -> None:
    fields = {'error': error} if error else {}  # the app shows the error apart
    emit(line=text, way=way, t=round(t, 6), **fields)


class Ways:
    """Runs ways one after another: which one runs, since when, and where their lines go."""

    def __init__(self) -> None:
        self.jsonl = False
        self.printer: Printer = print_text
        self.way = ''
        self.done: list[str] = []
        self.t0 = self.way_t0 = perf_counter()

    def begin(self, way_option: str, jsonl: bool, printer: Printer | None = None) -> None:
        """Prints the ready line; printer shows the lines (default: print_json or print_text)."""
        self.jsonl = jsonl
        self.printer = printer or (print_json if jsonl else print_text)
        if jsonl:
            emit(ready=os.getpid(), way=way_option)
        self.t0 = perf_counter()

    def start(self, way: str, title: str) -> None:
        if not self.jsonl:
            print(f'{way}: {title}', flush=True)
        self.way, self.way_t0 = way, perf_counter()

    def elapsed(self) -> float:
        return perf_counter() - self.way_t0

    def end(self) -> None:
        elapsed = self.elapsed()
        self.done.append(self.way)
        if self.jsonl:
            emit(elapsed=round(elapsed, 6), way=self.way)
        else:
            print(f'{self.way}: {elapsed:.2f}s\n', flush=True)

    def report_total(self) -> None:
        total = perf_counter() - self.t0
        if self.jsonl:
            emit(total=round(total, 6), ways=self.done)
        else:
            print(f'Total time: {total:.2f}s')


ways = Ways()


def say(text: str, error: str = '') -> None:
    """Shows a line of the way running, with the seconds since that way started."""
    ways.printer(text, ways.way, ways.elapsed(), error)


def way_main(way: str, title: str, run_way: Callable[[float], None]) -> None:
    """The main() of await_sequential.py, await_concurrent.py and asyncio_run.py: one way."""
    args = parser(f'{title}.', 'how long each slow() sleeps (default: 1.0)').parse_args()
    ways.begin(way, args.jsonl)
    ways.start(way, title)
    run_way(args.seconds)
    ways.end()
    ways.report_total()

# SPDX-License-Identifier: MIT
"""The plumbing shared by the counter scripts: their options and the line they print.

Not in the book: Concurrency Lab's plumbing around its shared-counter examples after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, so that every
counter_*.py script takes the same options and prints the same line. queue_cli.py borrows
whole_number() from here.

Options: --units N (threads, tasks or processes; default 4), --increments M (how many times each
one adds 1; default 100000, less in the slow scripts) and --json. A script prints
    161342 of 200000 (38658 lost), 0.412 s
("none lost" when nothing is, "never shared" when the total is 0), maybe followed by lines of its own,
or with --json one JSON object on one line:
    {"expected": 200000, "total": 161342, "lost": 38658, "seconds": 0.412}
plus the fields that script adds. seconds: from the moment the barrier lets all the units go to
the moment the last one is done. An option out of range (--units 0, --increments -5) gets
argparse's usage line and a one-line error on stderr, and exit status 2.
"""

import argparse
import json
from collections.abc import Callable

MAX_UNITS = 64
MAX_INCREMENTS = 10_000_000


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from low to high."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f'not a whole number: {text}') from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f'must be {low:,} to {high:,}, not {text}')
        return value

    return parse


def parser(description: str, increments: int = 100_000) -> argparse.ArgumentParser:
    """The options every counter script takes; a script may add its own before parse_args()."""
    cli = argparse.ArgumentParser(description=description)
    cli.add_argument('--units', type=whole_number(1, MAX_UNITS), default=4,
                     help='how many threads, tasks or processes count (default: 4)')
    cli.add_argument('--increments', type=whole_number(1, MAX_INCREMENTS), default=increments,
                     help=f'how many times each one adds 1 (default: {increments})')
    cli.add_argument('--json', action='store_true',
                     help='print one JSON object on one line (for Concurrency Lab)')
    return cli


def add_widen_option(cli: argparse.ArgumentParser, call: str) -> argparse.ArgumentParser:
    """--widen: the app's "Yield between read and write" switch, done by `call`."""
    cli.add_argument('--widen', action='store_true',
                     help=f'call {call} between the read and the write: many more updates are lost')
    return cli


def report(args: argparse.Namespace, total: int, seconds: float,
           *lines: str, **fields: object) -> None:
    """Prints the result line and lines; with --json, one object with fields added instead."""
    expected = args.units * args.increments
    lost = expected - total
    if args.json:
        print(json.dumps({'expected': expected, 'total': total, 'lost': lost,
                          'seconds': round(seconds, 6), **fields}), flush=True)
        return
    # A total of 0 only comes from processes that each counted their own copy: nothing was shared.
    how_many = 'none lost' if lost == 0 else 'never shared' if total == 0 else f'{lost} lost'
    print(f'{total} of {expected} ({how_many}), {seconds:.3f} s')
    for line in lines:
        print(line)

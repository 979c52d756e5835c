# SPDX-License-Identifier: MIT
"""The plumbing shared by the queue scripts: their options and the line they print.

Not in the book: Concurrency Lab's plumbing around its producer-consumer examples after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, so that
queue_threads.py, queue_asyncio.py and queue_processes.py take the same options and print the same
line. whole_number() comes from counter_cli.py.

Options: --consumers K (default 4), --items J (default 200), --capacity C (the queue's maxsize,
default 10: a full queue makes the producer wait), --work-ms W (how long a consumer works on each
item, default 5; 0 is allowed) and --json; queue_threads.py and queue_asyncio.py add
--kind fifo|lifo|priority. A script prints
    200 items, sum 20100, by 4 consumers (50, 51, 49, 50 each), 760 items/s; the producer waited
    187 times for room
(on one line), or with --json one JSON object on one line:
    {"items": 200, "sum": 20100, "per_consumer": [{"items": 50, "sum": 4990}, ...],
     "seconds": 0.263, "producer_waits": 187}
where items and sum are what the consumers processed, added up (J and J x (J + 1) / 2 when none
is lost), per_consumer is what each one processed, and seconds runs from the first put to the end
of the last consumer. An option out of range (--consumers 0, --capacity 0, --work-ms -1) gets
argparse's usage line and a one-line error on stderr, and exit status 2.
"""

import argparse
import json
import math

from counter_cli import whole_number

MAX_CONSUMERS = 64
MAX_ITEMS = 1_000_000
MAX_CAPACITY = 100_000
MAX_WORK_MS = 1000.0


def milliseconds(text: str) -> float:
    """An argparse type: a number of milliseconds from 0 to MAX_WORK_MS."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f'not a number: {text}') from None
    if not 0 <= value <= MAX_WORK_MS:  # also rejects nan
        raise argparse.ArgumentTypeError(f'must be 0 to {MAX_WORK_MS:g}, not {text}')
    return value


def parser(description: str, kinds: list[str] | None = None) -> argparse.ArgumentParser:
    """The options every queue script takes, and --kind when kinds are given."""
    cli = argparse.ArgumentParser(description=description)
    cli.add_argument('--consumers', type=whole_number(1, MAX_CONSUMERS), default=4,
                     help='how many consumers take items from the queue (default: 4)')
    cli.add_argument('--items', type=whole_number(1, MAX_ITEMS), default=200,
                     help='how many items the producer puts: 1 to J (default: 200)')
    cli.add_argument('--capacity', type=whole_number(1, MAX_CAPACITY), default=10,
                     help="the queue's maxsize: when full, put() waits (default: 10)")
    cli.add_argument('--work-ms', type=milliseconds, default=5.0,
                     help='how long a consumer works on each item, in ms (default: 5)')
    if kinds:
        cli.add_argument('--kind', choices=kinds, default=kinds[0],
                         help=f'which queue: {", ".join(kinds)} (default: {kinds[0]})')
    cli.add_argument('--json', action='store_true',
                     help='print one JSON object on one line (for Concurrency Lab)')
    return cli


def plural(count: int, word: str) -> str:
    return f'{count} {word}' if count == 1 else f'{count} {word}s'


def report(args: argparse.Namespace, per_consumer: list[tuple[int, int]], seconds: float,
           producer_waits: int) -> None:
    """Prints the result line; per_consumer: (items, sum) from each consumer."""
    items = sum(count for count, _ in per_consumer)
    total = sum(item_sum for _, item_sum in per_consumer)
    if args.json:
        print(json.dumps({'items': items, 'sum': total,
                          'per_consumer': [{'items': count, 'sum': item_sum}
                                           for count, item_sum in per_consumer],
                          'seconds': round(seconds, 6), 'producer_waits': producer_waits}),
              flush=True)
        return
    each = ', '.join(str(count) for count, _ in per_consumer)
    rate = items / seconds if seconds > 0 else math.inf
    print(f'{plural(items, "item")}, sum {total}, by {plural(len(per_consumer), "consumer")} '
          f'({each} each), {rate:.0f} items/s; '
          f'the producer waited {plural(producer_waits, "time")} for room')

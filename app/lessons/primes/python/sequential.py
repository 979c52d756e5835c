#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the numbers one after the other on the main thread: the baseline.

Concurrency Lab's Python counterpart of its sequential primes demo, after sequential.py in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19. The lines that
make a step of the demo end with a "# step: <id>" comment; the app's code viewer highlights them
next to the C++ version.

Not in the book: the options (--quick, --numbers, --jsonl; --workers is accepted and ignored) and
the output helpers, which live in primes_cli.py.

    python3 sequential.py --quick
"""

import threading
from time import perf_counter
from typing import NamedTuple

from primes import is_prime, NUMBERS, QUICK_NUMBERS
from primes_cli import announce, parse_args, show, summarize


class Result(NamedTuple):
    prime: bool
    elapsed: float


def check(n: int) -> Result:
    t0 = perf_counter()
    prime = is_prime(n)  # step: check-number
    return Result(prime, perf_counter() - t0)


def main() -> None:
    args = parse_args('Checks numbers for primality one after the other.',
                      'ignored: the main thread checks every number')
    numbers = args.numbers or (QUICK_NUMBERS if args.quick else NUMBERS)
    worker = threading.get_native_id()  # not in the book: the thread that checks them all
    announce(f'Checking {len(numbers)} numbers sequentially:', 1, args.jsonl)
    t0 = perf_counter()
    for n in numbers:
        prime, elapsed = check(n)
        show(n, prime, elapsed, worker, args.jsonl)

    elapsed = perf_counter() - t0
    total = f'Total time: {elapsed:.2f}s'
    summarize(total, elapsed, 1, len(numbers), args.jsonl)  # step: report-total


if __name__ == '__main__':
    main()

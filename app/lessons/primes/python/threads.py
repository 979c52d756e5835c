#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the numbers on N threads that take them from a queue: slower than sequential.py.

Concurrency Lab's Python counterpart of its threads primes demo, after threads.py in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19. The lines that
make a step of the demo end with a "# step: <id>" comment; the app's code viewer highlights them
next to the C++ version.

is_prime() is pure Python bytecode, so a thread holds the GIL while it runs: the threads take
turns (whatever core each one is on), and switching between them costs extra.

Not in the book: the options (--workers, --quick, --numbers, --jsonl; the book reads the number
of threads from sys.argv), the worker field of PrimeResult, and the output helpers, which live in
primes_cli.py.

    python3 threads.py --quick --workers 2
"""

import threading
from queue import SimpleQueue
from threading import Thread
from time import perf_counter
from typing import NamedTuple

from primes import is_prime, NUMBERS, QUICK_NUMBERS
from primes_cli import announce, parse_args, show, summarize


class PrimeResult(NamedTuple):
    n: int
    prime: bool
    elapsed: float
    worker: int  # not in the book: the native id of the thread that checked n


JobQueue = SimpleQueue[int]
ResultQueue = SimpleQueue[PrimeResult]


def check(n: int) -> PrimeResult:
    t0 = perf_counter()
    res = is_prime(n)  # step: check-number
    return PrimeResult(n, res, perf_counter() - t0, threading.get_native_id())


def worker(jobs: JobQueue, results: ResultQueue) -> None:
    while n := jobs.get():  # 0 means: no more jobs
        results.put(check(n))
    results.put(PrimeResult(0, False, 0.0, threading.get_native_id()))


def start_jobs(numbers: list[int], workers: int, jobs: JobQueue, results: ResultQueue) -> None:
    for n in numbers:
        jobs.put(n)
    for _ in range(workers):
        proc = Thread(target=worker, args=(jobs, results))
        proc.start()  # step: start-workers
        jobs.put(0)


def report(workers: int, results: ResultQueue, jsonl: bool) -> int:
    checked = 0
    workers_done = 0
    while workers_done < workers:
        n, prime, elapsed, worker_id = results.get()  # step: receive-result
        if n == 0:
            workers_done += 1
        else:
            checked += 1
            show(n, prime, elapsed, worker_id, jsonl)
    return checked


def main() -> None:
    args = parse_args('Checks numbers for primality on threads.',
                      'number of threads (default: CPU count)')
    numbers = args.numbers or (QUICK_NUMBERS if args.quick else NUMBERS)
    workers = args.workers
    announce(f'Checking {len(numbers)} numbers with {workers} threads:', workers, args.jsonl)
    t0 = perf_counter()
    jobs: JobQueue = SimpleQueue()
    results: ResultQueue = SimpleQueue()
    start_jobs(numbers, workers, jobs, results)
    checked = report(workers, results, args.jsonl)
    elapsed = perf_counter() - t0
    total = f'{checked} checks in {elapsed:.2f}s'
    summarize(total, elapsed, workers, checked, args.jsonl)  # step: report-total


if __name__ == '__main__':
    main()

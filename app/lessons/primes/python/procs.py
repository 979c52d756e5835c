#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the numbers in N child processes that take them from a queue: faster on many cores.

Concurrency Lab's Python counterpart of its processes primes demo, after procs.py in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19. The lines that
make a step of the demo end with a "# step: <id>" comment; the app's code viewer highlights them
next to the C++ version.

Each worker process has its own interpreter and its own GIL, so the workers run on all cores at
once. Jobs and results travel through pipes between the processes (multiprocessing.SimpleQueue).

Not in the book: the options (--workers, --quick, --numbers, --jsonl; the book reads the number
of processes from sys.argv), the worker field of PrimeResult, the output helpers (in primes_cli.py),
and two lines that keep a worker from outliving the main process: daemon=True and
exit_with_parent().

    python3 procs.py --quick --workers 2
"""

import multiprocessing
import multiprocessing.connection
import os
import sys
from multiprocessing import Process, SimpleQueue
from multiprocessing import queues
from threading import Event, Thread
from time import perf_counter
from typing import NamedTuple

from primes import is_prime, NUMBERS, QUICK_NUMBERS
from primes_cli import announce, parse_args, show, summarize


class PrimeResult(NamedTuple):
    n: int
    prime: bool
    elapsed: float
    worker: int  # not in the book: the PID of the process that checked n


JobQueue = queues.SimpleQueue[int]
ResultQueue = queues.SimpleQueue[PrimeResult]


def check(n: int) -> PrimeResult:
    t0 = perf_counter()
    res = is_prime(n)  # step: check-number
    return PrimeResult(n, res, perf_counter() - t0, os.getpid())


def worker(jobs: JobQueue, results: ResultQueue) -> None:
    exit_with_parent()  # not in the book
    while n := jobs.get():  # 0 means: no more jobs
        results.put(check(n))
    results.put(PrimeResult(0, False, 0.0, os.getpid()))


def start_jobs(numbers: list[int], workers: int, jobs: JobQueue, results: ResultQueue) -> list[Process]:
    procs = []
    for n in numbers:
        jobs.put(n)
    for _ in range(workers):
        # daemon=True is not in the book: the main process ends its workers when it exits,
        # even after an error.
        proc = Process(target=worker, args=(jobs, results), daemon=True)
        proc.start()  # step: start-workers
        procs.append(proc)
        jobs.put(0)
    return procs


def watch_workers(procs: list[Process], finished: Event) -> None:
    """Not in the book: a worker that dies (killed, out of memory) never sends its 0, and report()
    would wait for it forever. Exit with an error naming it instead. Once `finished` is set, the
    workers' ends are normal (at exit, multiprocessing terminates its daemonic workers)."""
    def watch() -> None:
        waiting = {proc.sentinel: proc for proc in procs}
        while waiting:
            for sentinel in multiprocessing.connection.wait(list(waiting)):
                proc = waiting.pop(sentinel)
                proc.join()
                if finished.is_set():
                    return
                if proc.exitcode not in (0, None):
                    print(f'worker process {proc.pid} died (exit code {proc.exitcode})', file=sys.stderr, flush=True)
                    os._exit(1)
    Thread(target=watch, daemon=True).start()


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
    args = parse_args('Checks numbers for primality in child processes.',
                      'number of worker processes (default: CPU count)')
    numbers = args.numbers or (QUICK_NUMBERS if args.quick else NUMBERS)
    workers = args.workers
    announce(f'Checking {len(numbers)} numbers with {workers} processes:', workers, args.jsonl)
    t0 = perf_counter()
    jobs: JobQueue = SimpleQueue()
    results: ResultQueue = SimpleQueue()
    procs = start_jobs(numbers, workers, jobs, results)
    finished = Event()  # not in the book, see watch_workers()
    watch_workers(procs, finished)
    checked = report(workers, results, args.jsonl)
    finished.set()
    elapsed = perf_counter() - t0
    total = f'{checked} checks in {elapsed:.2f}s'
    summarize(total, elapsed, workers, checked, args.jsonl)  # step: report-total


def exit_with_parent() -> None:
    """Not in the book: a worker exits at once when the main process is gone (killed, say),
    rather than checking numbers nobody will read. A watcher thread waits for that, without
    polling, while the worker's own thread keeps checking numbers. (The wait ends when the pipe
    that multiprocessing keeps to the parent closes; workers started later hold it open too, and
    they exit just as fast, so the last one started goes first.)"""
    parent = multiprocessing.parent_process()

    def watch() -> None:
        parent.join()  # returns when the main process has ended
        os._exit(1)

    Thread(target=watch, daemon=True).start()


if __name__ == '__main__':  # needed: a child process may import this module again
    main()

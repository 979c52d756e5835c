#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Where Python threads do help: jobs that release the GIL while they run.

Written for Concurrency Lab, after the discussion of the GIL in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19:
functions of the standard library written in C, such as hashlib's and zlib's, release the GIL
while they crunch a large buffer, so other Python threads run meanwhile, on other cores. The
same threads running is_prime(), plain Python bytecode, hold the GIL and take turns, as in
threads.py. The lines that make a step of the demo end with a "# step: <id>" comment; the app's
code viewer highlights them next to the C++ version.

N threads take K jobs from a queue, like the workers of threads.py; every job runs the same task:
    hash    SHA-256 of a 192 MiB stream (an 8 MiB buffer, 24 times): releases the GIL
    zlib    zlib.compress() of the 8 MiB buffer: releases the GIL
    primes  is_prime(142702110479723), the book's first large prime: holds the GIL
Each job takes roughly 0.1 to 0.3 s on a recent PC. Compare the total with --workers 1 and
--workers 2: only the tasks that release the GIL get faster.

    python3 gil_release.py --task hash --workers 2 --jobs 4
"""

import argparse
import hashlib
import random
import threading
import zlib
from collections.abc import Callable
from queue import SimpleQueue
from threading import Thread
from time import perf_counter
from typing import NamedTuple

from primes import is_prime
from primes_cli import announce, emit, parser, positive, summarize

BUFFER_SIZE = 8 * 1024 * 1024
HASH_ROUNDS = 24
BIG_PRIME = 142702110479723


def hash_job(data: bytes) -> None:
    digest = hashlib.sha256()
    for _ in range(HASH_ROUNDS):
        digest.update(data)  # C code: the GIL is released while it hashes


def zlib_job(data: bytes) -> None:
    zlib.compress(data)  # C code: the GIL is released while it compresses


def primes_job(data: bytes) -> None:
    is_prime(BIG_PRIME)  # Python bytecode: the GIL is held while it runs


Task = Callable[[bytes], None]
TASKS: dict[str, Task] = {'hash': hash_job, 'zlib': zlib_job, 'primes': primes_job}


class JobResult(NamedTuple):
    job: int
    elapsed: float
    worker: int  # the native id of the thread that ran the job


JobQueue = SimpleQueue[int]
ResultQueue = SimpleQueue[JobResult]


def run(task: Task, job: int, data: bytes) -> JobResult:
    t0 = perf_counter()
    task(data)  # hashlib and zlib release the GIL in here; is_prime() never does
    return JobResult(job, perf_counter() - t0, threading.get_native_id())


def worker(task: Task, data: bytes, jobs: JobQueue, results: ResultQueue) -> None:
    while job := jobs.get():  # 0 means: no more jobs
        results.put(run(task, job, data))
    results.put(JobResult(0, 0.0, threading.get_native_id()))


def start_jobs(task: Task, data: bytes, job_count: int, workers: int,
               jobs: JobQueue, results: ResultQueue) -> None:
    for job in range(1, job_count + 1):
        jobs.put(job)
    for _ in range(workers):
        thread = Thread(target=worker, args=(task, data, jobs, results))
        thread.start()  # step: start-workers
        jobs.put(0)


def report(task_name: str, workers: int, results: ResultQueue, jsonl: bool) -> int:
    done = 0
    workers_done = 0
    while workers_done < workers:
        job, elapsed, worker_id = results.get()  # step: receive-result
        if job == 0:
            workers_done += 1
        else:
            done += 1
            if jsonl:
                emit(job=job, task=task_name, seconds=elapsed, worker=worker_id)
            else:
                print(f'job {job:3}  {task_name:6} {elapsed:9.6f}s  thread {worker_id}')
    return done


def main() -> None:
    args = parse_args()
    workers = args.workers
    job_count = args.jobs or 2 * workers
    data = random.Random(19).randbytes(BUFFER_SIZE)  # made before the clock starts
    announce(f'Running {job_count} {args.task} jobs on {workers} threads:', workers, args.jsonl)
    t0 = perf_counter()
    jobs: JobQueue = SimpleQueue()
    results: ResultQueue = SimpleQueue()
    start_jobs(TASKS[args.task], data, job_count, workers, jobs, results)
    done = report(args.task, workers, results, args.jsonl)
    elapsed = perf_counter() - t0
    total = f'{done} jobs in {elapsed:.2f}s'
    summarize(total, elapsed, workers, done, args.jsonl)  # step: report-total


def parse_args() -> argparse.Namespace:
    result = parser('Runs jobs on threads: some release the GIL, some hold it.',
                    'number of threads (default: CPU count)')
    result.add_argument('--task', choices=sorted(TASKS), default='hash',
                        help='what every job does (default: hash)')
    result.add_argument('--jobs', type=positive, help='how many jobs (default: twice the threads)')
    return result.parse_args()


if __name__ == '__main__':
    main()

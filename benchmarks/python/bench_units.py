#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The raw cost of one execution unit in CPython, created, started and joined one after another
after a warm-up: a threading.Thread, a coroutine awaiting nothing, and a child process
(multiprocessing, fork and spawn) that receives one number and answers whether it is prime.
The coroutine figure pairs like with like: a QCoro task starts at once and runs to its end without
the event loop, as a coroutine awaited directly does; an asyncio Task (create_task) always takes a
trip through the loop, and is reported beside it ("task_median").
Prints one JSON object per figure and line, as concurrency-lab-bench's units group measures them
in C++ (benchmarks/benchunits.cpp), with the same definitions and round counts.
"""

import argparse
import asyncio
import json
import multiprocessing
import statistics
import threading
import time


def summary(figure, samples, **extra):
    # Nearest rank, as the C++ side (nearest_rank() is defined below).
    print(json.dumps({'figure': figure, 'count': len(samples), 'median': nearest_rank(samples, 50),
                      'p99': nearest_rank(samples, 99), 'max': max(samples), 'mean': statistics.fmean(samples), **extra}))


def time_each(rounds, scale, unit):
    for _ in range(max(1, rounds // 10)):   # warm-up
        unit()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        unit()
        samples.append((time.perf_counter_ns() - start) * scale / 1e9)
    return samples


def nothing():
    pass


def thread_round_trip():
    thread = threading.Thread(target=nothing)
    thread.start()
    thread.join()


async def nothing_async():
    pass


async def time_coroutines(rounds, batch, as_task):
    """`batch` awaits to a sample (one takes about what two clock reads cost), `rounds` samples after
    a tenth as warm-up; each sample is one await's share, in us."""
    samples = []
    for i in range(rounds + rounds // 10):
        start = time.perf_counter_ns()
        if as_task:
            for _ in range(batch):
                await asyncio.create_task(nothing_async())
        else:
            for _ in range(batch):
                await nothing_async()
        if i >= rounds // 10:
            samples.append((time.perf_counter_ns() - start) / 1e3 / batch)
    return samples


def nearest_rank(samples, percent):
    samples = sorted(samples)
    return samples[max(0, -(-percent * len(samples) // 100) - 1)]


def is_prime(n):   # Fluent Python, 2nd ed., ch. 19, primes.py
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    root = int(n ** 0.5)
    for i in range(3, root + 1, 2):
        if n % i == 0:
            return False
    return True


def answer(connection):
    connection.send(is_prime(connection.recv()))


def process_round_trip(context):
    parent_end, child_end = context.Pipe()
    child = context.Process(target=answer, args=(child_end,))
    child.start()
    parent_end.send(7)
    assert parent_end.recv() is True
    child.join()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--threads', type=int, default=500)
    parser.add_argument('--tasks', type=int, default=2000, help='coroutine samples')
    parser.add_argument('--batch', type=int, default=100, help='awaits per coroutine sample')
    parser.add_argument('--processes', type=int, default=40)
    args = parser.parse_args()

    tasks = asyncio.run(time_coroutines(args.tasks, args.batch, as_task=True))
    summary('coroutine-raw', asyncio.run(time_coroutines(args.tasks, args.batch, as_task=False)),
            task_median=nearest_rank(tasks, 50), task_p99=nearest_rank(tasks, 99))
    summary('thread-raw', time_each(args.threads, 1e6, thread_round_trip))
    spawn = time_each(args.processes, 1e3, lambda: process_round_trip(multiprocessing.get_context('spawn')))
    summary('process-raw', time_each(args.processes, 1e3, lambda: process_round_trip(multiprocessing.get_context('fork'))),
            start_method='fork', spawn_median=nearest_rank(spawn, 50))


if __name__ == '__main__':
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The raw cost of one execution unit in CPython, created, started and joined one after another
after a warm-up: a threading.Thread, an asyncio Task awaiting nothing, and a child process
(multiprocessing, fork and spawn) that receives one number and answers whether it is prime.
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
    samples = sorted(samples)
    rank99 = max(0, -(-99 * len(samples) // 100) - 1)   # nearest rank, as the C++ side
    rank50 = max(0, -(-50 * len(samples) // 100) - 1)
    print(json.dumps({'figure': figure, 'count': len(samples), 'median': samples[rank50],
                      'p99': samples[rank99], 'max': samples[-1], 'mean': statistics.fmean(samples), **extra}))


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


async def time_tasks(rounds):
    samples = []
    for i in range(rounds + rounds // 10):
        start = time.perf_counter_ns()
        await asyncio.create_task(nothing_async())
        if i >= rounds // 10:
            samples.append((time.perf_counter_ns() - start) / 1e3)
    return samples


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
    parser.add_argument('--tasks', type=int, default=20000)
    parser.add_argument('--processes', type=int, default=40)
    args = parser.parse_args()

    summary('coroutine-raw', asyncio.run(time_tasks(args.tasks)))
    summary('thread-raw', time_each(args.threads, 1e6, thread_round_trip))
    spawn = time_each(args.processes, 1e3, lambda: process_round_trip(multiprocessing.get_context('spawn')))
    summary('process-raw', time_each(args.processes, 1e3, lambda: process_round_trip(multiprocessing.get_context('fork'))),
            start_method='fork', spawn_median=sorted(spawn)[len(spawn) // 2])


if __name__ == '__main__':
    main()

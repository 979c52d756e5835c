#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The spinners of Fluent Python, 2nd ed., ch. 19 (spinner_thread.py, spinner_proc.py,
spinner_async.py and spinner_async_experiment.py), measured: the spinner draws at 60 frames a
second against absolute deadlines (as the app's FramePacer does) while slow() runs for --seconds,
and records when it drew each frame. Prints one JSON object per figure and line, as
concurrency-lab-bench's spinners group measures the app's spinners (benchmarks/benchspinners.cpp):
frames painted vs expected, frame interval p50/p99/max and the longest gap; for the blocked loop
(time.sleep() inside a coroutine) the freeze and the frames drawn while it lasted.
"""

import argparse
import asyncio
import itertools
import json
import multiprocessing
import os
import threading
import time

FPS = 60


def stats(frames, start, end, **extra):
    """Frame figures over [start, end] (perf_counter seconds), in ms."""
    inside = [t for t in frames if start <= t <= end]
    intervals = sorted((b - a) * 1e3 for a, b in zip(inside, inside[1:]))
    edges = [start, *inside, end]
    rank = lambda p: intervals[max(0, -(-p * len(intervals) // 100) - 1)] if intervals else 0.0
    return {'painted': len(inside), 'expected': int((end - start) * FPS),
            'intervalP50': rank(50), 'intervalP99': rank(99), 'intervalMax': intervals[-1] if intervals else 0.0,
            'longestGap': max((b - a) * 1e3 for a, b in zip(edges, edges[1:])), **extra}


def spin(done, frames, sink):
    """The book's spin(), paced at 60 Hz: draws until `done` is set, recording each frame's time."""
    start = time.perf_counter()
    for frame, char in enumerate(itertools.cycle(r'\|/-'), start=1):
        print(f'\r{char} thinking!', end='', file=sink, flush=True)
        frames.append(time.perf_counter())
        if done.wait(max(0.0, start + frame / FPS - time.perf_counter())):
            break


def spin_in_child(done, results):
    frames = []
    with open(os.devnull, 'w') as sink:
        spin(done, frames, sink)
    results.put(frames)


async def spin_async(frames, sink):
    start = time.perf_counter()
    for frame, char in enumerate(itertools.cycle(r'\|/-'), start=1):
        print(f'\r{char} thinking!', end='', file=sink, flush=True)
        frames.append(time.perf_counter())
        await asyncio.sleep(max(0.0, start + frame / FPS - time.perf_counter()))


def slow(seconds):
    time.sleep(seconds)
    return 42


async def slow_async(seconds):
    await asyncio.sleep(seconds)
    return 42


def supervisor_thread(seconds, sink):   # spinner_thread.py
    done, frames = threading.Event(), []
    spinner = threading.Thread(target=spin, args=(done, frames, sink))
    start = time.perf_counter()
    spinner.start()
    result = slow(seconds)
    done.set()
    spinner.join()
    return result, frames, start, time.perf_counter()


def supervisor_process(seconds, sink):   # spinner_proc.py
    done, results = multiprocessing.Event(), multiprocessing.Queue()
    spinner = multiprocessing.Process(target=spin_in_child, args=(done, results))
    start = time.perf_counter()
    spinner.start()
    result = slow(seconds)
    done.set()
    frames = results.get()
    spinner.join()
    return result, frames, start, time.perf_counter()


async def supervisor_async(seconds, sink, block=False):   # spinner_async.py, spinner_async_experiment.py
    frames = []
    start = time.perf_counter()
    spinner = asyncio.create_task(spin_async(frames, sink))
    if block:
        await asyncio.sleep(0.3)   # the app's lead-in: the spinner turns first
        held_from = time.perf_counter()
        result = slow(seconds)      # the experiment's bug: a blocking call in a coroutine
        held = (held_from, time.perf_counter())
    else:
        result = await slow_async(seconds)
        held = None
    spinner.cancel()
    return result, frames, start, time.perf_counter(), held


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--seconds', type=float, default=3.0)
    args = parser.parse_args()
    with open(os.devnull, 'w') as sink:
        for figure, supervisor in (('spinner-thread', supervisor_thread), ('spinner-process', supervisor_process)):
            result, frames, start, end = supervisor(args.seconds, sink)
            print(json.dumps({'figure': figure, 'answer': result, **stats(frames, start, end)}))
        result, frames, start, end, _ = asyncio.run(supervisor_async(args.seconds, sink))
        print(json.dumps({'figure': 'spinner-coroutine', 'answer': result, **stats(frames, start, end)}))
        result, frames, start, end, (held_from, held_to) = asyncio.run(supervisor_async(args.seconds, sink, block=True))
        held = stats(frames, held_from, held_to)
        print(json.dumps({'figure': 'block-freeze', 'answer': result, 'freeze': stats(frames, start, end)['longestGap'],
                          'paintedWhileHeld': held['painted'], 'expectedWhileHeld': held['expected']}))


if __name__ == '__main__':
    main()

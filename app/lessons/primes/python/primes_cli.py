# SPDX-License-Identifier: MIT
"""The command line and the two output formats shared by the primes scripts.

Not in the book: Concurrency Lab's plumbing around the examples of
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19,
so that sequential.py, threads.py, procs.py and gil_release.py take the same options and the app
can read what they print.

Without --jsonl a script prints like the book. With --jsonl it prints one JSON object per line,
flushed at once:
    {"ready": <pid of the script>, "workers": <N>}                        first
    {"n": <int>, "prime": <bool>, "seconds": <float>, "worker": <id>}     one per number checked
    {"job": <int>, "task": <name>, "seconds": <float>, "worker": <id>}    per job (gil_release.py)
    {"total": <seconds>, "workers": <N>, "checked": <count>}              last
where a worker id is a native thread id (threading.get_native_id()) or a child's PID.
"""

import argparse
import json
import os


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError('must be at least 1')
    return value


def number_list(text: str) -> list[int]:
    numbers = [int(item) for item in text.split(',')]
    if any(n < 1 for n in numbers):  # 0 would read as the workers' "no more jobs"
        raise ValueError('numbers must be positive')
    return numbers


def parser(description: str, workers_help: str) -> argparse.ArgumentParser:
    """The options every script takes: --workers and --jsonl."""
    result = argparse.ArgumentParser(description=description)
    result.add_argument('--workers', type=positive, default=os.cpu_count() or 1,
                        help=workers_help)
    result.add_argument('--jsonl', action='store_true',
                        help='print one JSON object per line (for Concurrency Lab)')
    return result


def parse_args(description: str, workers_help: str) -> argparse.Namespace:
    """The options of the primes scripts: --workers, --jsonl, --quick and --numbers."""
    result = parser(description, workers_help)
    result.add_argument('--quick', action='store_true',
                        help='check QUICK_NUMBERS: smaller numbers, about 30 times less work')
    result.add_argument('--numbers', type=number_list,
                        help='check these comma-separated numbers instead')
    return result.parse_args()


def emit(**fields) -> None:
    print(json.dumps(fields), flush=True)  # one object per line, sent at once


def announce(text: str, workers: int, jsonl: bool) -> None:
    """The first line: the script's header, or {"ready": pid, "workers": N}."""
    if jsonl:
        emit(ready=os.getpid(), workers=workers)
    else:
        print(text)


def show(n: int, prime: bool, elapsed: float, worker: int, jsonl: bool) -> None:
    """One line per number checked, as it reaches the main thread."""
    if jsonl:
        emit(n=n, prime=prime, seconds=elapsed, worker=worker)
    else:
        label = 'P' if prime else ' '
        print(f'{n:16}  {label} {elapsed:9.6f}s')


def summarize(text: str, elapsed: float, workers: int, checked: int, jsonl: bool) -> None:
    """The last line: the script's total, or {"total": seconds, "workers": N, "checked": count}."""
    if jsonl:
        emit(total=elapsed, workers=workers, checked=checked)
    else:
        print(text)

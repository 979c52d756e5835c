#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A spinner in a child process while the main process waits for a slow answer.

Concurrency Lab's Python counterpart of its QProcess demo, after spinner_proc.py in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19. The lines that
make a step of the demo end with a "# step: <id>" comment; the app's code viewer highlights them
next to the C++ version.

In Python the spinner moves to a child process and the slow call stays in the parent;
in Qt the GUI thread paints the spinner, so the slow task is what moves to a child process.

Lines the app adds to the book's code are marked "not in the book".
"""

import argparse
import itertools
import time
from multiprocessing import Event, Process
from multiprocessing import synchronize  # for the type hint: multiprocessing.Event is a function
                                        # that returns a synchronize.Event, not a class


def spin(msg: str, done: synchronize.Event) -> None:
    for char in itertools.cycle(r'\|/-'):
        status = f'\r{char} {msg}'
        print(status, end='', flush=True)
        if done.wait(.1):  # sleeps 0.1 s, or returns True at once when done is set
            break
    blanks = ' ' * len(status)
    print(f'\r{blanks}\r', end='', flush=True)  # erase the spinner line (flush: not in the book)


def slow(seconds: float = 3) -> int:
    time.sleep(seconds)  # step: slow-task-sleeps
    return 42  # step: result-ready


def supervisor(seconds: float = 3) -> int:
    done = Event()
    spinner = Process(target=spin, args=('thinking!', done))
    print(f'spinner object: {spinner}')
    spinner.start()  # step: start-spinner
    result = slow(seconds)  # step: start-slow-task
    done.set()  # step: stop-spinner
    spinner.join()  # step: join
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description='Spinner in a child process, slow task in the parent.')
    # Not in the book: --seconds, so that a class or a test can run it faster.
    parser.add_argument('--seconds', type=float, default=3, help='how long slow() sleeps (default: 3)')
    args = parser.parse_args()
    result = supervisor(args.seconds)
    print(f'Answer: {result}')  # step: print-answer


if __name__ == '__main__':  # needed: a child process may import this module again
    main()

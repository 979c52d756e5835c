#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N threads that sleep S seconds at the same time.

Concurrency Lab's Python counterpart of its "N threads" demo, after the examples in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
spinner_thread.py starts one thread beside a slow call. Here N threading.Thread (up to 10,000)
sleep at once, and the script measures what they cost: how long starting them takes, how far past
S the last one ends, and how much memory each one takes. The lines that make a step of the demo
end with a comment "# step:" followed by the step's id; the app's code viewer highlights them
next to the C++ version. sleepers_asyncio.py and sleepers_processes.py do the same with tasks and
processes.

A thread is a kernel task with a stack of its own. Each sleeper waits on an Event for S seconds,
as the book's spinner waits on one: setting the Event would wake them all at once.

Not in the book: running N at once, the options, the progress lines, and the measures, which live
in sleepers_cli.py (it also lists what --jsonl prints). Cancel: the app sends SIGTERM to the
script's process group, and Python leaves SIGTERM at its default action, so the kernel ends the
script and all its threads at once, with no traceback.

    python3 sleepers_threads.py --count 1000
"""

import threading

from lab_cli import fail
from sleepers_cli import REPORT_EVERY, SleepersRun


def run_threads(run: SleepersRun) -> None:
    stop = threading.Event()  # once set, every sleeper wakes at once
    all_done = threading.Event()
    lock = threading.Lock()  # run.done += 1 is not atomic across threads

    def sleeper() -> None:
        stop.wait(run.seconds)  # step: sleep
        with lock:
            run.done += 1  # step: count-done
            if run.done == run.count:
                all_done.set()

    threads: list[threading.Thread] = []
    run.begin()
    try:
        for _ in range(run.count):
            thread = threading.Thread(target=sleeper, daemon=True)
            run.started_one()  # before start(): a short sleep may end before start() returns
            thread.start()  # step: launch
            threads.append(thread)
            run.progress_if_due()
    except RuntimeError as error:  # "can't start new thread": out of memory or of threads
        stop.set()
        for thread in threads:
            thread.join()
        fail(f'could not start thread {len(threads) + 1} of {run.count}: {error}')
    run.launched()
    while not all_done.wait(REPORT_EVERY):
        run.progress()
    for thread in threads:
        thread.join()  # step: wait-all
    run.finished()


def main() -> None:
    run = SleepersRun.from_command_line('threads', 'N threads that sleep at the same time.')
    run.announce()
    run_threads(run)
    run.report_total()  # step: report


if __name__ == '__main__':
    main()

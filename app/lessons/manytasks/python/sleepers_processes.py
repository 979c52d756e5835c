#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""N processes that sleep S seconds at the same time, started by fork.

Concurrency Lab's Python counterpart of its "N processes" demo, after the examples in
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19, where
spinner_proc.py starts one process beside a slow call. Here N multiprocessing.Process (up to 500)
sleep at once, and the script measures what they cost: how long starting them takes, how far past
S the last one ends, and how much memory each one takes. The lines that make a step of the demo
end with a comment "# step:" followed by the step's id; the app's code viewer highlights them
next to the C++ version. sleepers_asyncio.py and sleepers_threads.py do the same with tasks and
threads.

A process has an address space of its own. A forked child shares its parent's memory pages until
one of them writes there, so the memory per unit counts each child's PSS (see sleepers_cli.py).

Not in the book: running N at once, the options, the progress lines, and the measures, which live
in sleepers_cli.py (it also lists what --jsonl prints). Cancel: the app sends SIGTERM to the
script's process group, and Python leaves SIGTERM at its default action, so the kernel ends the
script and its children at once, with no traceback.

    python3 sleepers_processes.py --count 100
"""

import multiprocessing
import multiprocessing.connection
from multiprocessing.process import BaseProcess

from lab_cli import fail
from sleepers_cli import REPORT_EVERY, SleepersRun

# "fork" explicitly: a child starts as a copy of this process in about a millisecond, sharing its
# memory pages until one of them writes there. The book's procs.py uses the default start method,
# which is "fork" on Linux up to Python 3.13. "spawn" starts a fresh interpreter for every child:
# many milliseconds and megabytes more each. "forkserver" (the default from 3.14) starts one clean
# server process once and forks each child from it: almost as fast as fork, but a child shares none
# of this script's pages, and its target and arguments are pickled.
FORK = multiprocessing.get_context('fork')


def sleeper(seconds: float) -> None:
    # Sleeps, or ends early if the parent is gone (killed, say): no child outlives its run.
    multiprocessing.parent_process().join(seconds)  # type: ignore[union-attr]  # step: sleep


def stop_processes(procs: list[BaseProcess]) -> None:
    for proc in procs:
        proc.kill()
    for proc in procs:
        proc.join()


def run_processes(run: SleepersRun) -> None:
    procs: list[BaseProcess] = []
    run.begin()
    try:
        for _ in range(run.count):
            proc = FORK.Process(target=sleeper, args=(run.seconds,), daemon=True)
            run.started_one()  # before start(): a short sleep may end before start() returns
            proc.start()  # step: launch
            procs.append(proc)
            run.progress_if_due()
    except OSError as error:  # out of processes (EAGAIN) or of file descriptors (EMFILE)
        stop_processes(procs)
        fail(f'could not start process {len(procs) + 1} of {run.count}: {error}')
    run.launched()
    run.measure_children([proc.pid for proc in procs if proc.pid])
    waiting = {proc.sentinel: proc for proc in procs}
    while waiting:  # step: wait-all
        for sentinel in multiprocessing.connection.wait(list(waiting), timeout=REPORT_EVERY):
            child = waiting.pop(sentinel)
            child.join()
            if child.exitcode != 0:
                stop_processes(list(waiting.values()))
                fail(f'sleeper process {child.pid} died (exit code {child.exitcode})')
            run.done += 1  # step: count-done
        run.progress_if_due()
    run.finished()


def main() -> None:
    run = SleepersRun.from_command_line('processes', 'N processes that sleep at the same time.')
    run.announce()
    run_processes(run)
    run.report_total()  # step: report


if __name__ == '__main__':  # needed: a child process may import this module again
    main()

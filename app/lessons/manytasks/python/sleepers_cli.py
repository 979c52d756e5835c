# SPDX-License-Identifier: MIT
"""The plumbing shared by sleepers_asyncio.py, sleepers_threads.py and sleepers_processes.py.

Not in the book: Concurrency Lab's plumbing around its examples after
"Fluent Python", 2nd edition, by Luciano Ramalho (O'Reilly, 2022), chapter 19:
the --count option with each model's bound, and SleepersRun, which counts and measures a run
(times, and memory from Linux's /proc) and prints what the app reads. The options every script
takes, emit() and fail() come from lab_cli.py.

Memory: the script's peak RSS (VmHWM) less its RSS before the launch, per unit; for processes,
plus each child's PSS (its own pages, and its share of those it shares with the others), summed
over the children right after the launch.

With --jsonl a sleepers script prints:
    {"ready": <pid>, "model": <model>, "count": <N>}          first
    {"started": <units started>, "done": <units done>}        about every 0.1 s while running
    {"total": <wall seconds>, "model": <model>, "count": <N>, "done": <N>, "seconds": <S>,
     "launch_seconds": <s>, "beyond_seconds": <s>, "rss_before_bytes": <n>,
     "peak_rss_bytes": <n>, "bytes_per_unit": <n>, "max_alive": <n>}                  last
    processes add "children_pss_bytes" and "children_measured" (how many children were read)
to the total. wall: from the first launch to the last unit done; beyond: wall - S. max_alive:
the most units asleep at once; less than N when the launch takes longer than S, and then the
memory per unit reads low for units whose memory is freed when they end (a thread's stack), and
right for those kept until the end (asyncio's Task objects, which gather() holds).
"""

import os
from time import perf_counter

from lab_cli import emit, parser

LIMITS = {'asyncio': 1_000_000, 'threads': 10_000, 'processes': 500}  # the most units per model
REPORT_EVERY = 0.1  # seconds between the progress lines
MIB = 1024 * 1024


def proc_bytes(path: str, field: str) -> int:
    """The "<field>: <n> kB" line of a /proc file, in bytes; 0 when the process is gone."""
    try:
        with open(path) as lines:
            for line in lines:
                if line.startswith(field + ':'):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class SleepersRun:
    """One run: how many units started and are done (for the progress lines), and its measures."""

    def __init__(self, model: str, count: int, seconds: float, jsonl: bool) -> None:
        self.model, self.count, self.seconds, self.jsonl = model, count, seconds, jsonl
        self.started = self.done = 0
        self.max_alive = 0  # the most units started and not yet done at one time
        self.t0 = self.last_progress = self.launch_seconds = self.wall_seconds = 0.0
        self.rss_before = self.children_pss = self.children_measured = 0

    @classmethod
    def from_command_line(cls, model: str, description: str) -> 'SleepersRun':
        """Reads --count, --seconds and --jsonl; --count is 1 to LIMITS[model]."""
        limit = LIMITS[model]
        default = min(1000, limit)
        cli = parser(description, 'how long each unit sleeps (default: 1.0)')
        cli.add_argument('--count', type=int, default=default,
                         help=f'how many units (default: {default:,}; at most {limit:,})')
        args = cli.parse_args()
        if not 1 <= args.count <= limit:
            cli.error(f'--count must be 1 to {limit:,} for {model}, not {args.count}')  # exits 2
        return cls(model, args.count, args.seconds, args.jsonl)

    def announce(self) -> None:
        if self.jsonl:
            emit(ready=os.getpid(), model=self.model, count=self.count)
        else:  # flushed before any fork, or each child would print it again
            print(f'{self.count} {self.model} sleeping {self.seconds:g} s each...', flush=True)

    def begin(self) -> None:
        self.rss_before = proc_bytes('/proc/self/status', 'VmRSS')
        self.t0 = perf_counter()

    def started_one(self) -> None:
        self.started += 1
        self.max_alive = max(self.max_alive, self.started - self.done)

    def launched(self) -> None:
        self.launch_seconds = perf_counter() - self.t0

    def measure_children(self, pids: list[int]) -> None:
        """Sums the PSS of the children that are alive: pages they share count in part."""
        pss = [proc_bytes(f'/proc/{pid}/smaps_rollup', 'Pss') for pid in pids]
        self.children_pss, self.children_measured = sum(pss), sum(1 for n in pss if n)
        self.max_alive = self.children_measured  # none is counted done before the parent waits

    def finished(self) -> None:
        self.wall_seconds = perf_counter() - self.t0

    def progress(self) -> None:
        if self.jsonl:
            emit(started=self.started, done=self.done)
        self.last_progress = perf_counter()

    def progress_if_due(self) -> None:
        if perf_counter() - self.last_progress >= REPORT_EVERY:
            self.progress()

    def report_total(self) -> None:
        peak = proc_bytes('/proc/self/status', 'VmHWM')
        per_unit = max(peak - self.rss_before, 0) / self.count
        children = {}
        if self.model == 'processes':
            per_unit += self.children_pss / max(self.children_measured, 1)
            children = {'children_pss_bytes': self.children_pss, 'children_measured': self.children_measured}
        beyond = self.wall_seconds - self.seconds
        if self.jsonl:
            emit(total=round(self.wall_seconds, 6), model=self.model, count=self.count, done=self.done,
                 seconds=self.seconds, launch_seconds=round(self.launch_seconds, 6),
                 beyond_seconds=round(beyond, 6), rss_before_bytes=self.rss_before,
                 peak_rss_bytes=peak, bytes_per_unit=round(per_unit), max_alive=self.max_alive,
                 **children)
            return
        print(f'{self.model}: {self.done} done in {self.wall_seconds:.2f} s '
              f'({beyond:.2f} s beyond the sleep), {per_unit:.0f} B each')
        children_text = f', children\'s PSS {self.children_pss / MIB:.1f} MiB' if children else ''
        print(f'launch {self.launch_seconds:.2f} s, peak RSS {peak / MIB:.1f} MiB '
              f'({self.rss_before / MIB:.1f} MiB before the launch){children_text}')
        if self.max_alive < self.count:
            print(f'only {self.max_alive} were asleep at once: the first ones were done before '
                  f'the last ones started (try a longer --seconds)')

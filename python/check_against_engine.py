"""The engine against CPython: runs vaccination_lot.py on asyncio's own
event loop, on a virtual clock, fed the shot durations the engine drew, and
compares every box that came back (station, box, done or failed, and the
time to the microsecond; under the article's loop, the wait that returned
it) and every task cancelled at the end (with the doses it gave and left)
with the engine's events, and the boxes opened with the engine's count.

Standard library only; Python 3.11 or later.

    python3 python/check_against_engine.py --headless target/release/examples/headless

The virtual clock: asyncio's SelectorEventLoop with `time()` read from an
integer count of microseconds, and a selector whose `select(timeout)`
moves that count forward by the timeout instead of sleeping. Deadlines are
kept in whole microseconds, as the engine keeps them, and timers due at the
same microsecond fire in station order, as the engine's do: in real time two
timers never fall due together, and CPython's heap would order such a tie
as its structure happens to, which is nothing a program can rely on.
"""

import argparse
import asyncio
import heapq
import importlib.util
import json
import pathlib
import selectors
import subprocess
import sys
import tempfile

LISTING = pathlib.Path(__file__).with_name("vaccination_lot.py")

# Runs, each with every seed: every policy the code view shows, with and
# without failures, stations of different speeds, a station that blocks the
# thread, and shots of exactly 1 us, so that many tasks return together.
SHAPES = (
    dict(stations=3, capacity=20, boxes=30),
    dict(stations=4, capacity=15, boxes=40, fail=0.02),
    dict(stations=5, capacity=10, boxes=50, fail=0.01, speeds="2,0.5"),
    dict(stations=3, capacity=15, boxes=24, blocking=1),
    dict(stations=4, capacity=10, boxes=40, fail=0.02, blocking=2),
    dict(stations=4, capacity=1, boxes=30, blocking=2, shot_min=0.000001, shot_max=0.000001),
    dict(stations=3, capacity=4, boxes=20, shot_min=0.01, shot_max=0.01),
)
POLICIES = ("first", "all", "queue", "article", "taskgroup", "workers")
# The article's program has no blocking station (the engine refuses one).
RUNS = [dict(policy=policy, **shape) for policy in POLICIES for shape in SHAPES
        if not (policy == "article" and "blocking" in shape)]
SEEDS = (1, 2, 3)


class VirtualSelector(selectors.DefaultSelector):
    """A selector that never waits: where the loop would sleep until its
    next timer, the virtual clock moves forward by the timeout."""

    def __init__(self, clock):
        super().__init__()
        self.clock = clock

    def select(self, timeout=None):
        ready = super().select(0)
        if ready:
            return ready
        if timeout is None:
            raise RuntimeError("nothing is scheduled and nothing can wake: the program is stuck")
        self.clock.advance(timeout)
        return []


class VirtualTime:
    """Stands in for the `time` module in the listing: a blocking sleep
    holds the thread while the virtual clock moves on."""

    def __init__(self, clock):
        self.clock = clock

    def sleep(self, seconds):
        self.clock.advance(seconds)


class TimerInStationOrder(asyncio.TimerHandle):
    """A timer that, at an equal deadline, comes after lower stations'."""

    def __init__(self, when, callback, args, loop, context, station):
        super().__init__(when, callback, args, loop, context)
        self.station = station

    def __lt__(self, other):
        return (self._when, self.station) < (other._when, getattr(other, "station", 0))


def station_of(task):
    """The station number whose `station` coroutine the task is running
    (itself, or awaited by a box's task or a worker), else 0."""
    coroutine = task.get_coro() if task is not None else None
    while coroutine is not None and getattr(coroutine, "cr_code", None) is not None:
        if coroutine.cr_code.co_name == "station" and coroutine.cr_frame is not None:
            return coroutine.cr_frame.f_locals.get("number", 0)
        coroutine = coroutine.cr_await
    return 0


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """asyncio's event loop, unchanged but for its clock."""

    def __init__(self):
        self.now_us = 0
        super().__init__(selector=VirtualSelector(self))

    def time(self):
        return self.now_us / 1e6

    def advance(self, seconds):
        self.now_us += round(seconds * 1e6)

    def call_later(self, delay, callback, *args, context=None):
        # A deadline in whole microseconds, as the engine's.
        when_us = self.now_us + round(delay * 1e6)
        return self.call_at(when_us / 1e6, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        station = station_of(asyncio.current_task(self))
        timer = TimerInStationOrder(when, callback, args, self, context, station)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer


def engine_run(headless, run, seed, folder):
    """Runs the engine; returns its box returns and cancellations, the
    boxes it opened and what each box drew."""
    events_file = folder / "events.jsonl"
    shots_file = folder / "shots.json"
    command = [headless, "--seed", str(seed),
               "--events-out", str(events_file), "--shots-out", str(shots_file)]
    for name, value in run.items():
        command += ["--" + name.replace("_", "-"), str(value)]
    completed = subprocess.run(command, check=True, capture_output=True, text=True)
    summary = json.loads(completed.stdout.splitlines()[-1])
    returns = []
    for line in events_file.read_text().splitlines():
        event = json.loads(line)
        if event["kind"] in ("box_done", "station_failed"):
            returns.append((event["kind"], event["station"], event["box"], event["t_us"],
                            event.get("wait")))
        elif event["kind"] == "station_cancelled":
            returns.append((event["kind"], event["station"], event["box"], event["t_us"],
                            (event["doses_unreported"], event["doses_discarded"])))
    opened = summary.get("boxes_opened", run["boxes"])
    return returns, opened, json.loads(shots_file.read_text())


def asyncio_run(run, draws):
    """Runs the listing on the virtual clock with the engine's draws."""
    spec = importlib.util.spec_from_file_location("vaccination_lot", LISTING)
    listing = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(listing)
    listing.STATIONS, listing.CAPACITY, listing.BOXES = run["stations"], run["capacity"], run["boxes"]
    listing.FAIL = run.get("fail", 0.0)
    listing.BLOCKING = run.get("blocking")
    returns, mismatches = [], []
    loop = VirtualClockLoop()
    listing.time = VirtualTime(loop)

    def drawn(station, box):
        if draws["stations"].get(str(box)) != station:
            mismatches.append(f"box {box} opened by station {station}, "
                              f"by station {draws['stations'].get(str(box))} in the engine")
        return draws["boxes"][str(box)]

    listing.shot_seconds = lambda station, box, shot: drawn(station, box)[shot - 1] / 1e6
    listing.spoils = lambda station, box, shot: draws["spoiled"].get(str(box)) == shot
    listing.box_done = lambda station, box, doses, now, wait=None: returns.append(
        ("box_done", station, box, loop.now_us, wait))
    listing.station_failed = lambda station, box, failure, now, wait=None: returns.append(
        ("station_failed", station, box, loop.now_us, wait))
    cancelled = []
    listing.station_cancelled = lambda station, box, given, left, now: cancelled.append(
        ("station_cancelled", station, box, loop.now_us, (given, left)))
    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        depot = runner.run(listing.main(run["policy"]))
    # asyncio.run cancels the tasks left in no particular order.
    returns += sorted(cancelled, key=lambda cancel: cancel[1])
    return returns, depot.opened, mismatches


def first_difference(engine, python):
    for index, (ours, theirs) in enumerate(zip(engine, python)):
        if ours != theirs:
            return f"return {index + 1}: engine {ours}, asyncio {theirs}"
    return f"{len(engine)} returns in the engine, {len(python)} in asyncio"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headless", required=True, help="the engine's headless runner")
    arguments = parser.parse_args()
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for run in RUNS:
            for seed in SEEDS:
                engine, engine_opened, draws = engine_run(
                    arguments.headless, run, seed, pathlib.Path(folder))
                python, python_opened, mismatches = asyncio_run(run, draws)
                name = " ".join(f"{key}={value}" for key, value in run.items())
                name += f" seed={seed}"
                if engine_opened != python_opened:
                    mismatches.append(f"{engine_opened} boxes opened in the engine, "
                                      f"{python_opened} in asyncio")
                if engine == python and not mismatches:
                    passed += 1
                    print(f"ok {name}: {len(engine)} boxes, the last at {engine[-1][3]} us")
                else:
                    failed += 1
                    print(f"DIFFERENT {name}: {(mismatches or [first_difference(engine, python)])[0]}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""The engine against CPython: runs vaccination_lot.py on asyncio's own
event loop, on a virtual clock, fed the shot durations the engine drew, and
compares every box that came back (station, box, done or failed, and the
time to the microsecond) with the engine's events.

Standard library only; Python 3.11 or later.

    python3 python/check_against_engine.py --headless target/release/examples/headless

The virtual clock: asyncio's SelectorEventLoop with `time()` read from an
integer count of microseconds, and a selector whose `select(timeout)`
moves that count forward by the timeout instead of sleeping. Deadlines are
kept in whole microseconds, as the engine keeps them, so two timers due at
the same microsecond are due at the same float time too.
"""

import argparse
import asyncio
import importlib.util
import json
import pathlib
import selectors
import subprocess
import sys
import tempfile

LISTING = pathlib.Path(__file__).with_name("vaccination_lot.py")

# (policy, stations, capacity, boxes, fail, speeds) x seeds: every policy the
# code view shows, with and without failures, stations of different speeds.
RUNS = [
    (policy, stations, capacity, boxes, fail, speeds)
    for policy in ("first", "all", "queue")
    for (stations, capacity, boxes, fail, speeds) in (
        (3, 20, 30, 0.0, ""),
        (4, 15, 40, 0.02, ""),
        (5, 10, 50, 0.01, "2,0.5"),
    )
]
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


def engine_run(headless, run, seed, folder):
    """Runs the engine; returns its box returns and what each box drew."""
    policy, stations, capacity, boxes, fail, speeds = run
    events_file = folder / "events.jsonl"
    shots_file = folder / "shots.json"
    command = [
        headless, "--policy", policy, "--stations", str(stations), "--capacity", str(capacity),
        "--boxes", str(boxes), "--fail", str(fail), "--seed", str(seed),
        "--events-out", str(events_file), "--shots-out", str(shots_file),
    ]
    if speeds:
        command += ["--speeds", speeds]
    subprocess.run(command, check=True, capture_output=True)
    returns = []
    for line in events_file.read_text().splitlines():
        event = json.loads(line)
        if event["kind"] in ("box_done", "station_failed"):
            returns.append((event["kind"], event["station"], event["box"], event["t_us"]))
    return returns, json.loads(shots_file.read_text())


def asyncio_run(run, draws):
    """Runs the listing on the virtual clock with the engine's draws."""
    policy, stations, capacity, boxes, fail, speeds = run
    spec = importlib.util.spec_from_file_location("vaccination_lot", LISTING)
    listing = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(listing)
    listing.STATIONS, listing.CAPACITY, listing.BOXES, listing.FAIL = stations, capacity, boxes, fail
    returns, mismatches = [], []
    loop = VirtualClockLoop()

    def drawn(station, box):
        if draws["stations"].get(str(box)) != station:
            mismatches.append(f"box {box} opened by station {station}, "
                              f"by station {draws['stations'].get(str(box))} in the engine")
        return draws["boxes"][str(box)]

    listing.shot_seconds = lambda station, box, shot: drawn(station, box)[shot - 1] / 1e6
    listing.spoils = lambda station, box, shot: draws["spoiled"].get(str(box)) == shot
    listing.box_done = lambda station, box, doses, now: returns.append(
        ("box_done", station, box, loop.now_us))
    listing.station_failed = lambda station, box, failure, now: returns.append(
        ("station_failed", station, box, loop.now_us))
    with asyncio.Runner(loop_factory=lambda: loop) as runner:
        runner.run(listing.main(policy))
    return returns, mismatches


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
                engine, draws = engine_run(arguments.headless, run, seed, pathlib.Path(folder))
                python, mismatches = asyncio_run(run, draws)
                name = "policy={} stations={} capacity={} boxes={} fail={} speeds={} seed={}".format(
                    *run, seed)
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

"""The engine against CPython, event for event.

Runs `vaccination_lot.py` on asyncio's own event loop with a virtual clock
(`virtual_loop.py`, which lists the little it changes), fed the shot
durations and spoiled doses the engine drew, with the engine's breaks by
hand applied where the engine applied them, and compares the whole event
stream of both, in order, to the microsecond: every box opened, every
shot, every wake of the supervisor with its done set (the tasks it took,
in the order it handled them), every box done or failed (with its doses,
error and shot, and under the article's loop the wait that returned it),
the depot running out, the article's loop ending, every task cancelled at
the end, and the run's totals.

The one difference accepted: timers due at the same microsecond fire in
station order, as the engine's do, where CPython's heap would order them
as its structure happens to (point 4 of `virtual_loop.py`).

The running and recording live in `recorder.py` (the page's Python worker
uses them too); this file picks the runs, runs the engine and reports.

Standard library only; Python 3.11 or later.

    python3 python/check_against_engine.py --headless target/release/examples/headless

It also checks that it can fail: each of a few wrong asyncio programs (a
deadline a microsecond off, a done set handled in the wrong order, a
supervisor that takes one task per wake) must differ from the engine on
runs that show it.
"""

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from recorder import Recorder, engine_event, first_difference  # noqa: E402

LISTING = pathlib.Path(__file__).with_name("vaccination_lot.py")

POLICIES = ("first", "all", "queue", "article", "taskgroup", "workers")
TIED = dict(shot_min=0.01, shot_max=0.01)
MICROSECOND = dict(shot_min=0.000001, shot_max=0.000001)

# (shape, seeds): every policy runs each, but the article's loop runs no
# blocking station (its program has none; the engine refuses one).
SHAPES = (
    (dict(stations=3, capacity=20, boxes=30), (1, 2, 3)),
    (dict(stations=4, capacity=15, boxes=40, fail=0.02), (1, 2, 3)),
    (dict(stations=5, capacity=10, boxes=50, fail=0.01, speeds="2,0.5"), (1, 2)),
    # Ties: every shot as long, so stations finish boxes together.
    (dict(stations=3, capacity=4, boxes=20, **TIED), (1,)),
    (dict(stations=4, capacity=3, boxes=25, **TIED), (1,)),
    (dict(stations=5, capacity=5, boxes=23, **TIED), (1,)),
    (dict(stations=6, capacity=2, boxes=31, speeds="1,2,1,0.5", **TIED), (1,)),
    (dict(stations=8, capacity=3, boxes=40, fail=0.1, **TIED), (1, 2)),
    (dict(stations=5, capacity=1, boxes=30, **MICROSECOND), (1,)),
    # Breaks by hand (event count:station), with and without ties.
    (dict(stations=3, capacity=30, boxes=24, breaks="40:2,300:1,301:3"), (1, 2)),
    (dict(stations=4, capacity=6, boxes=20, breaks="30:1,31:4,120:2", **TIED), (1,)),
    # A station that blocks the thread.
    (dict(stations=3, capacity=15, boxes=24, blocking=1), (1, 2)),
    (dict(stations=4, capacity=10, boxes=40, fail=0.02, blocking=2), (1, 2)),
    (dict(stations=4, capacity=1, boxes=30, blocking=2, **MICROSECOND), (1,)),
    (dict(stations=5, capacity=4, boxes=30, blocking=3, **TIED), (1,)),
    (dict(stations=3, capacity=10, boxes=20, blocking=2, breaks="25:1,90:3"), (1,)),
    # Long enough that the engine's blocking worker hands the thread back
    # between boxes (station::HandBack): invisible to the run.
    (dict(stations=3, capacity=50, boxes=200, blocking=1), (1,)),
    # Many stations.
    (dict(stations=1000, capacity=2, boxes=2500, fail=0.01), (1,)),
)
RUNS = [(dict(policy=policy, **shape), seeds) for policy in POLICIES for shape, seeds in SHAPES
        if not (policy == "article" and "blocking" in shape)]

# Wrong programs the comparison must tell apart, each with a run that shows
# it (see `main`).
MUTANTS = {
    "a deadline 1 µs late": (dict(policy="first", stations=3, capacity=20, boxes=30), 1),
    "a done set in reverse station order": (dict(policy="first", stations=3, capacity=4, boxes=20,
                                                 **TIED), 1),
    "one task per wake": (dict(policy="all", stations=4, capacity=3, boxes=25, **TIED), 1),
}


def engine_run(headless, run, seed, folder):
    """Runs the engine; returns its events and what each box drew."""
    events_file = folder / "events.jsonl"
    shots_file = folder / "shots.json"
    command = [headless, "--seed", str(seed),
               "--events-out", str(events_file), "--shots-out", str(shots_file)]
    for name, value in run.items():
        command += ["--" + name.replace("_", "-"), str(value)]
    subprocess.run(command, check=True, capture_output=True, text=True)
    events = [engine_event(json.loads(line)) for line in events_file.read_text().splitlines()]
    return events, json.loads(shots_file.read_text())


def compare(headless, run, seed, folder, mutant=None):
    """The first difference between the engine and asyncio, or None."""
    engine, draws = engine_run(headless, run, seed, folder)
    recorder = Recorder(run, draws, LISTING, mutant)
    try:
        python = recorder.play()
    except Exception as error:  # a run gone astray: say where it went first
        return (recorder.mismatches or [f"asyncio raised {error!r}"])[0]
    if recorder.mismatches:
        return recorder.mismatches[0]
    if engine != python:
        return first_difference(engine, python)
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headless", required=True, help="the engine's headless runner")
    arguments = parser.parse_args()
    passed = failed = 0
    events = wakes = shared_wakes = 0
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        for run, seeds in RUNS:
            for seed in seeds:
                name = " ".join(f"{key}={value}" for key, value in run.items()) + f" seed={seed}"
                difference = compare(arguments.headless, run, seed, folder)
                if difference is None:
                    passed += 1
                    stream = [json.loads(line) for line in
                              (folder / "events.jsonl").read_text().splitlines()]
                    run_wakes = [line for line in stream if line["kind"] == "wake"]
                    together = max((len(line["done"]) for line in run_wakes), default=0)
                    events += len(stream)
                    wakes += len(run_wakes)
                    shared_wakes += sum(len(line["done"]) > 1 for line in run_wakes)
                    print(f"ok {name}: {len(stream)} events, largest done set {together}")
                else:
                    failed += 1
                    print(f"DIFFERENT {name}: {difference}")
        for mutant, (run, seed) in MUTANTS.items():
            if compare(arguments.headless, run, seed, folder, mutant) is None:
                failed += 1
                print(f"NOT CAUGHT: {mutant} gives the engine's events")
            else:
                print(f"caught: {mutant}")
    print(f"{passed} runs passed, {failed} failed: {events} events compared, "
          f"{wakes} supervisor wakes, {shared_wakes} of them with several tasks done")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

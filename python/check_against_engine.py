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

Standard library only; Python 3.11 or later.

    python3 python/check_against_engine.py --headless target/release/examples/headless

It also checks that it can fail: each of a few wrong asyncio programs (a
deadline a microsecond off, a done set handled in the wrong order, a
supervisor that takes one task per wake) must differ from the engine on
runs that show it.
"""

import argparse
import asyncio
import importlib.util
import json
import pathlib
import subprocess
import sys
import tempfile
import types

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from virtual_loop import VirtualClockLoop  # noqa: E402

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


def engine_event(line):
    """An engine event as the tuple the comparison uses."""
    kind, at = line["kind"], line["t_us"]
    fields = {key: value for key, value in line.items() if key not in ("kind", "t_us")}
    if kind == "wake":
        fields["done"] = [tuple(task) for task in fields["done"]]
    return (kind, at, tuple(sorted(fields.items())))


def breaks_of(run):
    """The run's breaks by hand as (after so many events, station)."""
    spec = run.get("breaks", "")
    pairs = [item.split(":") for item in spec.split(",") if item]
    return sorted((int(after), int(station)) for after, station in pairs)


class Recorder:
    """Runs the listing on the virtual clock, fed the engine's draws, and
    records its events as the engine writes them."""

    def __init__(self, run, draws, mutant=None):
        self.run, self.draws, self.mutant = run, draws, mutant
        self.events, self.mismatches = [], []
        self.capacity = run["capacity"]
        self.opened_by = {}  # box -> station
        self.shots_of = {}  # box -> shots given
        self.reported = 0
        self.depot = None
        self.breaks = breaks_of(run)
        self.listing = self.load_listing()
        self.task_box = {}  # coroutine -> (station, box)
        self.loop = VirtualClockLoop(tie_key=self.station_of_caller, on_wait=self.apply_breaks)

    def record(self, kind, **fields):
        if kind not in ("shot", "box_opened"):
            fields.setdefault("station", None)
            fields.setdefault("box", None)
        self.events.append((kind, self.loop.now_us, tuple(sorted(fields.items()))))

    def load_listing(self):
        spec = importlib.util.spec_from_file_location("vaccination_lot", LISTING)
        listing = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(listing)
        run = self.run
        listing.STATIONS, listing.CAPACITY, listing.BOXES = run["stations"], run["capacity"], run["boxes"]
        listing.FAIL = run.get("fail", 0.0)
        listing.BLOCKING = run.get("blocking")
        listing.time = types.SimpleNamespace(sleep=lambda seconds: self.loop.advance(seconds))
        listing.shot_seconds = self.shot_seconds
        listing.spoils = self.spoils
        listing.box_done = self.box_done
        listing.station_failed = self.station_failed
        listing.station_cancelled = self.station_cancelled
        listing.asyncio = self.recording_asyncio()
        original_depot, original_station = listing.Depot, listing.station
        self.station_code = original_station.__code__

        def depot(boxes):
            self.depot = original_depot(boxes)
            return self.depot

        def station(number, box):
            coroutine = original_station(number, box)
            self.task_box[coroutine] = (number, box)
            self.box_opened(number, box)
            return coroutine

        listing.Depot, listing.station = depot, station
        if self.mutant == "a done set in reverse station order":
            listing.by_station = lambda tasks: (lambda task: -tasks[task][0])
        return listing

    # What the listing calls.

    def shot_seconds(self, station, box, shot):
        if self.draws["stations"].get(str(box)) != station:
            self.mismatches.append(f"box {box} opened by station {station}, "
                                   f"by station {self.draws['stations'].get(str(box))} in the engine")
        drawn = self.draws["boxes"].get(str(box))
        if drawn is None:
            self.mismatches.append(f"box {box} opened, never by the engine")
            raise LookupError(f"box {box} was never drawn")
        micros = drawn[shot - 1]
        if self.mutant == "a deadline 1 µs late" and (box, shot) == (2, 3):
            micros += 1
        return micros / 1e6

    def spoils(self, station, box, shot):
        spoiled = self.draws["spoiled"].get(str(box)) == shot
        if not spoiled:
            self.shots_of[box] = shot
            self.record("shot", station=station, box=box, doses_left=self.capacity - shot)
        return spoiled

    def box_opened(self, station, box):
        self.opened_by[box] = station
        left = max(self.depot.total - self.depot.opened, 0)
        self.record("box_opened", station=station, box=box, depot_left=left)
        if left == 0 and self.depot.opened == self.depot.total and self.run["policy"] != "article":
            working = len(self.opened_by) - self.reported
            self.record("depot_empty", still_working=working)

    def box_done(self, station, box, doses, now, wait=None):
        self.reported += 1
        fields = dict(station=station, box=box, doses=doses)
        if wait is not None:
            fields["wait"] = wait
        self.record("box_done", **fields)

    def station_failed(self, station, box, failure, now, wait=None):
        self.reported += 1
        error = "broken" if isinstance(failure, self.listing.BrokenByHand) else "spoiled"
        fields = dict(station=station, box=box, doses_wasted=failure.doses_left, error=error,
                      shot=failure.shot)
        if wait is not None:
            fields["wait"] = wait
        self.record("station_failed", **fields)

    def station_cancelled(self, station, box, given, left, now):
        self.cancelled.append((station, box, given, left))

    def recording_asyncio(self):
        """asyncio for the listing, with its waits and queue gets recorded
        as the supervisor's wakes."""
        recorder = self
        proxy = types.ModuleType("asyncio")
        proxy.__dict__.update(asyncio.__dict__)

        async def wait(tasks, **options):
            done, pending = await asyncio.wait(tasks, **options)
            if recorder.mutant == "one task per wake" and len(done) > 1:
                first = min(done, key=lambda task: recorder.task_box[task.get_coro()][0])
                pending |= done - {first}
                done = {first}
            handled = sorted(recorder.task_box[task.get_coro()] for task in done)
            recorder.record("wake", done=handled)
            return done, pending

        class Queue(asyncio.Queue):
            async def get(self):
                task = await super().get()
                recorder.record("wake", done=[recorder.task_box[task.get_coro()]])
                return task

        proxy.wait, proxy.Queue = wait, Queue
        return proxy

    # The loop's hooks.

    def station_of_caller(self):
        """The station whose `station` coroutine set the timer being set:
        read from the running coroutine's frames (0 for any other timer)."""
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_code is self.station_code:
                return frame.f_locals.get("number", 0)
            frame = frame.f_back
        return 0

    def apply_breaks(self):
        """Where the loop would wait for its timers: applies the first break
        due by now whose station has a task asleep, as the engine does at
        the same moments (a break that finds none is spent). A break throws
        `BrokenByHand` into the station's task where it awaits its shot's
        sleep; true if one did, and the loop runs on until it would wait
        again before the next."""
        while self.breaks and self.breaks[0][0] <= len(self.events):
            _, station = self.breaks.pop(0)
            if self.break_station(station):
                return True
        return False

    def break_station(self, station):
        for timer in self.loop._scheduled:
            if getattr(timer, "tie", None) != station or timer.cancelled():
                continue
            sleep = timer._args[0]
            box = max((box for box, by in self.opened_by.items() if by == station))
            given = self.shots_of.get(box, 0)
            timer.cancel()
            sleep.set_exception(self.listing.BrokenByHand(
                station, box, given + 1, self.capacity - given))
            return True
        return False

    # The run.

    def play(self):
        self.cancelled = []
        policy = self.run["policy"]
        listing = self.listing
        supervise = listing.SUPERVISORS[policy]

        async def supervise_then_note(depot):
            await supervise(depot)
            if policy == "article":
                working = len(self.opened_by) - self.reported
                self.record("loop_ended", waits=self.run["boxes"], cancelling=working)

        listing.SUPERVISORS[policy] = supervise_then_note
        with asyncio.Runner(loop_factory=lambda: self.loop) as runner:
            runner.run(listing.main(policy))
        # asyncio.run cancels the tasks left in no particular order.
        for station, box, given, left in sorted(self.cancelled):
            self.record("station_cancelled", station=station, box=box, doses_unreported=given,
                        doses_discarded=left)
        self.record("finished", **self.totals())
        return self.events

    def totals(self):
        done = sum(kind == "box_done" for kind, _, _ in self.events)
        failed = [dict(fields) for kind, _, fields in self.events if kind == "station_failed"]
        given = sum(kind == "shot" for kind, _, _ in self.events)
        return dict(boxes_done=done, boxes_failed=len(failed), doses_given=given,
                    doses_wasted=sum(failure["doses_wasted"] for failure in failed))


def first_difference(engine, python):
    for index, (ours, theirs) in enumerate(zip(engine, python)):
        if ours != theirs:
            return f"event {index + 1}: engine {ours}, asyncio {theirs}"
    return f"{len(engine)} events in the engine, {len(python)} in asyncio"


def compare(headless, run, seed, folder, mutant=None):
    """The first difference between the engine and asyncio, or None."""
    engine, draws = engine_run(headless, run, seed, folder)
    recorder = Recorder(run, draws, mutant)
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

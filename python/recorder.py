"""The listing against the engine's event stream, for one run.

Runs `vaccination_lot.py` (or any listing of the same shape, loaded from a
given path) on asyncio's own event loop with a virtual clock
(`virtual_loop.py`), fed the shot durations and spoiled doses the engine
drew, with the engine's breaks by hand applied where the engine applied
them, and records its events as the engine writes them, to compare them
with the engine's, in order, to the microsecond.

Used by `check_against_engine.py` natively, and by the page's Python
worker (`static/python-worker.js`) on Pyodide's CPython, through
`compare_inputs`, which takes the engine's output as the headless runner
writes it (`--events-out`, `--shots-out`) and returns a plain dict.

Standard library only; Python 3.11 or later (3.14 included, and Pyodide).
Under Pyodide the caller must clear Pyodide's running WebLoop around the
call (`asyncio._set_running_loop(None)`, restored after): `asyncio.Runner`
refuses to start inside a running loop.
"""

import asyncio
import importlib.util
import json
import pathlib
import sys
import types

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from virtual_loop import VirtualClockLoop  # noqa: E402


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

    def __init__(self, run, draws, listing_path, mutant=None):
        self.run, self.draws, self.mutant = run, draws, mutant
        self.listing_path = pathlib.Path(listing_path)
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
        spec = importlib.util.spec_from_file_location("vaccination_lot", self.listing_path)
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


def replay(run, draws, listing_path, mutant=None):
    """Plays the listing at `listing_path` on `run`, fed the engine's
    `draws`: returns (its events, the first mismatch with the engine's
    draws or None, the exception the listing raised or None). The events
    are those recorded before any exception."""
    try:
        recorder = Recorder(run, draws, listing_path, mutant)
    except Exception as error:  # the listing would not load (or the run lacks a key)
        return [], None, error
    try:
        python = recorder.play()
    except Exception as error:  # a run gone astray: the caller says where it went first
        return recorder.events, (recorder.mismatches or [None])[0], error
    return python, (recorder.mismatches or [None])[0], None


def describe(event):
    """An event tuple (as `engine_event` makes them) in words, e.g.
    `box_done at 1.234567 s: station 2, box 7, doses 20`."""
    kind, at, fields = event
    fields = dict(fields)
    words = []
    for key in ("station", "box"):
        value = fields.pop(key, None)
        if value is not None:
            words.append(f"{key} {value}")
    for key, value in fields.items():
        if key == "done":
            value = ", ".join(f"(station {station}, box {box})" for station, box in value) or "nothing"
        elif value is None:
            value = "none"
        words.append(f"{key.replace('_', ' ')} {value}")
    seconds = f"{at // 1_000_000}.{at % 1_000_000:06d}" if at >= 0 else f"{at / 1e6:.6f}"
    return f"{kind} at {seconds} s" + (": " + ", ".join(words) if words else "")


def first_difference_at(engine, python):
    """Where two event streams first differ, as a dict (`index` 1-based,
    `engine` and `python` the two events in words), or None if they are
    the same."""
    for index, (ours, theirs) in enumerate(zip(engine, python)):
        if ours != theirs:
            return {"index": index + 1, "engine": describe(ours), "python": describe(theirs)}
    if len(engine) == len(python):
        return None
    index = min(len(engine), len(python))
    ended = f"no event: the stream ended after {index}"
    return {"index": index + 1,
            "engine": describe(engine[index]) if index < len(engine) else ended,
            "python": describe(python[index]) if index < len(python) else ended}


def _plain_run(run):
    """The run with the keys a page may send as null left out, the way the
    headless runner takes no flag for them."""
    return {key: value for key, value in run.items() if value is not None}


def compare_inputs(run, events_jsonl, shots_json, listing_path):
    """Runs the listing at `listing_path` against the engine's output for
    `run` (a dict: policy, stations, capacity, boxes, and optionally fail,
    blocking, breaks "N:station,...", shot_min, shot_max, speeds), given
    as the headless runner writes it: `events_jsonl` (`--events-out`, JSON
    Lines) and `shots_json` (`--shots-out`). Returns

        {"engine_events": int, "python_events": int, "agree": bool,
         "first_difference": None or {"index": int (1-based),
                                      "engine": str, "python": str},
         "error": None or str}

    `error` is the first mismatch between what the listing asked for and
    what the engine drew (a box opened by another station, a box the
    engine never opened), or else the repr of an exception the listing
    raised; `python_events` then counts the events recorded before it.
    `agree` is true when there is no error and the two streams are equal.
    """
    run = _plain_run(run)
    engine = [engine_event(json.loads(line)) for line in events_jsonl.splitlines() if line.strip()]
    draws = json.loads(shots_json)
    python, mismatch, raised = replay(run, draws, listing_path)
    if raised is not None:
        error = mismatch or repr(raised)
    else:
        error = mismatch
    difference = first_difference_at(engine, python)
    return {
        "engine_events": len(engine),
        "python_events": len(python),
        "agree": error is None and difference is None,
        "first_difference": difference,
        "error": error,
    }

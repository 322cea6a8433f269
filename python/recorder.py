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
import contextlib
import importlib.util
import json
import pathlib
import sys
import time
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


# Files whose frames are the harness's, not the listing's or asyncio's.
HARNESS = {"recorder.py", "virtual_loop.py"}


class Moment(SystemExit):
    """Stops the listing at the moment `tree_at` asks for. A SystemExit,
    so asyncio's tasks let it through and the loop stops at once."""


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
        self.stop_at, self.graph = None, None  # see `tree_at`
        self.loop = VirtualClockLoop(tie_key=self.station_of_caller, on_wait=self.apply_breaks)

    def record(self, kind, **fields):
        if kind not in ("shot", "box_opened"):
            fields.setdefault("station", None)
            fields.setdefault("box", None)
        self.events.append((kind, self.loop.now_us, tuple(sorted(fields.items()))))
        if self.stop_at is not None and len(self.events) == self.stop_at:
            self.graph = self.call_graph()
            raise Moment()

    def call_graph(self):
        """Every task of the run as asyncio's own call graph shows it now
        (`asyncio.capture_call_graph`, Python 3.14): rows in tree order,
        each with its depth, the task, the functions it is in (outermost
        first) and whether it is the one running. A task is the child of
        the task that awaits it; the tasks nobody awaits are the roots."""
        current = asyncio.current_task(self.loop)
        tasks = sorted(asyncio.all_tasks(self.loop), key=self.task_order)
        graphs = {}
        for task in tasks:
            graphs[task] = asyncio.capture_call_graph() if task is current \
                else asyncio.capture_call_graph(task)
        children = {task: [] for task in tasks}
        roots = []
        for task in tasks:
            awaiters = [entry.future for entry in (graphs[task].awaited_by if graphs[task] else ())
                        if entry.future in children]
            for awaiter in awaiters:
                children[awaiter].append(task)
            if not awaiters:
                roots.append(task)
        rows = []

        def visit(task, depth):
            graph = graphs[task]
            # The harness's own frames (this file, the virtual loop) are
            # not the program's: left out.
            stack = [entry.frame.f_code.co_name for entry in (graph.call_stack if graph else ())
                     if pathlib.Path(entry.frame.f_code.co_filename).name not in HARNESS]
            own = task.get_coro()
            code = getattr(own, "cr_code", None)
            if code is not None and (not stack or stack[-1] != code.co_name):
                stack.append(code.co_name)
            station_box = self.task_box.get(own) or self.station_in(graph)
            rows.append({
                "depth": depth,
                "task": task.get_name(),
                "station": station_box[0] if station_box else None,
                "box": station_box[1] if station_box else None,
                "stack": list(reversed(stack)),
                "running": task is current,
            })
            for child in children[task]:
                visit(child, depth + 1)

        for root in roots:
            visit(root, 0)
        return rows

    def station_in(self, graph):
        """(station, box) of the listing's `station` coroutine a task is
        inside (a box's task, a worker), or None."""
        for entry in (graph.call_stack if graph else ()):
            if entry.frame.f_code is self.station_code:
                local = entry.frame.f_locals
                return local.get("number"), local.get("box")
        return None

    def task_order(self, task):
        """Tasks in a stable order: the main task first, then station tasks
        by station and box, then the others by name."""
        station_box = self.task_box.get(task.get_coro())
        if station_box is not None:
            return (1, station_box, "")
        return (0 if task.get_name() == "Task-1" else 2, (0, 0), task.get_name())

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

    def spoiled_at(self, station, box):
        """The shot whose dose spoils in `box` opened by `station`, or None."""
        return self.draws["spoiled"].get(str(box))

    def spoils(self, station, box, shot):
        spoiled = self.spoiled_at(station, box) == shot
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


def tree_at(run, shots_json, listing_path, at):
    """asyncio's own view of the listing's tasks once `at` events of `run`
    have happened (fed the engine's draws, `shots_json`, as in
    `compare_inputs`): `{"at": int, "rows": [...] or None, "error": None or
    str}`, the rows as `Recorder.call_graph` gives them. Needs Python 3.14
    (`asyncio.capture_call_graph`)."""
    if not hasattr(asyncio, "capture_call_graph"):
        return {"at": at, "rows": None,
                "error": f"asyncio.capture_call_graph needs Python 3.14, not {sys.version.split()[0]}"}
    run = _plain_run(run)
    try:
        recorder = Recorder(run, json.loads(shots_json), listing_path)
    except Exception as error:  # the listing would not load (or the run lacks a key)
        return {"at": at, "rows": None, "error": repr(error)}
    recorder.stop_at = at
    try:
        recorder.play()
    except Moment:
        return {"at": at, "rows": recorder.graph, "error": None}
    except Exception as error:  # the listing went astray before the moment
        return {"at": at, "rows": None, "error": (recorder.mismatches or [repr(error)])[0]}
    return {"at": at, "rows": None, "error": f"the run ended after {len(recorder.events)} events"}


class Runaway(SystemExit):
    """Stops a program that ran past its time budget (`budget`). A
    SystemExit, so asyncio's tasks let it through and the loop stops; the
    guard raises it again at every later backward jump, so a handler that
    swallows it does not keep the program running."""


# Backward jumps between two looks at the clock: reading it at every jump
# would slow every loop of the program down.
JUMPS_PER_LOOK = 4096


@contextlib.contextmanager
def budget(seconds):
    """Runs the body with a time budget [s] on the Python code it runs:
    once the budget is spent, the next backward jump (the end of a loop's
    turn: `while True: pass`, a loop of `await asyncio.sleep(0)`, one of
    endless virtual sleeps) raises `Runaway`. Uses `sys.monitoring`
    (Python 3.12 and later); on older Pythons the body runs unguarded. A
    long computation inside one C call makes no jump: the page's watchdog
    stops the worker for that."""
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is None:
        yield
        return
    tool = monitoring.OPTIMIZER_ID
    deadline = time.monotonic() + seconds
    message = f"stopped after {seconds:g} s: the program ran past its time budget"
    jumps = 0
    spent = False

    def on_jump(code, offset, destination):
        nonlocal jumps, spent
        if destination > offset:
            return None
        jumps += 1
        if spent or (jumps % JUMPS_PER_LOOK == 0 and time.monotonic() > deadline):
            spent = True
            raise Runaway(message)
        return None

    monitoring.use_tool_id(tool, "vaccination-lot budget")
    try:
        monitoring.register_callback(tool, monitoring.events.JUMP, on_jump)
        monitoring.set_events(tool, monitoring.events.JUMP)
        yield
    finally:
        monitoring.set_events(tool, 0)
        monitoring.register_callback(tool, monitoring.events.JUMP, None)
        monitoring.free_tool_id(tool)
    # Stopped inside the event loop's own code, the run may end in another
    # error (a loop left running) that the body reported as its result:
    # the budget is what stopped it.
    if spent:
        raise Runaway(message)

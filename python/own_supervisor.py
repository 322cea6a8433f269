"""A learner's own supervisor, run on the listing's stations and recorded.

The page's Python view lets a learner write `async def supervise(depot)`.
This runs it on asyncio's own event loop with the virtual clock
(`virtual_loop.py`), in the namespace of `vaccination_lot.py` (its
`STATIONS`, `BOXES`, `CAPACITY`, `station`, `report`, `start`, `Depot`,
`asyncio`...), with the shot durations and spoiled doses the page's engine
drew for every station and box it may open, and records what happens as
the engine writes its events (`recorder.Recorder`), plus what only a
program can do wrong:

  box_unreported   a box whose task returned and that the program never
                   reported (recorded when its station opens another box,
                   or at the end): its doses are lost to the count
  never_retrieved  a task whose exception nobody asked for
  never_awaited    a task nobody waited for or asked the result of
  blocked          a `time.sleep` that held the loop (its line, how long)
  raised           the exception the program ended with, and its line

The page reads the trace into its events (`model::program`), checks every
dose with its ledger and plays it like any other run. `record_program`
returns plain JSON-ready data; natively:

    python3 python/own_supervisor.py RUN.json PLANS.json PROGRAM.py

prints the trace (JSON Lines) and the program's output.
"""

import asyncio
import contextlib
import io
import json
import sys
import traceback

import recorder as recording

# Where the program's own code lives, for line numbers in messages.
PROGRAM_FILE = "<your supervisor>"
# The program's printed output kept, at most [characters].
OUTPUT_LIMIT = 20_000


class ProgramError(Exception):
    """The program could not run: a syntax error, or no `supervise`."""

    def __init__(self, message, line=None):
        super().__init__(message)
        self.line = line


class WatchedTask(asyncio.Task):
    """A task that notes whether anyone looked at it: waited for it (every
    way of waiting adds a done callback: `await`, `asyncio.wait`, `gather`,
    a TaskGroup) or asked for its result or exception."""

    looked_at = False

    def add_done_callback(self, fn, *, context=None):
        self.looked_at = True
        return super().add_done_callback(fn, context=context)

    def result(self):
        self.looked_at = True
        return super().result()

    def exception(self):
        self.looked_at = True
        return super().exception()


def program_line(trace):
    """The line of the program's own code deepest in `trace` (a traceback
    object), or None."""
    line = None
    for frame, lineno in traceback.walk_tb(trace):
        if frame.f_code.co_filename == PROGRAM_FILE:
            line = lineno
    return line


def caller_line():
    """The line of the program's own code that is calling now, or None."""
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_filename == PROGRAM_FILE:
            return frame.f_lineno
        frame = frame.f_back
    return None


class ProgramRecorder(recording.Recorder):
    """`recording.Recorder` for a learner's supervisor: the same hooks, with
    the draws of every (station, box), and the program's own mistakes
    recorded instead of refused."""

    def __init__(self, run, plans, code):
        self.code = code
        self.plans = plans
        self.open_box = {}  # station -> the box its task works on, until reported
        self.ended = {}  # (station, box) -> (doses given, doses left) once its task returned
        self.tasks = []  # every task the program made, in order
        self.notes = []  # lines of the kinds the engine has not: see the module's docs
        self.started_boxes = 0
        super().__init__(run, {"boxes": {}, "spoiled": {}, "stations": {}},
                         recording.pathlib.Path(recording.__file__).parent / "vaccination_lot.py")

    # The program, in the listing's namespace.

    def supervisor(self):
        namespace = dict(vars(self.listing))
        namespace["__name__"] = "your_supervisor"
        try:
            compiled = compile(self.code, PROGRAM_FILE, "exec")
        except SyntaxError as error:
            raise ProgramError(f"{error.msg} (line {error.lineno})", error.lineno) from None
        try:
            exec(compiled, namespace)
        except Exception as error:
            raise ProgramError(f"{type(error).__name__}: {error}",
                               program_line(error.__traceback__)) from None
        supervise = namespace.get("supervise")
        if not asyncio.iscoroutinefunction(supervise):
            raise ProgramError("the program must define `async def supervise(depot)`")
        return supervise

    # What the listing calls, by (station, box).

    def plan(self, station, box):
        plan = self.plans["plans"].get(f"{station}:{box}")
        if plan is None:
            raise LookupError(f"station {station} opened box {box}, beyond the "
                              f"{self.plans['boxes']} boxes drawn for this run")
        return plan

    def shot_seconds(self, station, box, shot):
        return self.plan(station, box)[shot - 1] / 1e6

    def spoiled_at(self, station, box):
        return self.plans["spoiled"].get(f"{station}:{box}")

    def box_opened(self, station, box):
        earlier = self.open_box.get(station)
        if earlier is not None and (station, earlier) in self.ended:
            self.lose(station, earlier)
        self.open_box[station] = box
        self.started_boxes += 1
        left = max(self.depot.total - self.started_boxes, 0)
        self.record("box_opened", station=station, box=box, depot_left=left)
        if self.started_boxes == self.depot.total:
            self.record("depot_empty", still_working=len(self.open_box))

    def box_done(self, station, box, doses, now, wait=None):
        self.open_box.pop(station, None)
        super().box_done(station, box, doses, now, wait)

    def station_failed(self, station, box, failure, now, wait=None):
        self.open_box.pop(station, None)
        super().station_failed(station, box, failure, now, wait)

    def lose(self, station, box):
        """A box whose task returned unreported: recorded as lost."""
        given, left = self.ended[(station, box)]
        self.open_box.pop(station, None)
        self.record("box_unreported", station=station, box=box, doses_given=given,
                    doses_wasted=left)

    def station_task(self, original):
        """The listing's `station` (the recording one), noting when each
        box's task returns: the program may never report it."""
        recorder = self

        async def watched(number, box, inner):
            try:
                doses = await inner
            except recorder.listing.StationFailure as failure:
                recorder.ended[(number, box)] = (recorder.shots_of.get(box, 0),
                                                 failure.doses_left)
                raise
            recorder.ended[(number, box)] = (doses, 0)
            return doses

        def station(number, box):
            coroutine = watched(number, box, original(number, box))
            recorder.task_box[coroutine] = (number, box)
            return coroutine

        return station

    def blocking_sleep(self, seconds):
        """`time.sleep` for the program: the loop's clock moves on, and
        nothing else runs meanwhile."""
        self.notes.append({"t_us": self.loop.now_us, "kind": "blocked",
                           "held_us": round(seconds * 1e6), "line": caller_line()})
        self.loop.advance(seconds)

    def load_listing(self):
        listing = super().load_listing()
        original_station = listing.station  # the recording wrapper
        listing.station = self.station_task(original_station)
        listing.time.sleep = self.blocking_sleep
        return listing

    def make_task(self, loop, coro, **options):
        task = WatchedTask(coro, loop=loop, **options)
        self.tasks.append(task)
        return task

    # The run.

    def play_program(self):
        """Runs the program; returns its events (as `record` keeps them)
        and notes, and the exception it ended with (or None)."""
        self.cancelled = []
        supervise = self.supervisor()
        self.listing.SUPERVISORS["own"] = supervise
        self.loop.set_task_factory(self.make_task)
        self.loop.set_exception_handler(lambda loop, context: None)  # read below instead
        raised = None
        with asyncio.Runner(loop_factory=lambda: self.loop) as runner:
            try:
                runner.run(self.listing.main("own"))
            except recording.Runaway:
                raise
            except BaseException as error:  # the program's own failure: reported, the run ends
                if isinstance(error, (KeyboardInterrupt, SystemExit)):
                    raise
                raised = error
        for (station, box) in sorted(self.ended):
            if self.open_box.get(station) == box:
                self.lose(station, box)
        for station, box, given, left in sorted(self.cancelled):
            self.open_box.pop(station, None)
            self.record("station_cancelled", station=station, box=box, doses_unreported=given,
                        doses_discarded=left)
        self.note_tasks()
        self.record("finished", **self.totals())
        return raised

    def note_tasks(self):
        """Tasks nobody looked at, and exceptions nobody retrieved."""
        main = self.tasks[0] if self.tasks else None
        for task in self.tasks:
            if task is main:
                continue
            station_box = self.task_box.get(task.get_coro())
            where = {"station": station_box[0] if station_box else None,
                     "box": station_box[1] if station_box else None,
                     "task": task.get_name()}
            if not task.looked_at:
                self.notes.append({"t_us": self.loop.now_us, "kind": "never_awaited", **where})
            if task.done() and not task.cancelled() and getattr(task, "_log_traceback", False):
                error = task.exception()
                self.notes.append({"t_us": self.loop.now_us, "kind": "never_retrieved",
                                   "error": f"{type(error).__name__}: {error}", **where})

    def totals(self):
        totals = super().totals()
        totals["doses_wasted"] += sum(dict(fields)["doses_wasted"]
                                      for kind, _, fields in self.events
                                      if kind == "box_unreported")
        return totals


def event_line(event):
    kind, at, fields = event
    line = {"t_us": at, "kind": kind}
    line.update(dict(fields))
    if kind == "wake":
        line["done"] = [list(task) for task in line["done"]]
    return json.dumps(line, separators=(",", ":"))


def record_program(run, plans_json, code):
    """Runs `code` (a program defining `async def supervise(depot)`) on
    `run` (as `recorder.compare_inputs` takes it), fed `plans_json`: the
    draws of every station and box, `{"boxes": B, "plans": {"S:B": [µs,
    ...]}, "spoiled": {"S:B": shot}}`. Returns

        {"trace": "<JSON Lines: the events, then the notes>",
         "events": int, "output": str (what it printed),
         "error": None or {"message": str, "line": int or None}}

    With `error` set and no events, the program did not run (a syntax
    error, no `supervise`); with events, it ended in that exception."""
    run = recording._plain_run(run)
    plans = json.loads(plans_json)
    output = io.StringIO()
    try:
        program = ProgramRecorder(run, plans, code)
    except Exception as error:  # the run lacks a key
        return {"trace": "", "events": 0, "output": "",
                "error": {"message": repr(error), "line": None}}
    error = None
    try:
        with contextlib.redirect_stdout(output):
            raised = program.play_program()
        if raised is not None:
            error = {"message": f"{type(raised).__name__}: {raised}",
                     "line": program_line(raised.__traceback__)}
    except ProgramError as failure:
        return {"trace": "", "events": 0, "output": output.getvalue()[:OUTPUT_LIMIT],
                "error": {"message": str(failure), "line": failure.line}}
    lines = [event_line(event) for event in program.events]
    lines += [json.dumps(note, separators=(",", ":")) for note in program.notes]
    return {"trace": "\n".join(lines) + "\n", "events": len(program.events),
            "output": output.getvalue()[:OUTPUT_LIMIT], "error": error}


if __name__ == "__main__":
    run_path, plans_path, program_path = sys.argv[1:4]
    with open(run_path) as run_file, open(plans_path) as plans_file, \
            open(program_path) as program_file:
        result = record_program(json.load(run_file), plans_file.read(), program_file.read())
    sys.stdout.write(result["trace"])
    sys.stderr.write(result["output"])
    if result["error"]:
        sys.stderr.write(f"error: {result['error']}\n")

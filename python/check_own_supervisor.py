"""The harness of a learner's own supervisor, against the engine.

`own_supervisor.py` runs a learner's `supervise(depot)` on the listing's
stations, fed the draws the engine would give every station for every box
(`headless --plans-out`), and records its trace as the engine writes its
events. This checks, natively, on runs with ties and failures:

  - a program that supervises as one of the listing's supervisors does
    (it calls it) records exactly the engine's events for that policy:
    the harness adds, drops and moves nothing;
  - the starter program (the article's loop, `your_supervisor.py`)
    accounts for every dose: given + wasted + thrown away equals the
    boxes it opened, and what it lost is what its cancelled tasks held;
  - a program that never reports loses every box it opened, each
    recorded as `box_unreported` with its doses, and its tasks are
    noted as never awaited;
  - every built-in lesson's program (`lessons/*.json`, a step's
    `python`) runs on its step's run without an error, and a step that
    asks what it loses has a trace to answer from.

Standard library only; Python 3.11 or later.

    python3 python/check_own_supervisor.py --headless target/release/examples/headless
"""

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from own_supervisor import record_program  # noqa: E402
from recorder import engine_event, first_difference  # noqa: E402

STARTER = pathlib.Path(__file__).with_name("your_supervisor.py").read_text()
LESSONS = pathlib.Path(__file__).parent.parent / "lessons"
# A step's params as the headless runner's flags (its run's shape and seed).
PARAM_FLAGS = ("stations", "capacity", "boxes", "shot_min", "shot_max", "fail", "speeds", "seed",
               "policy", "blocking")

SHAPES = (
    dict(stations=3, capacity=10, boxes=12),
    dict(stations=4, capacity=6, boxes=30, fail=0.03),
    dict(stations=3, capacity=4, boxes=20, shot_min=0.01, shot_max=0.01),
)
POLICIES = {"first": "first_completed", "all": "all_completed", "queue": "completion_queue"}

NEVER_REPORTS = """
async def supervise(depot):
    tasks = []
    for number in range(1, STATIONS + 1):
        box = depot.open()
        tasks.append(asyncio.create_task(station(number, box)))
    await asyncio.sleep(1000)
"""


def engine_run(headless, shape, policy, seed, folder):
    events, plans = folder / "events.jsonl", folder / "plans.json"
    flags = [f"--{key.replace('_', '-')}={value}" for key, value in shape.items()]
    subprocess.run([headless, f"--policy={policy}", f"--seed={seed}", *flags,
                    f"--events-out={events}", f"--plans-out={plans}"],
                   check=True, stdout=subprocess.DEVNULL)
    lines = [json.loads(line) for line in events.read_text().splitlines() if line.strip()]
    return [engine_event(line) for line in lines], plans.read_text()


def recorded(result):
    lines = [json.loads(line) for line in result["trace"].splitlines() if line.strip()]
    events = [engine_event(line) for line in lines
              if line["kind"] not in ("blocked", "never_awaited", "never_retrieved")]
    notes = [line for line in lines if line["kind"] in ("never_awaited", "never_retrieved")]
    return events, notes


def lost(events):
    total = 0
    for kind, _, fields in events:
        fields = dict(fields)
        if kind == "station_cancelled":
            total += fields["doses_unreported"] + fields["doses_discarded"]
        elif kind == "box_unreported":
            total += fields["doses_given"] + fields["doses_wasted"]
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headless", required=True)
    headless = parser.parse_args().headless
    failures, checked = [], 0
    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        for shape in SHAPES:
            for seed in (1, 2):
                run = dict(shape, policy="first")
                for policy, function in POLICIES.items():
                    engine, plans = engine_run(headless, shape, policy, seed, folder)
                    program = f"async def supervise(depot):\n    await {function}(depot)\n"
                    result = record_program(dict(run, policy=policy), plans, program)
                    events, _ = recorded(result)
                    checked += 1
                    if result["error"] or events != engine:
                        failures.append(f"{policy} {shape} seed {seed}: {result['error'] or ''} "
                                        f"{first_difference(engine, events)}")
                _, plans = engine_run(headless, shape, "first", seed, folder)
                result = record_program(run, plans, STARTER)
                events, _ = recorded(result)
                finished = dict(events[-1][2])
                opened = sum(kind == "box_opened" for kind, _, _ in events)
                cancelled = [dict(fields) for kind, _, fields in events if kind == "station_cancelled"]
                discarded = sum(fields["doses_discarded"] for fields in cancelled)
                given_wasted = finished["doses_given"] + finished["doses_wasted"] + discarded
                checked += 1
                if result["error"] or given_wasted != opened * shape["capacity"] \
                        or lost(events) != sum(f["doses_unreported"] + f["doses_discarded"]
                                               for f in cancelled) or not cancelled:
                    failures.append(f"starter {shape} seed {seed}: {result['error']} "
                                    f"given+wasted+discarded {given_wasted}, opened {opened}")
                result = record_program(run, plans, NEVER_REPORTS)
                events, notes = recorded(result)
                unreported = [kind for kind, _, _ in events if kind == "box_unreported"]
                checked += 1
                if result["error"] or len(unreported) != shape["stations"] \
                        or len(notes) < shape["stations"]:
                    failures.append(f"never reports {shape} seed {seed}: {result['error']}, "
                                    f"{len(unreported)} unreported, {len(notes)} notes")
        for lesson_file in sorted(LESSONS.glob("*.json")):
            if lesson_file.name == "lesson.schema.json":
                continue
            for index, step in enumerate(json.loads(lesson_file.read_text())["steps"]):
                if "python" not in step:
                    continue
                params = dict(pair.split("=", 1) for pair in step.get("params", "").split("&") if pair)
                shape = {key: value for key, value in params.items() if key in PARAM_FLAGS}
                seed, policy = shape.pop("seed", "0"), shape.pop("policy", "first")
                _, plans = engine_run(headless, shape, policy, seed, folder)
                run = {key: (float(value) if "." in value else int(value))
                       for key, value in shape.items() if key != "speeds"}
                result = record_program(dict(run, policy=policy), plans, step["python"])
                events, _ = recorded(result)
                checked += 1
                if result["error"] or not events or events[-1][0] != "finished":
                    failures.append(f"{lesson_file.name} step {index + 1}: {result['error']}")
    for failure in failures:
        print("FAIL", failure)
    print(f"own supervisor: {checked - len(failures)} of {checked} checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""Parking-lot vaccination in asyncio: station tasks and a supervisor.

Each station is a task that gives the shots of one box of doses, sleeping
for each shot. A supervisor waits for the station tasks, reports each box as
it comes back (done, or failed with its remaining doses wasted), and starts
the station again on a new box while the depot has one. Six ways to
supervise are here, the same ones the page's code view shows beside their
Rust twins:

  first      asyncio.wait(..., FIRST_COMPLETED) on a set of tasks that changes
  all        refill only when the whole batch is back
  queue      a done callback puts each finished task into an asyncio.Queue
  article    the classic article's loop with its mistakes kept: it counts
             waits, not boxes, restarts every task it finds done, and ends
             with tasks cancelled mid-box
  taskgroup  a task per box in an asyncio.TaskGroup, a Semaphore letting
             STATIONS of them work at once
  workers    STATIONS worker tasks taking boxes from an asyncio.Queue

With --blocking N, station N gives its shots with time.sleep: it holds the
thread, and the other stations' timers fire only when it lets go (not
with the article's loop, whose program has no such station).

Needs Python 3.11 or later. Runs in real time as it stands, with small
defaults (a few seconds):

    python3 python/vaccination_lot.py --policy first --seed 1

`check_against_engine.py` runs this same file on a virtual clock
(`virtual_loop.py`), fed the shot durations the page's engine drew, and
compares every event with the engine's.
"""

import argparse
import asyncio
import heapq
import random
import time

STATIONS = 3
CAPACITY = 10
BOXES = 12
SHOT_MIN = 0.001  # seconds
SHOT_MAX = 0.1  # seconds
SPEEDS = {}  # station -> speed factor (2.0 = twice as fast); others 1.0
FAIL = 0.0  # probability that a shot's dose spoils
BLOCKING = None  # a station that blocks the thread for its shots, if any

rng = random.Random()
started = 0.0  # the loop's time when the run began [s]


class StationFailure(Exception):
    """A station gave up its box at shot `shot`, `doses_left` doses in it."""

    def __init__(self, message, shot, doses_left):
        super().__init__(message)
        self.shot = shot
        self.doses_left = doses_left


class SpoiledDose(StationFailure):
    """A dose spoiled: the station gives up its box."""

    def __init__(self, station, box, shot, doses_left):
        super().__init__(f"dose {shot} of box {box} spoiled at station {station}", shot, doses_left)


class BrokenByHand(StationFailure):
    """The page's Break button: thrown into a station's task where it
    awaits its shot's sleep."""

    def __init__(self, station, box, shot, doses_left):
        super().__init__(f"station {station} broken by hand during shot {shot} of box {box}",
                         shot, doses_left)


def shot_seconds(station, box, shot):
    """How long shot number `shot` of `box` takes at `station`, in seconds."""
    return rng.uniform(SHOT_MIN, SHOT_MAX) / SPEEDS.get(station, 1.0)


def spoils(station, box, shot):
    """Whether the dose of that shot spoils."""
    return FAIL > 0 and rng.random() < FAIL


def box_done(station, box, doses, now, wait=None):
    if wait is None:
        print(f"vaccine box {box} is done! Vaccinated {doses} at station {station} "
              f"and time is {now:.6f} seconds")
    else:  # the article's line: the loop's counter where the box's number belongs
        print(f"vaccine box {wait} is done! Vaccinated {doses} and time is {now:.2f} "
              f"seconds. [wait {wait}: box {box} at station {station}]")


def station_failed(station, box, failure, now, wait=None):
    print(f"station {station} failed at {now:.6f} seconds: {failure}; "
          f"{failure.doses_left} doses of box {box} wasted"
          + ("" if wait is None else f" [wait {wait}]"))


def station_cancelled(station, box, given, left, now):
    print(f"station {station} cancelled at {now:.6f} seconds in box {box}: "
          f"{given} doses given and never reported, {left} thrown away")


def now():
    """Seconds since the run began, on the loop's clock."""
    return asyncio.get_running_loop().time() - started


class Depot:
    """Boxes handed out in order 1, 2, 3, ..."""

    def __init__(self, boxes):
        self.opened = 0
        self.total = boxes

    def open(self):
        """The next box's number, or None when the depot is empty."""
        if self.opened == self.total:
            return None
        return self.open_even_if_empty()

    def open_even_if_empty(self):
        """The next box's number, from beyond the depot once it is empty."""
        self.opened += 1
        return self.opened


async def station(number, box):
    doses_left = CAPACITY
    try:
        for shot in range(1, CAPACITY + 1):
            seconds = shot_seconds(number, box, shot)
            if number == BLOCKING:
                time.sleep(seconds)  # holds the thread: no other task runs meanwhile
            else:
                await asyncio.sleep(seconds)
            if spoils(number, box, shot):
                raise SpoiledDose(number, box, shot, doses_left)
            doses_left -= 1
    except asyncio.CancelledError:
        # The program ended with this task still running (the article's
        # loop does; so does Ctrl-C, or a report that raises), and
        # asyncio.run cancels it here.
        station_cancelled(number, box, CAPACITY - doses_left, doses_left, now())
        raise
    return CAPACITY


def report(number, box, task, wait=None):
    """Reports a returned station task. Its exception is always retrieved:
    a station's failure is reported; anything else is a bug and is raised."""
    failure = task.exception()
    if failure is None:
        box_done(number, box, task.result(), now(), wait)
    elif isinstance(failure, StationFailure):
        station_failed(number, box, failure, now(), wait)
    else:
        raise failure


def start(depot, number, tasks):
    """Starts `number` on the depot's next box and returns its task, or
    None when the depot is empty. `tasks` keeps every task: the event loop
    holds only weak references to them."""
    box = depot.open()
    if box is None:
        return None
    task = asyncio.create_task(station(number, box))
    tasks[task] = (number, box)
    return task


def by_station(tasks):
    """Tasks that finished in the same loop iteration come back together,
    as a set in no particular order: take them in station order."""
    return lambda task: tasks[task][0]


async def first_completed(depot):
    running = {}  # task -> (station, box)
    for number in range(1, STATIONS + 1):
        if start(depot, number, running) is None:
            break
    while running:
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=by_station(running)):
            number, box = running.pop(task)
            report(number, box, task)
            start(depot, number, running)


async def all_completed(depot):
    # asyncio.wait(batch, return_when=ALL_COMPLETED) would hand back the
    # batch only at its end; waiting for the first, again and again, reports
    # each box as it returns, and still refills only when all are back.
    while True:
        batch = {}  # task -> (station, box)
        for number in range(1, STATIONS + 1):
            if start(depot, number, batch) is None:
                break
        if not batch:
            return
        pending = set(batch)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in sorted(done, key=by_station(batch)):
                report(*batch[task], task)


async def completion_queue(depot):
    queue = asyncio.Queue()
    running = {}  # task -> (station, box)

    def start_reporting(number):
        task = start(depot, number, running)
        if task is not None:
            task.add_done_callback(queue.put_nowait)  # the queue is unbounded

    for number in range(1, STATIONS + 1):
        start_reporting(number)
    while running:
        task = await queue.get()
        number, box = running.pop(task)
        report(number, box, task)
        start_reporting(number)


async def article(depot):
    # The article's control flow, mistakes and all.
    running = {}  # task -> (station, box)
    for number in range(1, STATIONS + 1):
        box = depot.open_even_if_empty()
        running[asyncio.create_task(station(number, box))] = (number, box)
    for wait in range(BOXES):  # MISTAKE: counts waits, not boxes
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=by_station(running)):
            number, box = running.pop(task)
            report(number, box, task, wait)
            # MISTAKE: restarted whether or not any box is left
            box = depot.open_even_if_empty()
            running[asyncio.create_task(station(number, box))] = (number, box)
    # MISTAKE: returning ends the program, and asyncio.run cancels every
    # task still running: their doses are never reported.


async def task_group(depot):
    permits = asyncio.Semaphore(STATIONS)  # at most STATIONS boxes at work
    free = list(range(1, STATIONS + 1))  # a heap: the lowest free station first

    async def box_task(box):
        async with permits:
            number = heapq.heappop(free)
            depot.open()
            # Caught here: an uncaught exception would cancel the whole group.
            try:
                box_done(number, box, await station(number, box), now())
            except StationFailure as failure:
                station_failed(number, box, failure, now())
            finally:
                heapq.heappush(free, number)

    async with asyncio.TaskGroup() as group:
        for box in range(1, depot.total + 1):  # every task created up front
            group.create_task(box_task(box))


async def workers(depot):
    boxes = asyncio.Queue()
    for box in range(1, depot.total + 1):
        boxes.put_nowait(box)

    async def worker(number):
        while not boxes.empty():
            box = boxes.get_nowait()
            depot.open()
            try:
                box_done(number, box, await station(number, box), now())
            except StationFailure as failure:
                station_failed(number, box, failure, now())  # and on to the next box

    await asyncio.gather(*(worker(number) for number in range(1, STATIONS + 1)))


SUPERVISORS = {
    "first": first_completed,
    "all": all_completed,
    "queue": completion_queue,
    "article": article,
    "taskgroup": task_group,
    "workers": workers,
}


async def main(policy="first"):
    """Runs the supervisor; returns the depot, which counts the boxes opened."""
    global started
    started = asyncio.get_running_loop().time()
    depot = Depot(BOXES)
    await SUPERVISORS[policy](depot)
    return depot


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", choices=SUPERVISORS, default="first")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--fail", type=float, default=FAIL)
    parser.add_argument("--blocking", type=int, help="a station that blocks the thread")
    arguments = parser.parse_args()
    if arguments.policy == "article" and arguments.blocking is not None:
        parser.error("--blocking: the article's program has no blocking station; "
                     "use it with first, all, queue, taskgroup or workers")
    rng.seed(arguments.seed)
    FAIL = arguments.fail
    BLOCKING = arguments.blocking
    asyncio.run(main(arguments.policy))

# Your supervisor: change it, then press "Run mine".
#
# It runs in the listing's namespace, so these are at hand:
#   STATIONS, BOXES, CAPACITY     the run's shape
#   depot.open()                  the next box's number, or None once the depot is empty
#   depot.open_even_if_empty()    the next box's number, even past the depot's last
#   station(number, box)          a coroutine: the station gives the box's shots
#   report(number, box, task)     counts a task that returned (its box done, or failed)
#   start(depot, number, tasks)   opens a box, starts its task, keeps it in `tasks`
#   by_station(tasks)             a sort key: a done set in station order
# Every box a task empties must be reported, or its doses are lost.
#
# This is the classic article's loop, mistakes and all: it counts waits
# instead of boxes, restarts every station it finds done whether or not a
# box is left, and returns while tasks still run. How many doses does it
# lose, and why?


async def supervise(depot):
    running = {}  # task -> (station, box)
    for number in range(1, STATIONS + 1):
        box = depot.open_even_if_empty()
        running[asyncio.create_task(station(number, box))] = (number, box)
    for wait in range(BOXES):
        done, _ = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for task in sorted(done, key=by_station(running)):
            number, box = running.pop(task)
            report(number, box, task, wait)
            box = depot.open_even_if_empty()
            running[asyncio.create_task(station(number, box))] = (number, box)

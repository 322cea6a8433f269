"""What real asyncio does that the page's virtual clock does not, measured.

The page's clock moves from one timer to the next, keeps every deadline
to the microsecond, and nothing in it runs late. Real asyncio, on a real
clock, differs in two ways this script measures on the machine it runs
on (standard library only, Python 3.11 or later; about 20 seconds):

1. Batching. The selector's timeout is rounded up to whole milliseconds
   on Linux (epoll), so timers due less than a millisecond apart tend to
   fire in one turn of the loop, and `asyncio.wait` hands back both tasks
   in one done set, where the virtual clock fires them a turn apart.
2. Lateness. Every turn of the loop costs real time, so a task that
   sleeps shot after shot finishes its box later than the sum of its
   shots: the virtual clock's makespan is a lower bound of real time.

    python3 python/real_time.py
"""

import asyncio
import random
import statistics
import sys
import time

PAIRS = 100  # two tasks due GAP apart, this many times
GAP = 0.0003  # seconds between their deadlines
BOXES = 3  # boxes of SHOTS timed in real time
SHOTS = 100


async def pair_in_one_done_set(rng):
    """Whether two tasks due GAP apart (the first in 1 to 10 ms, as a
    shot's timer is due at any fraction of a millisecond) come back in one
    done set."""
    delay = rng.uniform(0.001, 0.01)
    first = asyncio.create_task(asyncio.sleep(delay))
    second = asyncio.create_task(asyncio.sleep(delay + GAP))
    done, pending = await asyncio.wait({first, second}, return_when=asyncio.FIRST_COMPLETED)
    if pending:
        await asyncio.wait(pending)
    return len(done) == 2


async def box_lateness(rng):
    """How much later than the sum of its shots a box of SHOTS random
    1–100 ms shots ends, as a fraction of that sum."""
    shots = [rng.uniform(0.001, 0.1) for _ in range(SHOTS)]
    started = time.perf_counter()
    for seconds in shots:
        await asyncio.sleep(seconds)
    return (time.perf_counter() - started) / sum(shots) - 1


async def main():
    rng = random.Random(1)
    together = [await pair_in_one_done_set(rng) for _ in range(PAIRS)]
    late = [await box_lateness(rng) for _ in range(BOXES)]
    clock = time.get_clock_info("monotonic")
    print(f"Python {sys.version.split()[0]} on {sys.platform}, monotonic clock resolution "
          f"{clock.resolution:g} s")
    print(f"two tasks due {GAP * 1000:g} ms apart came back in one done set "
          f"{sum(together)} times in {PAIRS} (the virtual clock: never)")
    print(f"a box of {SHOTS} shots of 1-100 ms ended {statistics.mean(late) * 100:.1f} % late "
          f"on average over {BOXES} boxes ({min(late) * 100:.1f} to {max(late) * 100:.1f} %; "
          f"the virtual clock: 0 %)")


if __name__ == "__main__":
    asyncio.run(main())

"""asyncio's event loop on a virtual clock.

`VirtualClockLoop` is CPython's own `asyncio.BaseEventLoop`, the loop
every asyncio event loop is built on: its ready queue, its timer heap and
its `_run_once`, turn for turn. What it changes is listed here, and
nothing else:

1. Time. `time()` reads a clock that counts whole microseconds, as the
   page's engine does, and starts at 0.
2. Waiting. Where the loop would block in its selector until the next
   timer is due, the clock moves forward by the timeout, rounded to the
   microsecond, and the selector reports nothing: there is no I/O (no
   sockets, pipes or signals), so no self-pipe either. Time passes only
   there, and where the program itself blocks the thread (the test
   harness gives the program a `time.sleep` that moves the clock).
3. Resolution. `_clock_resolution` is 1e-9 s, so a timer fires at its
   microsecond: CPython takes the OS clock's resolution, and with 1 µs
   (Pyodide's) a timer due a microsecond from now could fire now.
4. Ties (only when `tie_key` is given). Timers due at the same
   microsecond fire in the order of `tie_key`, read when each timer is
   set. CPython's heap leaves such ties in an order of its own making;
   the engine fires them in station order. This is the one difference
   the comparison with the engine accepts, and it lives here alone.
5. A hook (only when `on_wait` is given) runs where the loop would wait
   for its next timer, with no callback ready; if it returns true, the
   loop does not wait and runs what the hook made ready. The comparison
   applies breaks by hand there, where the engine applies them.

Standard library only; CPython 3.11 or later, Pyodide included.
"""

import asyncio
import heapq


class VirtualClockLoop(asyncio.BaseEventLoop):
    """asyncio's event loop, unchanged but for the points of the module's
    docstring."""

    def __init__(self, tie_key=None, on_wait=None):
        super().__init__()
        self.now_us = 0
        self._clock_resolution = 1e-9
        self._selector = _AdvancingSelector(self)
        self._tie_key = tie_key
        self._on_wait = on_wait

    def time(self):
        return self.now_us / 1e6

    def advance(self, seconds):
        """Moves the clock forward by `seconds`, to the microsecond."""
        self.now_us += round(seconds * 1e6)

    def call_at(self, when, callback, *args, context=None):
        if self._tie_key is None:
            return super().call_at(when, callback, *args, context=context)
        # CPython's `call_at`, but for the timer's class (point 4).
        self._check_closed()
        timer = _TieOrderedTimer(when, callback, args, self, context, self._tie_key())
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class _TieOrderedTimer(asyncio.TimerHandle):
    """A timer that, at the same microsecond as another, fires in the
    order of its tie key."""

    __slots__ = ("_when_us", "tie")

    def __init__(self, when, callback, args, loop, context, tie):
        super().__init__(when, callback, args, loop, context)
        self._when_us = round(when * 1e6)
        self.tie = tie

    def __lt__(self, other):
        return (self._when_us, self.tie) < (other._when_us, other.tie)

    def __le__(self, other):
        return (self._when_us, self.tie) <= (other._when_us, other.tie)

    def __gt__(self, other):
        return (self._when_us, self.tie) > (other._when_us, other.tie)

    def __ge__(self, other):
        return (self._when_us, self.tie) >= (other._when_us, other.tie)


class _AdvancingSelector:
    """Where the loop would wait, the clock moves on instead (point 2)."""

    def __init__(self, loop):
        self._loop = loop

    def select(self, timeout=None):
        if timeout != 0 and self._loop._on_wait is not None and self._loop._on_wait():
            return []
        if timeout is None:
            raise RuntimeError("nothing is scheduled and nothing can wake: the program waits forever")
        self._loop.advance(timeout)
        return []

    def close(self):
        pass

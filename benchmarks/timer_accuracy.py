"""How exactly the plank timer ends its phases, and what it costs, on the real Qt event loop.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timer_accuracy.py [--long]

Runs a workout of 20 holds of 3 s with 1 s rests (and a 1 s prep) through
:class:`corelog.ui.timer_driver.TimerDriver`, exactly as the app does; with ``--long`` also
one hold of 10 minutes. For every phase end it compares ``time.monotonic()`` when the
driver reports the event with the instant the phase was scheduled to end, and while the
holds run it measures the process's CPU time against the wall time.

Prints the errors per kind of phase, then, as its last line:

    timer: median_error_ms=<m> max_error_ms=<x> cpu_pct=<c>

Targets: median error <= 5 ms, max <= 20 ms, no growth with hold length, CPU <= 2 % of one
core while a hold runs. (The timer page's painting is not part of this measurement.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from corelog.timer import (
    CountdownTick,
    HoldRecorded,
    Phase,
    PhaseStarted,
    TimerEvent,
    TimerPlan,
    WorkoutFinished,
)
from corelog.ui.timer_driver import TimerDriver

SHORT = TimerPlan(hold_ms=3_000, sets=20, rest_ms=1_000, prep_ms=1_000)
LONG = TimerPlan(hold_ms=10 * 60 * 1000, sets=1, rest_ms=0, prep_ms=1_000)


@dataclass
class Measurements:
    """Errors (ms) per kind of phase end, and CPU and wall time spent in holds."""

    errors: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    hold_cpu_ns: int = 0
    hold_wall_ns: int = 0
    _hold_started: tuple[int, int] | None = None
    _previous_phase: Phase | None = None

    def observe(self, event: TimerEvent, label: str) -> None:
        heard = time.monotonic_ns()
        error_ms = (heard - event.at_ns) / 1e6
        if isinstance(event, PhaseStarted):
            if self._previous_phase is not None:  # the previous phase just ended
                self.errors[f"{self._previous_phase.value} end"].append(error_ms)
            self._previous_phase = event.phase
            if event.phase is Phase.HOLD:
                self._hold_started = (time.process_time_ns(), heard)
        elif isinstance(event, HoldRecorded):
            self.errors[f"{label} end"].append(error_ms)
            self._previous_phase = None  # counted here; the rest that follows is new
            if self._hold_started is not None:
                cpu0, wall0 = self._hold_started
                self.hold_cpu_ns += time.process_time_ns() - cpu0
                self.hold_wall_ns += heard - wall0
                self._hold_started = None
        elif isinstance(event, CountdownTick):
            self.errors["countdown tick"].append(error_ms)
        elif isinstance(event, WorkoutFinished):
            self._previous_phase = None

    def phase_end_errors(self) -> list[float]:
        return [e for kind, values in self.errors.items() if kind.endswith(" end") for e in values]


def run_workout(app: QCoreApplication, plan: TimerPlan, measurements: Measurements, label: str):
    driver = TimerDriver(plan)
    driver.sig_event.connect(lambda event: measurements.observe(event, label))
    finished: list[WorkoutFinished] = []
    driver.sig_finished.connect(finished.append)
    driver.sig_finished.connect(lambda _: app.quit())
    QTimer.singleShot(0, driver.start)
    app.exec()
    driver.deleteLater()
    if not finished or finished[0].stopped:
        raise SystemExit("the workout did not finish")
    return finished[0]


def describe(kind: str, values: list[float]) -> str:
    return (
        f"{kind:<18} n={len(values):<3} median={statistics.median(values):7.3f} ms  "
        f"p95={sorted(values)[max(0, round(0.95 * len(values)) - 1)]:7.3f} ms  "
        f"max={max(values):7.3f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", action="store_true", help="also time one 10-minute hold")
    args = parser.parse_args(argv)

    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    measurements = Measurements()
    print(
        f"short workout: {SHORT.sets} holds of {SHORT.hold_ms / 1000:g} s, "
        f"{SHORT.rest_ms / 1000:g} s rest",
        flush=True,
    )
    result = run_workout(app, SHORT, measurements, "hold (3 s)")
    assert all(r.held_ms == SHORT.hold_ms for r in result.results)
    if args.long:
        print("long workout: 1 hold of 10 min", flush=True)
        result = run_workout(app, LONG, measurements, "hold (10 min)")
        assert result.results[0].held_ms == LONG.hold_ms

    for kind in sorted(measurements.errors):
        print(describe(kind, measurements.errors[kind]))
    errors = measurements.phase_end_errors()
    cpu_pct = 100 * measurements.hold_cpu_ns / max(1, measurements.hold_wall_ns)
    print(
        f"holds: {measurements.hold_wall_ns / 1e9:.1f} s wall, "
        f"{measurements.hold_cpu_ns / 1e6:.1f} ms CPU"
    )
    print(
        f"timer: median_error_ms={statistics.median(errors):.2f} "
        f"max_error_ms={max(errors):.2f} cpu_pct={cpu_pct:.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

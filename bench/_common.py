"""What every benchmark shares: alternating rounds (bare, ours, bare, ours …) with a ratio per round, min/median/max,
one line per figure against its target ("ok" or "MISSED"), the machine's conditions, and the exit code (1 on a miss).

    report = Report("ingest")
    rounds = alternate(bare, ours, n=5)              # bare then ours in each round; ratio = ours / bare
    report.check("ours / bare read", rounds.ratios, "≤", 1.3, unit="×")
    report.info("bare read", seconds(rounds.bare))
    sys.exit(report.finish())

BENCH_QUICK=1 makes every benchmark a fast smoke run (fewer rounds, same figures and targets).
"""
from __future__ import annotations

import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

QUICK = os.environ.get("BENCH_QUICK", "").strip() not in ("", "0")
MISSED, OK = "MISSED", "ok"


def rounds(full: int, quick: int = 2) -> int:
    """How many rounds to run: `full`, or `quick` under BENCH_QUICK=1."""
    return quick if QUICK else full


@dataclass(frozen=True)
class Stats:
    """min / median / max of a few measurements."""
    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Stats:
        if not values:
            raise ValueError("no measurements")
        return cls(tuple(float(v) for v in values))

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def max(self) -> float:
        return max(self.values)

    def text(self, fmt: str = ".2f", unit: str = "") -> str:
        """'median 1.02 (min 0.95, max 1.10; 5 rounds)' with the unit after each number."""
        n = len(self.values)
        if n == 1:
            return f"{self.values[0]:{fmt}}{unit} (1 round)"
        return (f"median {self.median:{fmt}}{unit} (min {self.min:{fmt}}{unit}, max {self.max:{fmt}}{unit}; "
                f"{n} rounds)")


@dataclass(frozen=True)
class Rounds:
    """Times of alternating rounds: bare[i] and ours[i] ran one right after the other."""
    bare: Stats
    ours: Stats
    ratios: Stats            # ours[i] / bare[i], per round


def timed(fn: Callable[[], object]) -> float:
    """Seconds one call of fn takes (after a garbage collection, so an earlier round's garbage is not billed)."""
    gc.collect()
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def alternate(bare: Callable[[], object], ours: Callable[[], object], n: int) -> Rounds:
    """n rounds of bare then ours, so that a machine busy for a while slows both sides of a round alike; the
    ratio is taken per round (ours / bare) and summarised over the rounds."""
    b, o = [], []
    for _ in range(n):
        b.append(timed(bare))
        o.append(timed(ours))
    return Rounds(Stats.of(b), Stats.of(o), Stats.of([x / y for x, y in zip(o, b)]))


def conditions() -> str:
    """The conditions of this run: load average, cores, Python, and whether it is a quick run."""
    try:
        load = "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "load average unknown"
    quick = "; BENCH_QUICK=1 (few rounds: a smoke run)" if QUICK else ""
    return (f"{time.strftime('%Y-%m-%d %H:%M')}, {load}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}{quick}")


def within(value: float, op: str, target: float) -> bool:
    """Whether value meets `op target` (op one of ≤ < ≥ >)."""
    return {"≤": value <= target, "<": value < target, "≥": value >= target, ">": value > target}[op]


def line(bench: str, what: str, figure: str, target: str, ok: bool | None) -> str:
    """One figure: 'bench | what | figure | target ≤ x | ok' (no target: 'info')."""
    verdict = "info" if ok is None else (OK if ok else MISSED)
    return f"{bench} | {what} | {figure} | {target or '-'} | {verdict}"


@dataclass
class Report:
    """The figures of one benchmark, printed as they come; finish() lists the misses and gives the exit code."""
    bench: str
    missed: list[str] = field(default_factory=list)
    out: Callable[[str], None] = print

    def __post_init__(self) -> None:
        self.out(f"== {self.bench}: {conditions()}")

    def check(self, what: str, measured: Stats | float, op: str, target: float, unit: str = "",
              fmt: str = ".2f", note: str = "", on: str = "median") -> bool:
        """A figure against its target: the median of measured Stats (or `on`: min/max), or a single value."""
        if isinstance(measured, Stats):
            value, figure = getattr(measured, on), measured.text(fmt, unit)
            if on != "median":
                figure = f"{on} {value:{fmt}}{unit}; " + figure
        else:
            value, figure = float(measured), f"{measured:{fmt}}{unit}"
        if note:
            figure += f"; {note}"
        ok = within(value, op, target)
        text = line(self.bench, what, figure, f"target {op} {target:{fmt}}{unit}", ok)
        self.out(text)
        if not ok:
            self.missed.append(text)
        return ok

    def fail(self, what: str, why: str) -> None:
        """A figure that could not be measured (the benchmark broke): a miss."""
        text = line(self.bench, what, f"not measured: {why}", "", False)
        self.out(text)
        self.missed.append(text)

    def info(self, what: str, figure: str) -> None:
        """A figure without a target (a bare read, a setup time), printed beside the checked ones."""
        self.out(line(self.bench, what, figure, "", None))

    def finish(self) -> int:
        """0 when every target was met, else 1 after listing the misses."""
        if self.missed:
            self.out(f"== {self.bench}: {len(self.missed)} target(s) MISSED:")
            for text in self.missed:
                self.out("   " + text)
            return 1
        self.out(f"== {self.bench}: every target met")
        return 0


def seconds(stats: Stats) -> str:
    return stats.text(".3f" if stats.max < 1 else ".2f", " s")


def megabytes(n: float) -> str:
    return f"{n / 1e6:,.2f} MB"


def flush() -> None:
    sys.stdout.flush()

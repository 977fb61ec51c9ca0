"""The command line run in-process (as tests/golden does): exit code, stdout and stderr of `python -m analysis …`
without starting a Python per call; tests/test_cli.py keeps one run through the real `python -m analysis`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.golden.make_golden import run as _run

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Ran:
    """What a command-line call gave: its exit code and what it printed."""
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str) -> Ran:
    """`python -m analysis *args` in this process."""
    out = _run([str(a) for a in args])
    return Ran(out["exit"], out["stdout"], out["stderr"])

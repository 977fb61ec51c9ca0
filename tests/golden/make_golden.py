"""Regenerate tests/golden/cli.json from the current CLI (only when an output change is intended).

Run: .venv/bin/python tests/golden/make_golden.py
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def run(argv: list[str]) -> dict:
    """Exit code, stdout and stderr of one in-process CLI call from the repository folder."""
    from analysis.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return {"argv": argv, "exit": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


if __name__ == "__main__":
    os.chdir(ROOT)
    from tests.golden.cases import CASES

    golden = [run(c) for c in CASES]
    (ROOT / "tests" / "golden" / "cli.json").write_text(json.dumps(golden, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(golden)} cases written")

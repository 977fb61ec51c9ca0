"""Golden test: every CLI command prints exactly what it printed before for the shipped samples and fixtures.

The CLI is a public interface agencies script against. When an output change is intended (an issue says so),
regenerate with `.venv/bin/python tests/golden/make_golden.py` and review the diff of tests/golden/cli.json.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.golden.make_golden import run

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = json.loads((ROOT / "tests" / "golden" / "cli.json").read_text())


@pytest.fixture(autouse=True)
def _from_repo(monkeypatch, tmp_path):
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("ITA_DATA_DIR", str(tmp_path))            # never the user's workspace


@pytest.mark.parametrize("case", GOLDEN, ids=[" ".join(c["argv"][:2] + c["argv"][2:][-2:]) for c in GOLDEN])
def test_cli_output_is_unchanged(case):
    assert run(case["argv"]) == case

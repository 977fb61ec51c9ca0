"""AppTest: every page renders when the latest year holds an undetermined unit-year (issue 10.4: total NaN).

The demo is loaded, then a file giving สำนักงานเขตพระนคร FY2568 twice with different scores is uploaded; the
newer upload wins, so that unit-year has no total, level or pass in the scored workspace.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.common import settings
from analysis.ita.scoring import score
from analysis.store import Store
from analysis.store.workspace import ingest_and_store, seed_demo
from tests.apptest_support import open_app
from ui.navigation import PAGES as NAVIGATION

ROOT = Path(__file__).resolve().parent.parent
PAGES = [str(p.path) for p in NAVIGATION]
UNIT = "สำนักงานเขตพระนคร"
HEAD = "หน่วยงาน,ปีงบประมาณ," + ",".join(f"ตัวชี้วัดที่ {n}" for n in range(1, 11))
CONFLICT = "\n".join([HEAD, f"{UNIT},2568," + ",".join(["90"] * 10), f"{UNIT},2568," + ",".join(["80"] * 10)])


@pytest.fixture(scope="module")
def undetermined_workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("undetermined")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ITA_DATA_DIR", str(folder))
        mp.delenv("ITA_DATABASE_URL", raising=False)
        mp.setenv("ITA_LOAD_DEMO", "1")
        store = Store(settings.database_url())
        seed_demo(store)
        outcome = ingest_and_store(store, CONFLICT.encode(), "conflict_2568.csv")
        assert outcome.status == "saved" and any(p.code == "duplicate_conflict" for p in outcome.report.problems)
        results = score(store.datasets.load_scores(), store.datasets.load_published())
        row = results[(results.unit == UNIT) & (results.fiscal_year == 2568)].iloc[0]
        assert row["total"] != row["total"] and row["level"] is None
        yield folder


@pytest.mark.parametrize("page", PAGES, ids=lambda p: Path(p).stem)
def test_every_page_renders_with_an_undetermined_unit_year(undetermined_workspace, page, monkeypatch):
    monkeypatch.setenv("ITA_DATA_DIR", str(undetermined_workspace))
    monkeypatch.delenv("ITA_DATABASE_URL", raising=False)
    at = open_app(page)
    assert not at.exception, [e.value for e in at.exception]

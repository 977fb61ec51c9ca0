"""Workspace: upload once per content, demo seeding and its removal, hand-typed scores, failures as messages."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis.store import Store, workspace

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "demo_upload_example.csv"


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_LOAD_DEMO", "1")
    s = Store(f"sqlite:///{tmp_path / 'ws.sqlite3'}")
    yield s
    s.close()


def test_same_file_twice_is_recognised_not_stored_twice(store):
    data = SAMPLE.read_bytes()
    first = workspace.ingest_and_store(store, data, "a.csv", uploaded_by="สมชาย")
    second = workspace.ingest_and_store(store, data, "renamed.csv")
    assert first.status == "saved" and second.status == "duplicate"
    assert second.duplicate_of == "a.csv" and second.dataset_id == first.dataset_id
    assert len(store.datasets.list_all()) == 1
    assert store.datasets.list_all()[0].uploaded_by == "สมชาย"


def test_unreadable_file_is_refused_with_a_report_and_nothing_saved(store):
    outcome = workspace.ingest_and_store(store, b"PK\x03\x04 broken", "broken.xlsx")
    assert outcome.status == "failed" and outcome.report.errors
    assert not store.datasets.has_data()


def test_reader_bug_becomes_a_message(store, monkeypatch):
    import analysis.ita.ingest

    def boom(data, name):
        raise RuntimeError("unexpected")
    monkeypatch.setattr(analysis.ita.ingest, "ingest_bytes", boom)
    outcome = workspace.ingest_and_store(store, b"x", "x.csv")
    assert outcome.status == "failed" and outcome.report.errors[0].code == "internal_error"
    assert "RuntimeError" in outcome.report.errors[0].message("en")


def test_demo_seeds_once_and_stays_removed(store):
    assert workspace.seed_demo(store) == len(workspace.DEMO_FILES)
    assert workspace.seed_demo(store) == 0, "not loaded twice"
    assert all(d.is_demo for d in store.datasets.list_all())
    removed = workspace.remove_demo(store)
    assert sorted(removed.datasets) == sorted(workspace.DEMO_FILES)
    assert removed.complaint_files == [workspace.DEMO_COMPLAINTS_FILE] and removed.measures > 0
    assert workspace.seed_demo(store) == 0, "a removed demo does not come back on restart"
    assert workspace.seed_demo(store, force=True) == len(workspace.DEMO_FILES), "unless asked for"


def test_demo_not_loaded_when_disabled(store, monkeypatch):
    monkeypatch.setenv("ITA_LOAD_DEMO", "0")
    assert workspace.seed_demo(store) == 0 and not store.datasets.has_data()


@pytest.mark.parametrize("unit, scores, status, codes", [
    ("สำนักงานเขตบางรัก", {n: 90.0 for n in range(1, 11)}, "saved", []),
    ("สำนักงานเขตบางรัก", {1: 90.0, 2: 101.0}, "saved", ["score_out_of_range", "missing_indicators"]),
    ("  ", {1: 90.0}, "failed", ["manual_no_unit"]),
])
def test_manual_entry(store, unit, scores, status, codes):
    result = workspace.manual_entry(unit, "สำนักงานเขต", 2568, scores)
    outcome = workspace.save_manual(store, result)
    assert outcome.status == status
    assert [p.code for p in result.report.problems] == codes
    if status == "saved":
        assert set(store.datasets.load_scores()["indicator"]) == {n for n, v in scores.items() if 0 <= v <= 100}


def test_demo_includes_the_finance_offices_plan_as_measures_and_removes_them(store):
    workspace.seed_demo(store)
    demo_measures = store.measures.list_all(unit=workspace.DEMO_PLAN_UNIT)
    assert len(demo_measures) == 10, "the ten measures of the FY2566–2570 plan"
    assert {m.status for m in demo_measures} >= {"done", "in_progress", "not_started"}
    mine = store.measures.add({"title": "มาตรการของฉัน"}, who="สมชาย")
    workspace.remove_demo(store)
    left = store.measures.list_all()
    assert [m.id for m in left] == [mine.id], "only the demo's measures are removed"

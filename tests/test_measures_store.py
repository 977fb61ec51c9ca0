"""Measures in the database (SQLite, and PostgreSQL when ITA_TEST_POSTGRES_URL is set): survive a restart,
refuse the later of two concurrent saves with what changed, record who and when; plus drafting and roll-up."""
from __future__ import annotations

from datetime import date

import pytest

from analysis.ita.framework import for_year
from analysis.plan import measures as ms
from analysis.plan.action_plan import import_path
from analysis.store import ConflictError
from tests.test_action_plan import SEED


def test_import_survives_restart(make_store):
    plan = import_path(SEED)
    make_store().measures.import_plan(plan.measures, "seed.txt", "สำนักงานการคลัง", 2568, who="ก")
    again = make_store().measures                         # a new Store on the same database = restart
    records = again.list_all("สำนักงานการคลัง", 2568)
    assert [r.code for r in records] == [m.code for m in plan.measures]
    assert records[6].steps == plan.measures[6].steps and records[0].budget_amount == 0.0
    assert records[2].responsible == "ทุกกอง / สก.สนค. (ฝกจ.)" and records[0].created_by == "ก"


def test_concurrent_edit_refused_with_changes(store):
    repo = store.measures
    rec = repo.add({"title": "มาตรการ ก", "kpi": "เดิม"}, who="สมชาย")
    # two people open version 1; Somsri saves first
    repo.update(rec.id, {"kpi": "ใหม่", "end_date": date(2026, 3, 31)}, expected_version=1, who="สมศรี")
    with pytest.raises(ConflictError) as info:
        repo.update(rec.id, {"title": "มาตรการ ข"}, expected_version=1, who="สมชาย")
    changes = {c.field: (c.old, c.new, c.by) for c in info.value.changes}
    assert changes == {"kpi": ("เดิม", "ใหม่", "สมศรี"), "end_date": (None, "2026-03-31", "สมศรี")}
    assert "สมศรี" in str(info.value) and "kpi" in str(info.value)
    now = repo.get(rec.id)
    assert (now.title, now.kpi, now.version, now.updated_by) == ("มาตรการ ก", "ใหม่", 2, "สมศรี")
    assert now.updated_at >= now.created_at


def test_delete_duplicate_links_and_log(store):
    repo = store.measures
    rec = repo.add({"title": "มาตรการ ก"}, who="a")
    repo.set_link(rec.id, "indicator", 9, True, who="a")
    repo.set_link(rec.id, "indicator", 10, False, who="a")
    copy = repo.duplicate(rec.id, who="b")
    assert copy.title == "มาตรการ ก (สำเนา)" and repo.manual_links([copy.id])[copy.id] == {
        ("indicator", "9"): True, ("indicator", "10"): False}
    with pytest.raises(ConflictError):
        repo.delete(rec.id, expected_version=5, who="a")
    repo.delete(rec.id, expected_version=1, who="a")
    assert repo.get(rec.id) is None and rec.id not in repo.manual_links()
    assert [h.action for h in repo.history(rec.id)] == ["create", "link", "link", "delete"]


def test_progress_rounds_and_rollup(store):
    repo = store.measures
    a = repo.add({"title": "A", "dimension": "1. มิติหนึ่ง"})
    b = repo.add({"title": "B", "dimension": "1. มิติหนึ่ง"})
    c = repo.add({"title": "C", "dimension": "2. มิติสอง"})
    repo.save_progress(a.id, 2568, "h1", {"status": "done", "percent": 100.0, "budget_spent": 5000.0}, None, "x")
    p = repo.save_progress(b.id, 2568, "h1", {"status": "in_progress", "percent": 40.0}, None, "x")
    with pytest.raises(ConflictError):   # a second "first save" of the same round
        repo.save_progress(b.id, 2568, "h1", {"percent": 50.0}, None, "y")
    repo.save_progress(b.id, 2568, "h1", {"percent": 60.0}, p.version, "y")
    out = ms.rollup(repo.list_all(), repo.list_progress(2568, "h1")).set_index("dimension")
    assert out.loc["1. มิติหนึ่ง", ["measures", "done", "in_progress", "percent_mean", "budget_spent"]].tolist() == [
        2, 1, 1, 80.0, 5000.0]
    assert out.loc["2. มิติสอง", ["measures", "not_started", "percent_mean"]].tolist() == [1, 1, 0.0]
    assert c.status == "not_started"


def test_draft_from_weak_indicator_with_template():
    fw = for_year(2568)
    template = ms.templates_for(9, ms.load_templates())[0]
    fields = ms.draft(9, 71.5, fw, template, unit="เขตหนึ่ง", fiscal_year=2568)
    assert fields["weakness"] == "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 71.50 คะแนน ต่ำกว่า 85"
    assert fields["title"] == template.title and fields["steps"] and fields["kpi"]
    assert ("indicator", "9") in ms.draft_links(9, template, fw) and ("oit", "O4") in ms.draft_links(9, template, fw)


def test_every_template_names_indicators():
    templates = ms.load_templates()
    assert len(templates) >= 8 and all(t.indicators and t.steps and t.source for t in templates)


def test_the_deck_counts_a_measure_by_its_latest_progress(store):
    """Issue 10: the meeting pack showed a measure as ยังไม่เริ่ม although 40 % กำลังดำเนินการ was recorded."""
    from analysis.export import measures_status

    repo = store.measures
    a, b = repo.add({"title": "ก"}, who="x"), repo.add({"title": "ข"}, who="x")
    repo.save_progress(a.id, 2568, "h1", {"status": "in_progress", "percent": 40.0}, None, "x")
    assert sorted(repo.current_statuses()) == ["in_progress", "not_started"]
    first = repo.list_progress(2568, "h1")[0]
    repo.save_progress(a.id, 2568, "h1", {"status": "done", "percent": 100.0}, first.version, "x")
    repo.save_progress(b.id, 2568, "q1", {"status": "postponed"}, None, "x")
    assert repo.current_statuses() == ["done", "postponed"]
    table = measures_status(repo.current_statuses(), "th").set_index("status")["measures"]
    assert table["ดำเนินการแล้วเสร็จ"] == 1 and table["ยังไม่เริ่ม"] == 0


def test_undo_puts_back_the_last_edit_and_is_refused_when_the_measure_moved_on(store):
    repo = store.measures
    rec = repo.add({"title": "มาตรการ ก", "kpi": "เดิม", "end_date": date(2026, 3, 31)}, who="สมชาย")
    assert repo.last_change(rec.id) is None, "a new measure has no edit to undo"
    with pytest.raises(LookupError):
        repo.undo_last(rec.id, rec.version, who="สมชาย")
    edited = repo.update(rec.id, {"kpi": "ใหม่", "end_date": date(2026, 9, 30), "steps": ["หนึ่ง"]}, 1, who="สมศรี")
    assert repo.last_change(rec.id).by == "สมศรี"
    with pytest.raises(ConflictError) as info:                 # a browser still on version 1 cannot undo
        repo.undo_last(rec.id, 1, who="สมชาย")
    assert {c.field for c in info.value.changes} == {"kpi", "end_date", "steps"}
    back = repo.undo_last(rec.id, edited.version, who="สมชาย")
    assert (back.kpi, back.end_date, back.steps, back.version) == ("เดิม", date(2026, 3, 31), [], 3)
    assert [e.action for e in repo.history(rec.id)] == ["create", "update", "undo"]
    again = repo.undo_last(rec.id, back.version, who="สมชาย")   # the undo is itself undoable: the edit returns
    assert (again.kpi, again.end_date, again.steps) == ("ใหม่", date(2026, 9, 30), ["หนึ่ง"])
    repo.save_progress(rec.id, 2570, "h1", {"status": "in_progress", "percent": 40.0}, None, who="สมศรี")
    assert repo.last_change(rec.id).action == "undo", "progress is not an edit of the measure's fields"

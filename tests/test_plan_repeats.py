"""A repeated action plan is recognised and offered as an update, never doubled; the demo measures leave the list
once the user's own are stored (issues 10.3 and 10.1)."""
from __future__ import annotations

from analysis.store import seed_demo_measures

PLAN = [{"code": "1.1.1 (1)", "title": "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "responsible": "ฝ่ายพัสดุ"},
        {"code": "1.1.2 (2)", "title": "อบรมจริยธรรมข้าราชการ", "budget_amount": 50000.0},
        {"code": "", "title": "ประชาสัมพันธ์ช่องทางร้องเรียน"}]
UNIT = "สำนักการคลัง"


def test_a_repeated_plan_is_recognised_by_its_codes_and_titles(store):
    repo = store.measures
    repo.import_plan(PLAN, "plan.docx", unit=UNIT, fiscal_year=2568, who="สมศรี")
    repeats = repo.plan_repeats(PLAN, unit=UNIT)
    assert [m.title for _, m in repeats] == [p["title"] for p in PLAN]
    assert repo.plan_repeats(PLAN, unit="สำนักงานเขตบางรัก") == [], "another unit's plan is not a repeat"


def test_updating_from_a_repeated_plan_changes_the_measures_and_doubles_nothing(store):
    repo = store.measures
    first = repo.import_plan(PLAN, "plan.docx", unit=UNIT, fiscal_year=2568, who="สมศรี")
    repo.save_progress(first[0].id, 2568, "h1", {"status": "in_progress", "percent": 40.0}, None, "สมศรี")
    revised = [dict(PLAN[0], responsible="ฝ่ายพัสดุและสัญญา"), PLAN[1], PLAN[2],
               {"code": "2.1.1 (3)", "title": "ตรวจสอบการใช้รถราชการ"}]
    result = repo.update_from_plan(revised, "plan-v2.docx", unit=UNIT, fiscal_year=2568, who="สมศรี")
    assert [m.responsible for m in result.updated if m.code == "1.1.1 (1)"] == ["ฝ่ายพัสดุและสัญญา"]
    assert [m.title for m in result.added] == ["ตรวจสอบการใช้รถราชการ"]
    stored = repo.list_all(unit=UNIT)
    assert len(stored) == 4, "three measures updated in place, one added"
    assert [p.percent for p in repo.list_progress(2568, "h1")] == [40.0], "the recorded progress stays"
    again = repo.update_from_plan(revised, "plan-v2.docx", unit=UNIT, fiscal_year=2568, who="สมศรี")
    assert again.updated == [] and again.added == [] and again.unchanged == 4
    assert len(repo.list_all(unit=UNIT)) == 4


def test_the_demo_measures_leave_the_list_once_the_users_own_are_stored(store):
    n = seed_demo_measures(store)
    assert n > 0 and len(store.measures.list_all()) == n
    assert store.measures.plan_repeats(PLAN, unit=UNIT) == [], "the demo's measures are never taken as a repeat"
    store.measures.add({"title": "มาตรการของเรา"}, who="สมศรี")
    assert [m.title for m in store.measures.list_all()] == ["มาตรการของเรา"]
    store.meta.set_demo_shown("measures", True)
    assert len(store.measures.list_all()) == n + 1
    assert len(store.measures.list_all(with_demo=False)) == 1

"""The OIT readiness checklist (issue 12.2–12.3, 12.5): the prediction rule as a table of cases, the group's file
read with Thai headers, statuses and digits (and refused row by row with the place named), the stored checklist
with its optimistic lock, the demo FY2570 checklist, the predicted total and the CLI `oit`."""
from __future__ import annotations

import json
from datetime import date

import pytest

from analysis.cli.main import main
from analysis.common.report import IngestError
from analysis.ita import for_year, load_all
from analysis.ita.framework import Framework, Indicator, OitItem
from analysis.plan.checklist import (
    Entry,
    checklist_table,
    parse_status,
    predict,
    read_checklist_bytes,
)
from analysis.plan.oit_view import entries_from_editor, tracker_view
from analysis.store import ConflictError, Store, seed_demo
from analysis.store.checklists import entries_of

FW2570 = for_year(2570)
URL = "https://www.bangkok.go.th/evidence"


def _framework(weights=(20.0, 20.0)) -> Framework:
    """A small framework: indicator 9 with items O1–O3, indicator 10 with O4–O5 (weights as given)."""
    base = for_year(2569)
    inds = tuple(i if i.tool != "OIT" else Indicator(i.number, i.name_th, i.name_en, "OIT", weights[i.number - 9])
                 for i in base.indicators)
    items = tuple(OitItem("nacc", f"O{k}", f"ข้อ {k}", 9 if k <= 3 else 10) for k in range(1, 6))
    return Framework(2570, "test", 85.0, "bands", base.tools, inds, (), base.bands, items, {"nacc": "complete"})


@pytest.mark.parametrize("entries, ind9, ind10, oit", [
    ({}, 0.0, 0.0, 0.0),                                                           # nothing entered: all not started
    ({"O1": Entry("O1", "published", (URL,))}, 100 / 3, 0.0, 100 / 6),
    ({"O1": Entry("O1", "published", ())}, 0.0, 0.0, 0.0),                          # published without evidence: 0
    ({"O1": Entry("O1", "ready", (URL,))}, 0.0, 0.0, 0.0),                          # ready is not published
    ({"O1": Entry("O1", "published", (URL,)), "O2": Entry("O2", "not_applicable"),
      "O3": Entry("O3", "not_applicable")}, 100.0, 0.0, 50.0),                      # not applicable left out
    ({c: Entry(c, "published", (URL, URL + "/2")) for c in ("O1", "O2", "O3", "O4", "O5")}, 100.0, 100.0, 100.0),
    ({"O4": Entry("O4", "not_applicable"), "O5": Entry("O5", "not_applicable"),
      "O1": Entry("O1", "published", (URL,))}, 100 / 3, None, 100 / 3),             # an empty indicator leaves the mean
])
def test_the_prediction_rule(entries, ind9, ind10, oit):
    p = predict(_framework(), "nacc", entries)
    assert p.indicators[9] == pytest.approx(ind9) and (p.indicators[10] == pytest.approx(ind10) if ind10 is not None
                                                       else p.indicators[10] is None)
    assert p.oit == pytest.approx(oit)
    counted = {i.code: i.counted for i in p.items}
    assert set(counted) == {"O1", "O2", "O3", "O4", "O5"}, "every item of the year's list is in the prediction"
    assert all(counted[c] is None for c, e in entries.items() if e.status == "not_applicable")


def test_the_oit_is_the_indicator_weighted_mean_and_unlisted_items_only_warn():
    entries = {"O1": Entry("O1", "published", (URL,)), "O2": Entry("O2", "published", (URL,)),
               "O3": Entry("O3", "published", (URL,)), "O99": Entry("O99", "published", (URL,))}
    p = predict(_framework(weights=(30.0, 10.0)), "nacc", entries)
    assert p.indicators == {9: 100.0, 10: 0.0} and p.oit == pytest.approx(75.0)
    assert "O99" not in {i.code for i in p.items}
    assert any("O99" in w for w in p.warning_texts("th")) and any("O99" in w for w in p.warning_texts("en"))
    assert p.to_dict()["indicators"] == {"9": 100.0, "10": 0.0} and p.to_dict()["oit"] == 75.0


@pytest.mark.parametrize("typed, status", [("เผยแพร่แล้ว", "published"), (" กำลังจัดทำ ", "in_progress"),
                                           ("พร้อมเผยแพร่", "ready"), ("ไม่เกี่ยวข้อง", "not_applicable"),
                                           ("ยังไม่เริ่ม", "not_started"), ("", "not_started"), ("Published", "published"),
                                           ("N/A", "not_applicable"), ("in progress", "in_progress"), ("เสร็จแล้วมั้ง", None)])
def test_statuses_in_thai_and_english(typed, status):
    assert parse_status(typed) == status


def _csv(text: str) -> bytes:
    return text.encode("utf-8")


def test_the_groups_file_with_thai_headers_statuses_and_digits():
    data = _csv("รายการตรวจ OIT ปี 2570\n"
                "ข้อ,สถานะ,ลิงก์หลักฐาน,ผู้รับผิดชอบ,กำหนดเสร็จ,หมายเหตุ\n"
                "O๑,เผยแพร่แล้ว,\"https://www.bangkok.go.th/a\nhttps://www.bangkok.go.th/b\",ฝ่ายบริหาร,๓๑/๐๓/๒๕๗๐,ครบ\n"
                "ข้อ O3,กำลังจัดทำ,,ฝ่ายการคลัง,2027-04-30,\n"
                "o 4,ไม่เกี่ยวข้อง,,,,ไม่มีภารกิจนี้\n")
    entries, report = read_checklist_bytes(data, "รายการตรวจ.csv", FW2570)
    assert set(entries) == {"O1", "O3", "O4"}
    assert entries["O1"] == Entry("O1", "published", ("https://www.bangkok.go.th/a", "https://www.bangkok.go.th/b"),
                                  "ฝ่ายบริหาร", date(2027, 3, 31), "ครบ")
    assert entries["O3"].due == date(2027, 4, 30) and entries["O4"].status == "not_applicable"
    assert not [p for p in report.problems if p.severity == "error"]


def test_rows_that_cannot_be_read_are_named_and_an_item_given_twice_is_taken_from_neither():
    data = _csv("item,status,url,owner,due,notes\n"
                "O1,published,https://www.bangkok.go.th/a,,,\n"
                "O3,done-ish,,,,\n"
                "O4,published,,,32/13/2570,\n"
                "O5,in progress,,,,\n"
                "O5,published,https://www.bangkok.go.th/c,,,\n"
                "X9,published,,,,\n"
                "O8,published,www.bangkok.go.th/no-scheme,,,\n")
    entries, report = read_checklist_bytes(data, "list.csv", FW2570)
    assert set(entries) == {"O1", "O8"} and entries["O8"].urls == ()
    by_code = {p.code: p for p in report.problems}
    bad_status = by_code["checklist_bad_status"]
    assert (bad_status.file, bad_status.row, bad_status.column) == ("list.csv", 3, "status (B)")
    assert "done-ish" in bad_status.text("th") and "done-ish" in bad_status.text("en")
    assert by_code["checklist_bad_due"].row == 4 and by_code["checklist_bad_due"].column == "due (E)"
    twice = by_code["checklist_twice"]
    assert twice.params == {"code": "O5", "first": 5, "second": 6} and "O5" in twice.text("en")
    assert by_code["checklist_bad_item"].row == 7 and by_code["checklist_no_url"].severity == "warning"


def test_a_file_without_the_header_is_refused_with_how_to_fix_it():
    with pytest.raises(IngestError) as err:
        read_checklist_bytes(_csv("a,b\n1,2\n"), "wrong.csv", FW2570)
    [problem] = [p for p in err.value.report.problems if p.severity == "error"]
    assert problem.code == "checklist_no_header" and "item" in problem.text("en") and "สถานะ" in problem.text("th")


def test_the_downloaded_file_reads_back_as_the_same_checklist():
    from analysis.export import table_to_xlsx

    entries = {"O1": Entry("O1", "published", ("https://www.bangkok.go.th/a",), "ฝ่าย ก", date(2027, 1, 15), "x"),
               "O3": Entry("O3", "not_applicable"), "O5": Entry("O5", "ready", (), "ฝ่าย ข", None, "")}
    for lang in ("th", "en"):
        data = table_to_xlsx({"OIT": checklist_table(FW2570, "nacc", entries, lang)})
        back, _ = read_checklist_bytes(data, "back.xlsx", FW2570)
        assert {c: e for c, e in back.items() if c in entries} == entries
        assert {e.status for c, e in back.items() if c not in entries} == {"not_started"}


def test_a_save_from_an_old_version_is_refused_with_what_changed(store):
    repo = store.checklists
    first = repo.save(2570, "เขตหนึ่ง", "nacc", Entry("O1", "in_progress", (), "ฝ่าย ก"), None, who="สมชาย")
    repo.save(2570, "เขตหนึ่ง", "nacc", Entry("O1", "published", (URL,), "ฝ่าย ก"), first.version, who="สมศรี")
    with pytest.raises(ConflictError) as err:
        repo.save(2570, "เขตหนึ่ง", "nacc", Entry("O1", "ready", (), "ฝ่าย ข"), first.version, who="สมชาย")
    assert {c.field for c in err.value.changes} == {"status", "urls", "owner"}
    assert all(c.by == "สมศรี" for c in err.value.changes)
    with pytest.raises(ConflictError):                         # two first saves of one item
        repo.save(2570, "เขตหนึ่ง", "nacc", Entry("O1", "ready"), None, who="สมชาย")
    kept = repo.load(2570, "เขตหนึ่ง")["เขตหนึ่ง"]["O1"]
    assert (kept.entry.status, kept.entry.urls, kept.version, kept.updated_by) == ("published", (URL,), 2, "สมศรี")


def test_an_import_replaces_its_items_and_keeps_the_others(store):
    repo = store.checklists
    repo.save(2570, "เขตหนึ่ง", "nacc", Entry("O1", "in_progress"), None, who="ก")
    repo.save(2570, "เขตหนึ่ง", "nacc", Entry("O3", "ready"), None, who="ก")
    assert repo.import_entries(2570, "เขตหนึ่ง", "nacc", [Entry("O1", "published", (URL,))], who="ข") == 1
    got = entries_of(repo.load(2570, "เขตหนึ่ง")["เขตหนึ่ง"])
    assert got == {"O1": Entry("O1", "published", (URL,)), "O3": Entry("O3", "ready")}
    assert repo.load(2569) == {} and repo.years() == [2570]


def test_the_demo_has_a_fy2570_checklist_for_every_demo_unit_and_an_edit_makes_an_item_yours():
    store = Store("sqlite://")
    try:
        seed_demo(store)
        demo = store.checklists.load(2570)
        assert len(demo) == 72 and all(len(items) == len([i for i in FW2570.oit_items if i.family == "nacc"])
                                       for items in demo.values())
        statuses = {s.entry.status for items in demo.values() for s in items.values()}
        assert statuses == {"not_started", "in_progress", "ready", "published", "not_applicable"}
        unit, items = next(iter(demo.items()))
        store.checklists.save(2570, unit, "nacc", Entry("O1", "published", (URL,)), items["O1"].version, who="สมศรี")
        after = store.checklists.load(2570, unit)[unit]
        assert not after["O1"].is_demo and after["O3"].is_demo
        from analysis.store import remove_demo

        gone = remove_demo(store)
        assert gone.checklist_items == 72 * len(items) - 1
        assert entries_of(store.checklists.load(2570)[unit]) == {"O1": Entry("O1", "published", (URL,))}
    finally:
        store.close()


def test_fy2570_is_a_plain_copy_of_fy2569_marked_unknown():
    frameworks = load_all()
    fy69, fy70 = frameworks[2569], frameworks[2570]
    assert fy70.status == "unknown" and set(fy70.oit_items_status.values()) == {"unknown"}
    assert (fy70.tools, fy70.indicators, fy70.bands, fy70.oit_items) == (fy69.tools, fy69.indicators, fy69.bands,
                                                                         fy69.oit_items)
    assert "unknown" in fy70.notes and "copy of FY2569" in fy70.notes


def test_the_predicted_total_uses_last_years_iit_and_eit_or_the_values_entered(demo):
    unit = "สำนักการคลัง"
    entries = {i.code: Entry(i.code, "published", (URL,)) for i in FW2570.oit_items if i.family == "nacc"}
    v = tracker_view(2570, unit, "nacc", entries, demo.scores, demo.results, date(2026, 12, 3))
    last = demo.results[(demo.results["unit"] == unit) & (demo.results["fiscal_year"] == 2568)].iloc[0]
    assert v.last_year == 2568 and v.last_oit == pytest.approx(last["oit"]), "the latest result before FY2570"
    assert v.prediction.oit == 100.0
    assert v.predicted_total == pytest.approx(0.3 * last["iit"] + 0.3 * last["eit"] + 40, abs=0.01)
    entered = tracker_view(2570, unit, "nacc", entries, demo.scores, demo.results, date(2026, 12, 3), iit=95.0,
                           eit=95.0)
    assert entered.predicted_total == pytest.approx(97.0) and entered.predicted_band == "ผ่านดีเยี่ยม"
    nobody = tracker_view(2570, "หน่วยงานใหม่", "nacc", entries, demo.scores, demo.results, date(2026, 12, 3))
    assert nobody.last_oit is None and nobody.predicted_total is None


def test_overdue_items_and_the_table_editor_round_trip(demo):
    entries = {"O1": Entry("O1", "in_progress", (), "ฝ่าย ก", date(2026, 11, 30)),
               "O3": Entry("O3", "published", (URL,), "ฝ่าย ข", date(2026, 11, 1)),
               "O4": Entry("O4", "ready", (), "ฝ่าย ก", date(2027, 1, 1))}
    v = tracker_view(2570, "สำนักการคลัง", "nacc", entries, demo.scores, demo.results, date(2026, 12, 3))
    assert v.overdue == ["O1"] and v.owners == ["ฝ่าย ก", "ฝ่าย ข"]
    from analysis.plan.oit_view import editor_frame

    table = editor_frame(v, "th")
    assert table.loc[table["code"] == "O1", "due"].item() == "30/11/2569", "due dates in BE"
    table.loc[table["code"] == "O4", "due"] = "๑๕/๐๑/๒๕๗๐"
    table.loc[table["code"] == "O5", "due"] = "31/02/2570"
    back, problems = entries_from_editor(table, "th")
    assert back["O4"].due == date(2027, 1, 15) and back["O1"] == entries["O1"]
    assert "O5" not in back and len(problems) == 1 and "O5" in problems[0]


def test_cli_oit_prints_the_prediction_as_json(tmp_path, capsys):
    path = tmp_path / "checklist.csv"
    path.write_text("item,status,url\nO1,published,https://www.bangkok.go.th/a\nO4,not applicable,\n", encoding="utf-8")
    assert main(["oit", str(path), "--year", "2570", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"fiscal_year", "indicators", "oit", "items", "warnings"}
    assert out["fiscal_year"] == 2570 and set(out["indicators"]) == {"9", "10"}
    assert {"code": "O1", "status": "published", "counted": True} in out["items"]
    assert {"code": "O4", "status": "not_applicable", "counted": None} in out["items"]
    assert out["oit"] == round(predict(FW2570, "nacc", {"O1": Entry("O1", "published", ("u",)),
                                                        "O4": Entry("O4", "not_applicable")}).oit, 2)
    assert main(["oit", str(path), "--year", "2562"]) == 2
    assert "2562" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["oit", str(bad), "--year", "2570"]) == 2
    err = capsys.readouterr().err
    assert "bad.csv" in err and "item" in err


def test_the_planner_can_start_from_the_prediction(demo):
    from analysis.ita import path_view
    from analysis.plan.oit_view import with_prediction

    unit = "สำนักการคลัง"
    entries = {i.code: Entry(i.code, "published", (URL,)) for i in FW2570.oit_items if i.family == "nacc"}
    scores, results = with_prediction(demo.scores, demo.results, 2570, unit, "nacc", entries)
    mine = scores[(scores["unit"] == unit) & (scores["fiscal_year"] == 2570)].set_index("indicator")["score"]
    last = demo.scores[(demo.scores["unit"] == unit) & (demo.scores["fiscal_year"] == 2568)].set_index("indicator")
    assert mine[9] == mine[10] == 100.0 and all(mine[n] == last.loc[n, "score"] for n in range(1, 9))
    v = path_view(scores, results, 2570, unit)
    assert v.year == 2570 and v.unit == unit and v.scores[9] == 100.0
    assert with_prediction(demo.scores, demo.results, 2570, "หน่วยงานใหม่", "nacc", entries) is None

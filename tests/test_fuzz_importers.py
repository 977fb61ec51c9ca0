"""Property-based fuzzing of every importer: random bytes, truncated and bit-flipped real files, random
encodings and separators, extreme numbers. Each either parses or raises the project's user-error type
(IngestError; FrameworkError for framework files) — never another exception. Importers: ITA results, items, the
action plan, complaints, framework files, the OIT checklist and the OIT item list.

Examples are few in `make test` (profile "ci"); `make fuzz` runs the profile "fuzz" with many more."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.common.report import FrameworkError, IngestError
from analysis.complaints.ingest import ingest_bytes as ingest_complaints
from analysis.ita.framework import for_year, parse_framework
from analysis.ita.ingest import ingest_bytes as ingest_results
from analysis.ita.item_list import read_item_list
from analysis.ita.items import ingest_items_bytes
from analysis.plan.action_plan import import_bytes as import_plan
from analysis.plan.checklist import Entry, checklist_table, read_checklist_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
settings.register_profile("ci", max_examples=12, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=400, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

FW2570 = for_year(2570)


def _made_files() -> dict[str, bytes]:
    """Real files of the two importers without a shipped sample: the OIT checklist as the page downloads it, and
    an OIT item list as the NACC prints it."""
    from datetime import date

    from analysis.export import table_to_xlsx

    entries = {i.code: Entry(i.code, "published" if k % 2 else "in_progress", (f"https://www.bangkok.go.th/{k}",),
                             "ฝ่ายบริหาร", date(2027, 3, 31), "") for k, i in enumerate(FW2570.oit_items[:20])}
    checklist = table_to_xlsx({"OIT": checklist_table(FW2570, "nacc", entries)})
    items = "ข้อ,ชื่อรายการ,ตัวชี้วัด\n" + "".join(f"O{i.code[1:]},{i.name_th},{i.indicator}\n"
                                                   for i in FW2570.oit_items if i.family == "nacc")
    return {"checklist.xlsx": checklist, "item_list.csv": items.encode("utf-8")}


MADE = _made_files()
IMPORTERS = {
    "results": (ingest_results, ["demo_districts_2565-2566.xlsx", "demo_districts_2567-2568_long.csv",
                                 "demo_upload_example.csv"]),
    "complaints": (ingest_complaints, ["demo_complaints_2563-2568.csv"]),
    "plan": (import_plan, ["action_plan_finance_office_2566-2570.txt"]),
    "items": (ingest_items_bytes, ["demo_items_2568.xlsx"]),
    "checklist": (lambda data, name: read_checklist_bytes(data, name, FW2570), ["checklist.xlsx"]),
    "item_list": (lambda data, name: read_item_list(data, name, "nacc", FW2570), ["item_list.csv"]),
}
NAMES = ["x.xlsx", "x.csv", "x.xls", "x.ods", "x.txt", "x.docx", "x"]


def _accepts(importer, data: bytes, name: str) -> None:
    try:
        importer(data, name)
    except IngestError as exc:
        assert exc.report.errors, "an IngestError always carries the error that explains it"


def _sample(name: str) -> bytes:
    data = MADE[name] if name in MADE else (SAMPLES / name).read_bytes()
    return data[:200_000] if name.endswith((".csv", ".txt")) else data


@pytest.mark.parametrize("kind", IMPORTERS)
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes(kind, data, name):
    _accepts(IMPORTERS[kind][0], data, name)


@pytest.mark.parametrize("kind", IMPORTERS)
@given(pick=st.integers(0, 10), cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)),
                                                                     max_size=8))
@example(pick=0, cut=1.0, flips=[(0.46875, 0)])          # a damaged deflate stream: zlib.error in the range scan
def test_truncated_and_bit_flipped_real_files(kind, pick, cut, flips):
    importer, names = IMPORTERS[kind]
    name = names[pick % len(names)]
    data = bytearray(_sample(name))
    for where, bit in flips:
        data[int(where * (len(data) - 1))] ^= 1 << bit
    data = bytes(data[: max(1, int(len(data) * cut))]) if cut < 0.98 else bytes(data)
    _accepts(importer, data, name)


CELL = st.one_of(st.text(max_size=12), st.sampled_from(["inf", "-inf", "nan", "1e308", "-1e308", "1e20", "-5",
                                                        "๒๕๖๖", "2566", "=1+1", "", "ไม่มี", "0001-01-01",
                                                        "9" * 400, "31/02/2567", "O1", "o ๑๒", "เผยแพร่แล้ว",
                                                        "https://www.bangkok.go.th/a", "ไม่เกี่ยวข้อง"]))


@pytest.mark.parametrize("kind", ["results", "complaints", "plan", "checklist", "item_list"])
@given(header=st.lists(st.sampled_from(["หน่วยงาน", "ปีงบประมาณ", "IIT", "EIT", "OIT", "คะแนนรวม", "ตัวชี้วัดที่ 1",
                                        "วันที่รับเรื่อง", "สถานะ", "ประเภท", "จำนวนเรื่อง", "มิติ", "งบประมาณ",
                                        "โครงการ/กิจกรรม/ มาตรการ", "ข้อ", "ลิงก์หลักฐาน", "ผู้รับผิดชอบ",
                                        "กำหนดเสร็จ", "ชื่อรายการ", "ตัวชี้วัด", "x"]), min_size=1, max_size=8),
       rows=st.lists(st.lists(CELL, max_size=9), max_size=12),
       sep=st.sampled_from([",", ";", "\t", "|"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp874", "utf-16"]))
def test_random_tables_with_extreme_values(kind, header, rows, sep, encoding):
    text = "\n".join(sep.join(r) for r in [header, *rows])
    data = text.encode(encoding, errors="replace")
    _accepts(IMPORTERS[kind][0], data, "table.csv")


FRAMEWORK = tomllib.loads((ROOT / "data" / "frameworks" / "fy2568.toml").read_text())


@given(key=st.sampled_from(sorted(FRAMEWORK)), value=st.one_of(st.none(), st.integers(-10**30, 10**30), st.floats(),
                                                              st.text(max_size=8), st.lists(st.integers(), max_size=3)))
def test_framework_files_with_a_field_replaced(key, value):
    data = dict(FRAMEWORK)
    if value is None:
        data.pop(key)
    else:
        data[key] = value
    try:
        parse_framework(data, "fuzz.toml")
    except FrameworkError as exc:
        assert exc.field_name, "the message names the field"



@pytest.fixture(scope="module")
def backup_pair():
    """(backup of a store holding a little data, its member hashes, a backup of an empty store, an empty store)."""
    import pandas as pd

    from analysis.common.report import IngestReport
    from analysis.ita.ingest import ingest_sheets
    from analysis.store import Store, backup_workspace

    source, target = Store("sqlite://"), Store("sqlite://")
    grid = pd.DataFrame([["หน่วยงาน", "คะแนนรวม"], ["สำนักงานเขตบางรัก", 91.2]], dtype=object)
    source.datasets.save(ingest_sheets({"2567": grid}, "x.xlsx", IngestReport(file="x.xlsx")), "x.xlsx", "a" * 64)
    source.measures.add({"title": "มาตรการ"}, who="x")
    data, summary = backup_workspace(source)
    return data, summary.sha256, backup_workspace(target)[0], target


@given(cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 7)), min_size=1, max_size=8))
def test_a_damaged_backup_is_refused_or_restored_whole(backup_pair, cut, flips):
    """Restore (issue 10.7) is an importer too: a truncated or bit-flipped backup is a BackupError, never another
    exception; a flip the checks cannot see (e.g. in a zip header's unused bytes) restores the whole backup."""
    from analysis.store import BackupError, backup_workspace, is_empty, restore_workspace

    data, hashes, empty, target = backup_pair
    damaged = bytearray(data)
    for where, bit in flips:
        damaged[int(where * (len(damaged) - 1))] ^= 1 << bit
    damaged = bytes(damaged[: max(1, int(len(damaged) * cut))]) if cut < 0.98 else bytes(damaged)
    try:
        restore_workspace(target, damaged)
    except BackupError:
        assert is_empty(target), "a refused restore writes nothing"
        return
    assert backup_workspace(target)[1].sha256 == hashes
    restore_workspace(target, empty, replace=True)

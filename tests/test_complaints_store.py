"""analysis/store/complaints.py (store.complaints) and the complaint upload service: only scrubbed data is stored (the whole database is searched), latest wins, removal."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from analysis.store import workspace
from analysis.store.migrations.versions import __path__ as _versions  # noqa: F401  (the package must exist)

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
DEMO = SAMPLES / workspace.DEMO_COMPLAINTS_FILE
PLANTED = {"id": "1101700203450", "phone": "0812345678", "phone2": "081-234-5678", "email": "secret.person@example.com",
           "name": "สมศักดิ์ลับสุดยอด", "address": "99/9 ซอยลับมาก"}


def planted_csv() -> bytes:
    text = ("วันที่รับเรื่อง,ชื่อผู้ร้อง,เลขบัตรประชาชน,โทรศัพท์,อีเมล,ที่อยู่,รายละเอียด,ref,ประเภทเรื่อง,ช่องทาง,หน่วยงาน,สถานะ\n"
            f"01/10/2566,นาย{PLANTED['name']},{PLANTED['id']},{PLANTED['phone']},{PLANTED['email']},"
            f"{PLANTED['address']},โทร {PLANTED['phone2']},{PLANTED['id']},ทั่วไป {PLANTED['phone']},เว็บไซต์,"
            f"เขต {PLANTED['email']},เสร็จสิ้น\n"
            f"02/10/2566,นาง{PLANTED['name']},{PLANTED['id']},{PLANTED['phone']},{PLANTED['email']},"
            f"{PLANTED['address']},ข้อความ,{PLANTED['id']},ทั่วไป,1555,เขตบางรัก,รอรับเรื่อง\n")
    return text.encode("utf-8")


def dump(store) -> str:
    """Every value of every table of the database as one text."""
    parts = []
    with store.engine.connect() as conn:
        for name in sa.inspect(conn).get_table_names():
            for row in conn.execute(sa.text(f'SELECT * FROM "{name}"')):
                parts.append(" ".join(map(str, row)))
    return "\n".join(parts)


def test_no_personal_value_reaches_the_database(store):
    for keep_text in (False, True):
        outcome = workspace.ingest_complaints(store, planted_csv(), f"planted-{keep_text}.csv", keep_text=keep_text)
        assert outcome.status == "saved", outcome.report.problems
        if keep_text:
            break
        store.complaints.remove(outcome.upload_id)
    text = dump(store)
    for what, value in PLANTED.items():
        assert value not in text, what
    assert "เขต [อีเมล]" in text and "ทั่วไป [โทรศัพท์]" in text, "stray values inside kept columns are masked"
    assert "โทร [โทรศัพท์]" in text, "kept free text is masked"


def test_demo_is_stored_scrubbed_and_loaded_back(store):
    assert workspace.seed_demo_complaints(store, SAMPLES) == 1
    assert workspace.seed_demo_complaints(store, SAMPLES) == 0, "not twice"
    records, aggregates, has_demo = store.complaints.load()
    demo = pd.read_csv(DEMO, dtype=str)
    assert len(records) == len(demo) and aggregates.empty and has_demo
    text = dump(store)
    for column in ("ชื่อผู้ร้องเรียน", "เลขประจำตัวประชาชน", "โทรศัพท์", "อีเมล", "ที่อยู่"):
        leaked = [v for v in demo[column].dropna().unique()[:300] if v in text]
        assert not leaked, (column, leaked[:3])
    [upload] = store.complaints.list_all()
    assert upload.removed_columns == ["ชื่อผู้ร้องเรียน", "เลขประจำตัวประชาชน", "โทรศัพท์", "อีเมล", "ที่อยู่", "รายละเอียด"]
    assert upload.fiscal_years == [2563, 2564, 2565, 2566, 2567, 2568]


def test_latest_upload_wins_per_fiscal_year(store):
    first = "วันที่รับเรื่อง,สถานะ\n01/10/2566,เสร็จสิ้น\n01/10/2565,เสร็จสิ้น\n".encode()
    second = "วันที่รับเรื่อง,สถานะ\n02/10/2566,เสร็จสิ้น\n03/10/2566,เสร็จสิ้น\n".encode()
    workspace.ingest_complaints(store, first, "a.csv")
    workspace.ingest_complaints(store, second, "b.csv")
    records, _, _ = store.complaints.load()
    assert records.groupby("fiscal_year").size().to_dict() == {2566: 1, 2567: 2}


def test_duplicate_and_failed_uploads_are_outcomes_not_errors(store):
    data = "วันที่รับเรื่อง,สถานะ\n01/10/2566,เสร็จสิ้น\n".encode()
    assert workspace.ingest_complaints(store, data, "a.csv").status == "saved"
    again = workspace.ingest_complaints(store, data, "copy.csv")
    assert (again.status, again.duplicate_of) == ("duplicate", "a.csv")
    failed = workspace.ingest_complaints(store, b"x,y\n1,2\n", "bad.csv")
    assert failed.status == "failed" and failed.report.errors


def test_workspace_demo_seed_and_removal_include_complaints(store):
    workspace.seed_demo(store, force=True)
    assert store.complaints.has_data()
    workspace.remove_demo(store)
    assert not store.complaints.has_data()
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM complaint_records")).scalar() == 0


def test_migration_chain_is_linear():
    import importlib
    mod = importlib.import_module("analysis.store.migrations.versions.0003_complaints")
    assert (mod.revision, mod.down_revision) == ("0003_complaints", "0002_measures")


def _save_user_file(store):
    workspace.ingest_complaints(store, "วันที่รับเรื่อง,สถานะ\n01/10/2566,เสร็จสิ้น\n".encode(), "mine.csv")


def _retention(store):
    assert store.complaints.apply_retention(1, current_year=2568) > 0


@pytest.mark.parametrize("change", [
    _save_user_file,
    lambda store: store.complaints.remove_demo(),
    _retention,
    lambda store: store.meta.set_demo_shown("complaints", True),
], ids=["upload", "remove", "retention", "demo-shown"])
def test_the_version_changes_with_every_change_of_what_the_page_shows(store, change):
    """The complaints page keeps its statistics per version: any change of the stored figures gives a new one."""
    workspace.seed_demo_complaints(store, SAMPLES)
    before = store.complaints.version()
    assert store.complaints.version() == before, "reading does not change it"
    change(store)
    assert store.complaints.version() != before

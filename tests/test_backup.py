"""Backup and restore of the whole workspace (issue 10.7): a restore gives back every table exactly, a backup of the
restored workspace has the same member hashes, and a damaged, foreign or refused restore changes nothing."""
from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import pytest

from analysis.cli.main import main
from analysis.common.paths import SAMPLES_DIR
from analysis.common.report import IngestReport
from analysis.complaints.ingest import ingest_bytes as ingest_complaints
from analysis.ita.ingest import ingest_sheets
from analysis.store.backup import MANIFEST, BackupError, is_empty
from analysis.store.backup import backup_workspace as backup
from analysis.store.backup import restore_workspace as restore

RESULTS = {"2567": pd.DataFrame([["หน่วยงาน", "IIT", "EIT", "OIT", "คะแนนรวม"],
                                 ["สำนักงานเขตบางรัก", 28.1, 24.0, 36.5, 88.6],
                                 ["สำนักงานเขตปทุมวัน", 25.0, 22.0, 30.0, 77.0]], dtype=object)}
COMPLAINTS = ("วันที่รับเรื่อง,ประเภท,สถานะ,วันที่เสร็จสิ้น\n"
              "01/11/2566,ทุจริต,เสร็จสิ้น,05/11/2566\n"
              "15/03/2567,ร้องเรียนทั่วไป,อยู่ระหว่างดำเนินการ,\n").encode()


def _fill(store) -> None:
    """A workspace holding a dataset, measures with a link, progress and history, a complaint upload and a flag."""
    result = ingest_sheets(RESULTS, "results.xlsx", IngestReport(file="results.xlsx"))
    store.datasets.save(result, "results.xlsx", "a" * 64, uploaded_by="สมศรี")
    first = store.measures.add({"title": "เปิดเผยข้อมูลจัดซื้อจัดจ้าง", "unit": "สำนักงานเขตบางรัก", "fiscal_year": 2568,
                                "start_date": pd.Timestamp("2024-11-01").date()}, who="สมศรี")
    store.measures.add({"title": "อบรมจริยธรรม", "budget_amount": 50000.0, "steps": ["หนึ่ง", "สอง"]}, who="สมชาย")
    store.measures.set_link(first.id, "indicator", 9, True, who="สมศรี")
    store.measures.save_progress(first.id, 2568, "h1", {"status": "in_progress", "percent": 40.0}, None, "สมศรี")
    store.complaints.save(ingest_complaints(COMPLAINTS, "complaints.csv"), "complaints.csv", "b" * 64)
    store.meta.set_demo_dismissed(True)


def _content(store) -> dict:
    """What a user sees of a workspace: scores, datasets, measures, links, progress, history, complaints, flags."""
    records, aggregates, _ = store.complaints.load()
    measures = store.measures.list_all()
    return {"scores": store.datasets.load_scores().to_dict("records"),
            "published": store.datasets.load_published().to_dict("records"),
            "datasets": [(d.id, d.file_name, d.sha256, d.uploaded_by, d.uploaded_at) for d in store.datasets.list_all()],
            "measures": measures,
            "links": store.measures.manual_links(),
            "progress": store.measures.list_progress(),
            "history": [store.measures.history(m.id) for m in measures],
            "complaints": (records.to_dict("records"), aggregates.to_dict("records")),
            "uploads": [(u.id, u.file_name, u.rows) for u in store.complaints.list_all()],
            "dismissed": store.meta.demo_dismissed()}


def test_a_restored_workspace_is_the_same_and_backs_up_to_the_same_hashes(make_store):
    source = make_store()
    _fill(source)
    data, summary = backup(source)
    assert summary.rows["published"] == 2 and summary.rows["measures"] == 2 and summary.rows["complaint_records"] == 2
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    assert manifest["members"]["measures.jsonl"]["rows"] == 2

    expected = _content(source)
    # the same database changed, then replaced by the backup (on PostgreSQL the schema is this test's own)
    source.measures.add({"title": "เพิ่มหลังสำรอง"}, who="x")
    source.complaints.remove(source.complaints.list_all()[0].id)
    target = make_store()
    restore(target, data, replace=True)
    assert _content(target) == expected
    again, summary_again = backup(target)
    assert summary_again.sha256 == summary.sha256
    # the restored ids do not collide with new rows (PostgreSQL sequences continue after them)
    new = target.measures.add({"title": "มาตรการใหม่"}, who="x")
    assert new.id > max(m.id for m in target.measures.list_all() if m.title != "มาตรการใหม่")


def test_a_backup_restores_into_a_new_empty_database(tmp_path):
    from analysis.store import Store

    source, target = Store(f"sqlite:///{tmp_path / 'a.db'}"), Store(f"sqlite:///{tmp_path / 'b.db'}")
    _fill(source)
    assert is_empty(target)
    restore(target, backup(source)[0])
    assert _content(target) == _content(source)


def test_a_workspace_that_holds_data_is_not_restored_over_without_replace(make_store):
    store = make_store()
    _fill(store)
    data, _ = backup(store)
    store.measures.add({"title": "เพิ่มหลังสำรอง"}, who="x")
    before = _content(store)
    with pytest.raises(BackupError) as err:
        restore(store, data)
    assert err.value.code == "not_empty" and "--replace" in err.value.message("en")
    assert _content(store) == before


def _rezip(data: bytes, change) -> bytes:
    """The backup with its members passed through change(members) -> members."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in change(members).items():
            zf.writestr(name, content)
    return out.getvalue()


def _edit_member(members):
    members["measures.jsonl"] = members["measures.jsonl"].replace("อบรม".encode(), "แก้ไข".encode())
    return members


def _bad_row(members):
    bad = b'{"id": 1}\n'
    members["measures.jsonl"] = bad
    manifest = json.loads(members[MANIFEST])
    import hashlib
    manifest["members"]["measures.jsonl"]["sha256"] = hashlib.sha256(bad).hexdigest()
    members[MANIFEST] = json.dumps(manifest).encode()
    return members


def _foreign(members):
    return {"readme.txt": b"not a backup", MANIFEST: b'{"format": "something-else"}'}


def _drop_member(members):
    del members["scores.jsonl"]
    return members


@pytest.mark.parametrize("damage, code", [
    (lambda data: data[: len(data) // 2], "not_zip"),
    (lambda data: b"PK\x03\x04 not really a zip", "not_zip"),
    (lambda data: _rezip(data, lambda m: {k: v for k, v in m.items() if k != MANIFEST}), "no_manifest"),
    (lambda data: _rezip(data, _foreign), "foreign"),
    (lambda data: _rezip(data, _edit_member), "hash_mismatch"),
    (lambda data: _rezip(data, _bad_row), "bad_row"),
    (lambda data: _rezip(data, _drop_member), "missing_member"),
], ids=["truncated", "not-a-zip", "no-manifest", "foreign", "edited-member", "bad-row", "missing-member"])
def test_a_damaged_or_foreign_backup_is_refused_and_changes_nothing(make_store, damage, code):
    store = make_store()
    _fill(store)
    data, _ = backup(store)
    before = _content(store)
    with pytest.raises(BackupError) as err:
        restore(store, damage(data), replace=True)
    assert err.value.code == code
    assert "nothing was changed" in err.value.message("en") and "ไม่ได้เปลี่ยนแปลงข้อมูลใด ๆ" in err.value.message("th")
    assert _content(store) == before


def test_the_command_line_backs_up_and_restores(tmp_path, monkeypatch, capsys):
    from analysis.store import Store

    source_url, target_url = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    _fill(Store(source_url))
    out = tmp_path / "backup.zip"
    monkeypatch.setenv("ITA_DATABASE_URL", source_url)
    assert main(["backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    monkeypatch.setenv("ITA_DATABASE_URL", target_url)
    assert main(["restore", str(out)]) == 0
    assert "restored" in capsys.readouterr().out
    assert _content(Store(target_url)) == _content(Store(source_url))
    # again into the now non-empty workspace: refused, exit 2, both languages on stderr
    assert main(["restore", str(out)]) == 2
    err = capsys.readouterr().err
    assert "ฐานข้อมูลนี้มีข้อมูลอยู่แล้ว" in err and "--replace" in err
    assert main(["restore", str(out), "--replace"]) == 0
    foreign = tmp_path / "foreign.zip"
    foreign.write_bytes((SAMPLES_DIR / "demo_districts_2565-2566.xlsx").read_bytes())     # a zip, not a backup
    assert main(["restore", str(foreign)]) == 2
    assert "not a backup of this system" in capsys.readouterr().err
    assert main(["backup", "--out", str(tmp_path / "backup.txt")]) == 2


def test_a_crafted_backup_whose_rows_break_a_constraint_changes_nothing(make_store):
    """Rows that pass every hash (the manifest rewritten to match) but repeat an id: the one transaction undoes all."""
    import hashlib

    store = make_store()
    _fill(store)
    data, _ = backup(store)
    before = _content(store)

    def repeat_a_measure(members):
        lines = members["measures.jsonl"].splitlines(keepends=True)
        members["measures.jsonl"] = b"".join(lines + lines[:1])
        manifest = json.loads(members[MANIFEST])
        manifest["members"]["measures.jsonl"]["sha256"] = hashlib.sha256(members["measures.jsonl"]).hexdigest()
        members[MANIFEST] = json.dumps(manifest).encode()
        return members

    with pytest.raises(BackupError) as err:
        restore(store, _rezip(data, repeat_a_measure), replace=True)
    assert err.value.code == "bad_content"
    assert _content(store) == before

"""Tests for analysis/store/datasets.py (store.datasets, store.meta) on SQLite, and on PostgreSQL when ITA_TEST_POSTGRES_URL is set."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest
import sqlalchemy as sa
from alembic.config import Config
from alembic.script import ScriptDirectory

from analysis.common.report import IngestReport, Problem
from analysis.store import MIGRATIONS_DIR, Store

DISTRICT = "สำนักงานเขต"
SCORE_COLS = ["unit", "unit_type", "fiscal_year", "indicator", "score"]
PUBLISHED_COLS = ["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"]
T0 = datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)


@dataclass
class FakeResult:
    """Stands in for analysis.ita.ingest.IngestResult."""
    scores: pd.DataFrame
    published: pd.DataFrame
    report: IngestReport


def ten(unit: str, year: int, score: float = 90.0, indicators=range(1, 11)) -> list[tuple]:
    """Score rows (unit, year, indicator, score) for the given indicators of one unit-year."""
    return [(unit, year, i, score) for i in indicators]


def result(scores=(), published=(), rows_kept: int = 0, file: str = "x.csv") -> FakeResult:
    """A fake result from compact rows.

    scores: (unit, year, indicator, score); published: (unit, year, iit, eit, oit, total, level).
    """
    s = pd.DataFrame([(u, DISTRICT, y, i, v) for u, y, i, v in scores], columns=SCORE_COLS)
    p = pd.DataFrame([(u, DISTRICT, y, *rest) for u, y, *rest in published], columns=PUBLISHED_COLS)
    s = s.astype({"fiscal_year": "int64", "indicator": "int64", "score": "float64"})
    p = p.astype({"fiscal_year": "int64", "iit": "float64", "eit": "float64", "oit": "float64", "total": "float64"})
    return FakeResult(s, p, IngestReport(file=file, rows_kept=rows_kept))


def row_counts(store: Store) -> dict[str, int]:
    """How many rows each table holds (straight from the database)."""
    with store.engine.connect() as conn:
        return {t: conn.execute(sa.text(f"SELECT COUNT(*) FROM {t}")).scalar_one()
                for t in ("datasets", "scores", "published")}


BASIC = result(
    scores=ten("เขตพระนคร", 2565, 88.0) + ten("เขตพระนคร", 2566, 91.5),
    published=[("เขตพระนคร", 2566, 90.0, float("nan"), 93.0, 91.5, "ผ่าน"), ("เขตดุสิต", 2566, 80, 81, 82, 81.2, None)],
)


def test_saved_dataset_survives_restart(make_store):
    first = make_store()
    saved = first.datasets.save(BASIC, "ita.xlsx", "a" * 64).record
    scores, published = first.datasets.load_scores(), first.datasets.load_published()
    first.close()

    again = make_store()   # a new process opening the same database
    assert [d.id for d in again.datasets.list_all()] == [saved.id]
    pd.testing.assert_frame_equal(again.datasets.load_scores(), scores)
    pd.testing.assert_frame_equal(again.datasets.load_published(), published)
    assert len(scores) == 20 and len(published) == 2


@pytest.mark.parametrize(("field", "expected"), [
    ("kind", "ita"),
    ("file_name", "ผล ITA ปี 2566.xlsx"),
    ("sha256", "ab" * 32),
    ("uploaded_by", "สมชาย"),
    ("rows", 3),                      # report says 0 rows kept -> the unit-years: พระนคร 65, 66, ดุสิต 66
    ("fiscal_years", [2565, 2566]),
    ("is_demo", True),
])
def test_provenance_is_kept(make_store, field, expected):
    make_store().datasets.save(BASIC, "ผล ITA ปี 2566.xlsx", "ab" * 32, uploaded_by="สมชาย", is_demo=True)
    [info] = make_store().datasets.list_all()
    assert getattr(info, field) == expected


@pytest.mark.parametrize(("rows_kept", "expected_rows"), [(0, 3), (57, 57)])
def test_rows_is_what_the_report_kept(store, rows_kept, expected_rows):
    res = FakeResult(BASIC.scores, BASIC.published, IngestReport(file="x.csv", rows_kept=rows_kept))
    assert store.datasets.save(res, "x.csv", "s").record.rows == expected_rows


def test_upload_time_is_utc_and_report_round_trips(make_store):
    report = IngestReport(file="x.csv", layout="wide", sheets=["2566"], rows_read=3, rows_kept=2)
    report.assume("ingest.header", sheet="2566", rows="3", titles="")
    report.add(Problem("warning", "score_out_of_range", "ingest.out_of_range", "ingest.out_of_range_fix",
                       {"field": "IIT", "unit": "u", "score": 120.0, "scale": "0–100"},
                       file="x.csv", sheet="2566", row=7, column="ตัวชี้วัดที่ 1 (C)"))
    before = datetime.now(timezone.utc)
    make_store().datasets.save(FakeResult(BASIC.scores, BASIC.published, report), "x.csv", "s")
    [info] = make_store().datasets.list_all()
    assert info.uploaded_at.tzinfo is not None and info.uploaded_at.utcoffset() == timedelta(0)
    assert before - timedelta(seconds=1) <= info.uploaded_at <= datetime.now(timezone.utc) + timedelta(seconds=1)
    assert info.report == report


@pytest.mark.parametrize(("sha", "expected_file"), [
    ("1" * 64, "a.xlsx"),
    ("2" * 64, "b.csv"),
    ("3" * 64, None),          # never uploaded
])
def test_same_file_is_recognised(store, sha, expected_file):
    store.datasets.save(BASIC, "a.xlsx", "1" * 64)
    store.datasets.save(BASIC, "b.csv", "2" * 64)
    found = store.datasets.find_by_sha256(sha)
    assert (found.file_name if found else None) == expected_file


@pytest.mark.parametrize(("remove", "expected_ok", "expected_files"), [
    ("a", True, ["b"]),
    ("missing", False, ["b", "a"]),
])
def test_remove_dataset_removes_its_rows(store, remove, expected_ok, expected_files):
    a = store.datasets.save(BASIC, "a", "1", uploaded_at=T0).record
    store.datasets.save(result(ten("เขตบางรัก", 2566)), "b", "2", uploaded_at=T0 + timedelta(hours=1))
    dataset_id = a.id if remove == "a" else 999_999
    assert store.datasets.remove(dataset_id) is expected_ok
    assert [d.file_name for d in store.datasets.list_all()] == expected_files
    left = {"a": (20, 2), "b": (10, 0)}
    expected_scores = sum(left[f][0] for f in expected_files)
    expected_published = sum(left[f][1] for f in expected_files)
    assert row_counts(store) == {"datasets": len(expected_files), "scores": expected_scores,
                                 "published": expected_published}


@pytest.mark.parametrize(("demo_flags", "removed", "has_data", "has_real_data"), [
    ([True, False], 1, True, True),
    ([True, True], 2, False, False),
    ([False], 0, True, True),
    ([], 0, False, False),
])
def test_remove_demo_keeps_real_data(store, demo_flags, removed, has_data, has_real_data):
    for i, is_demo in enumerate(demo_flags):
        store.datasets.save(result(ten(f"เขต{i}", 2566)), f"f{i}", str(i), is_demo=is_demo)
    assert store.datasets.has_real_data() is (False in demo_flags)
    assert store.datasets.remove_demo() == removed
    assert (store.datasets.has_data(), store.datasets.has_real_data()) == (has_data, has_real_data)
    assert all(not d.is_demo for d in store.datasets.list_all())
    assert not store.datasets.load_scores()["is_demo"].any()


X, Y = "เขตพระนคร", "เขตดุสิต"
PUB = (90.0, 90.0, 90.0, 90.0, "ผ่าน")


@pytest.mark.parametrize(("uploads", "latest_wins", "scores_expected", "published_expected"), [
    pytest.param(   # uploads: (label, minutes after T0, scores rows, published rows)
        [("A", 0, ten(X, 2566) + ten(Y, 2566), []), ("B", 5, ten(X, 2566, 70.0), [])], True,
        {(X, 2566): ("B", 10), (Y, 2566): ("A", 10)}, {}, id="newer file replaces that unit-year only"),
    pytest.param(
        [("A", 0, ten(X, 2566), [(X, 2566, *PUB)]), ("B", 5, [], [(X, 2566, 80, 80, 80, 80.0, "ต้องปรับปรุง")])],
        True, {}, {(X, 2566): ("B", 1)}, id="winner decided over both tables: old scores dropped"),
    pytest.param(
        [("A", 0, ten(X, 2566), []), ("B", 5, ten(X, 2566, 60.0, range(1, 6)), [])], True,
        {(X, 2566): ("B", 5)}, {}, id="all rows of the newest, never a mix"),
    pytest.param(
        [("A", 0, ten(X, 2565), []), ("B", 5, ten(X, 2566), [])], True,
        {(X, 2565): ("A", 10), (X, 2566): ("B", 10)}, {}, id="different years both kept"),
    pytest.param(
        [("B", 5, ten(X, 2566), [(X, 2566, *PUB)]), ("A", 0, ten(X, 2566), [(X, 2566, *PUB)])], True,
        {(X, 2566): ("B", 10)}, {(X, 2566): ("B", 1)}, id="upload time decides, not save order"),
    pytest.param(
        [("A", 0, ten(X, 2566), []), ("B", 5, ten(X, 2566), [])], False,
        {(X, 2566): ("AB", 20)}, {}, id="latest_wins=False keeps everything"),
])
def test_latest_dataset_wins_per_unit_year(store, uploads, latest_wins, scores_expected, published_expected):
    label_of = {}
    for label, minutes, scores, published in uploads:
        info = store.datasets.save(result(scores, published), label, label,
                                   uploaded_at=T0 + timedelta(minutes=minutes)).record
        label_of[info.id] = label

    def summary(frame: pd.DataFrame) -> dict:
        groups = frame.groupby(["unit", "fiscal_year"])["dataset_id"]
        return {key: ("".join(sorted({label_of[i] for i in ids})), len(ids)) for key, ids in groups}

    assert summary(store.datasets.load_scores(latest_wins)) == scores_expected
    assert summary(store.datasets.load_published(latest_wins)) == published_expected


def _drop_score(r):
    return FakeResult(r.scores.drop(columns="score"), r.published, r.report)


def _unit_missing_in_published(r):   # fails inside the database, after the dataset and its scores went in
    published = r.published.copy()
    published["unit"] = published["unit"].astype(object)
    published.loc[1, "unit"] = None
    return FakeResult(r.scores, published, r.report)


def _score_not_a_number(r):
    scores = r.scores.astype({"score": object})
    scores.loc[3, "score"] = "เก้าสิบ"
    return FakeResult(scores, r.published, r.report)


@pytest.mark.parametrize(("spoil", "error"), [
    (_drop_score, ValueError),
    (_unit_missing_in_published, sa.exc.IntegrityError),
    (_score_not_a_number, ValueError),
])
def test_failed_save_leaves_nothing_behind(store, spoil, error):
    store.datasets.save(result(ten(Y, 2565)), "good.csv", "good")
    before = (row_counts(store), store.datasets.version())
    with pytest.raises(error):
        store.datasets.save(spoil(BASIC), "bad.xlsx", "bad")
    assert (row_counts(store), store.datasets.version()) == before
    assert store.datasets.find_by_sha256("bad") is None
    assert [d.file_name for d in store.datasets.list_all()] == ["good.csv"]


@pytest.mark.parametrize(("table", "indexed"), [
    ("datasets", ["sha256"]),
    ("scores", ["dataset_id"]),
    ("published", ["dataset_id"]),
    ("meta", []),
])
def test_migration_creates_tables_and_is_idempotent(make_store, store_target, table, indexed):
    schema = store_target[1]
    make_store().datasets.save(BASIC, "a", "1")
    second = make_store()                      # migrating an up-to-date database changes nothing
    inspector = sa.inspect(second.engine)
    assert table in inspector.get_table_names(schema=schema)
    assert sorted(i["column_names"][0] for i in inspector.get_indexes(table, schema=schema)) == indexed
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    with second.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [head]
    assert "alembic_version" in inspector.get_table_names(schema=schema)   # in the test's own schema
    assert len(second.datasets.list_all()) == 1


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


SCORE_DTYPES = {"unit": "str", "unit_type": "str", "fiscal_year": "int64", "indicator": "int64",
                "score": "float64", "dataset_id": "int64", "is_demo": "bool"}
PUBLISHED_DTYPES = {"unit": "str", "unit_type": "str", "fiscal_year": "int64", "iit": "float64",
                    "eit": "float64", "oit": "float64", "total": "float64", "level": "object",
                    "dataset_id": "int64", "is_demo": "bool"}


@pytest.mark.parametrize("filled", [False, True])
@pytest.mark.parametrize(("loader", "expected"), [("load_scores", SCORE_DTYPES), ("load_published", PUBLISHED_DTYPES)])
def test_loaded_frames_have_contract_dtypes(store, filled, loader, expected):
    if filled:
        store.datasets.save(BASIC, "a", "1")
    frame = getattr(store.datasets, loader)()
    assert {c: str(t) for c, t in frame.dtypes.items()} == expected
    assert len(frame) == (0 if not filled else {"load_scores": 20, "load_published": 2}[loader])
    if loader == "load_published" and filled:
        assert frame["level"].tolist() == [None, "ผ่าน"]           # ดุสิต (no level) sorts before พระนคร
        assert frame["eit"].isna().tolist() == [False, True]        # missing float -> NaN


def test_version_changes_with_every_save_and_removal(store):
    seen = [store.datasets.version()]
    a = store.datasets.save(BASIC, "a", "1").record
    seen.append(store.datasets.version())
    assert store.datasets.version() == seen[-1]                              # unchanged when nothing changed
    store.datasets.save(BASIC, "b", "2")
    seen.append(store.datasets.version())
    store.datasets.remove(a.id)
    seen.append(store.datasets.version())
    store.datasets.save(BASIC, "c", "3")
    seen.append(store.datasets.version())
    assert len(set(seen)) == len(seen)


@pytest.mark.parametrize(("writes", "expected"), [
    ([], None),
    ([("demo_dismissed", "1")], "1"),
    ([("demo_dismissed", "1"), ("demo_dismissed", "0")], "0"),
])
def test_workspace_flags_survive_restart(make_store, writes, expected):
    first = make_store()
    for key, value in writes:
        first.meta.set(key, value)
    assert make_store().meta.get("demo_dismissed") == expected


def test_forty_thousand_rows_save_and_load_intact(store):
    """Volume: a national-sized dataset round-trips whole (speed is measured in bench/storage.py)."""
    units = [f"หน่วยงาน {i}" for i in range(4000)]
    big = result([(u, 2566, i, 80.0 + i) for u in units for i in range(1, 11)],
                 [(u, 2566, 90.0, 91.0, 92.0, 91.2, "ผ่านดี") for u in units])
    store.datasets.save(big, "big.xlsx", "big")
    scores, published = store.datasets.load_scores(), store.datasets.load_published()
    assert len(scores) == 40_000 and len(published) == 4_000
    assert set(scores["unit"]) == set(units)
    assert scores.groupby("indicator")["score"].first().to_dict() == {i: 80.0 + i for i in range(1, 11)}
    assert (published["level"] == "ผ่านดี").all()


@pytest.mark.parametrize(("pragma", "expected"), [("journal_mode", "wal"), ("foreign_keys", 1)])
def test_default_database_is_a_sqlite_file_in_the_data_dir(tmp_path, monkeypatch, pragma, expected):
    data_dir = tmp_path / "state" / "ita"                            # does not exist yet
    monkeypatch.setenv("ITA_DATA_DIR", str(data_dir))
    monkeypatch.delenv("ITA_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)                                      # works from any working directory
    store = Store()
    store.datasets.save(BASIC, "a", "1")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected
    store.close()
    with sqlite3.connect(data_dir / "ita.sqlite3") as raw:
        assert raw.execute("SELECT file_name FROM datasets").fetchall() == [("a",)]

"""Alembic migrations (SQLite, and PostgreSQL when ITA_TEST_POSTGRES_URL is set): a database built at every earlier
revision and filled with data loses nothing when a Store upgrades it to head; the upload-hash revision folds
duplicate uploads without changing what the workspace shows; the latest revisions downgrade."""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone

import pandas as pd
import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from analysis.store import MIGRATIONS_DIR, ComplaintRepository, DatasetRepository, Store
from analysis.store import tables as t

T0 = datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)


def _config(schema: str | None, connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["version_table_schema"] = schema
    config.attributes["connection"] = connection
    return config


SCRIPTS = ScriptDirectory.from_config(_config(None))
REVISIONS = [s.revision for s in reversed(list(SCRIPTS.walk_revisions()))]   # oldest first
HEAD = SCRIPTS.get_current_head()


def _engine(store_target) -> sa.Engine:
    url, schema = store_target
    return sa.create_engine(url, connect_args={"options": f"-csearch_path={schema}"} if schema else {})


def _alembic(engine: sa.Engine, schema: str | None, action: str, revision: str) -> None:
    with engine.begin() as conn:
        getattr(command, action)(_config(schema, conn), revision)


def _fill_datasets(conn) -> None:
    for n, (sha, is_demo) in enumerate((("a" * 64, False), ("b" * 64, True))):
        dataset_id = conn.execute(t.datasets.insert().values(
            kind="ita", file_name=f"{sha[0]}.xlsx", sha256=sha, uploaded_at=T0 + timedelta(hours=n),
            uploaded_by="สมชาย", rows=1, fiscal_years="2566", is_demo=is_demo,
            report_json=json.dumps({"file": f"{sha[0]}.xlsx"}))).inserted_primary_key[0]
        conn.execute(t.scores.insert(), [dict(dataset_id=dataset_id, unit=f"เขต{n}", unit_type="สำนักงานเขต",
                                              fiscal_year=2566, indicator=i, score=80.0 + i) for i in range(1, 11)])
        conn.execute(t.published.insert().values(dataset_id=dataset_id, unit=f"เขต{n}", unit_type="สำนักงานเขต",
                                                 fiscal_year=2566, iit=90.0, eit=None, oit=91.0, total=90.5,
                                                 level="ผ่าน"))
    conn.execute(t.meta.insert().values(key="demo_dismissed", value="1"))


def _fill_measures(conn) -> None:
    who = {"created_at": T0, "created_by": "ก", "updated_at": T0, "updated_by": "ก"}
    measure_id = conn.execute(t.measures.insert().values(
        **{f: "" for f in t.MEASURE_TEXT_FIELDS} | {"origin": "plan", "title": "มาตรการ ก", "status": "in_progress"},
        fiscal_year=2568, position=1, budget_amount=5000.0, steps_json=json.dumps(["ขั้นแรก"]),
        start_date=date(2025, 10, 1), end_date=None, version=3, **who)).inserted_primary_key[0]
    conn.execute(t.measure_links.insert().values(measure_id=measure_id, kind="indicator", target="9", linked=True,
                                                 source="manual", created_at=T0, created_by="ก"))
    conn.execute(t.measure_progress.insert().values(
        measure_id=measure_id, fiscal_year=2568, round="h1", status="done", percent=100.0, budget_planned=1.0,
        budget_spent=2.0, result="เสร็จ", problems="", evidence_url="https://example.org", version=2, **who))
    conn.execute(t.measure_log.insert().values(measure_id=measure_id, at=T0, by="ก", action="create",
                                               detail_json=json.dumps({"version": 1})))


def _fill_complaints(conn) -> None:
    upload_id = conn.execute(t.complaint_uploads.insert().values(
        file_name="c.csv", sha256="c" * 64, uploaded_at=T0, uploaded_by="ข", rows=3, fiscal_years="2566,2567",
        is_demo=False, removed_columns=json.dumps(["ชื่อ"]), report_json="{}")).inserted_primary_key[0]
    conn.execute(t.complaint_records.insert(), [dict(
        upload_id=upload_id, received=datetime(2023, 10, d), closed=None, fiscal_year=2567, status="waiting",
        category="ถนน", grp="general", bribery=False, channel="เว็บไซต์", unit="เขตหนึ่ง", comment=None) for d in (2, 3)])
    conn.execute(t.complaint_counts.insert().values(upload_id=upload_id, fiscal_year=2566, month=None,
                                                    grp="corruption", received=4, finished=3, in_progress=1))


def _fill_accounts(conn) -> None:
    conn.execute(t.accounts.insert().values(name="somsri", role="editor", units_json=json.dumps(["เขตหนึ่ง"]),
                                            email="somsri@example.go.th", password_hash="$argon2id$v=19$x",
                                            failed_attempts=1, locked_until=None, created_at=T0, updated_at=T0))
    conn.execute(t.audit_log.insert().values(at=T0, user="somsri", unit="เขตหนึ่ง", action="sign_in", object="somsri",
                                             details_json="{}"))


def _fill_checklist(conn) -> None:
    conn.execute(t.oit_checklist.insert().values(fiscal_year=2570, unit="เขตหนึ่ง", family="nacc", code="O1",
                                                 status="published", urls_json=json.dumps(["https://www.bangkok.go.th/a"]),
                                                 owner="ฝ่าย ก", due=None, notes="", version=2, created_at=T0,
                                                 created_by="ก", updated_at=T0, updated_by="ข"))


FILLS = {"0001": _fill_datasets, "0002_measures": _fill_measures, "0003_complaints": _fill_complaints,
         "0005_accounts_audit": _fill_accounts, "0006_oit_checklist": _fill_checklist}


def _snapshot(engine: sa.Engine, schema: str | None) -> dict[str, list[tuple]]:
    """Every row of every table but Alembic's, as read back by the driver."""
    with engine.connect() as conn:
        names = [n for n in sa.inspect(conn).get_table_names(schema=schema) if n != "alembic_version"]
        return {n: [tuple(r) for r in conn.execute(sa.text(f'SELECT * FROM "{n}" ORDER BY 1'))] for n in names}


def test_the_revisions_form_one_line():
    assert REVISIONS[:3] == list(FILLS)[:3] and set(FILLS) <= set(REVISIONS) and REVISIONS[-1] == HEAD and len(set(REVISIONS)) == len(REVISIONS)
    assert all(SCRIPTS.get_revision(r).down_revision == p for p, r in zip([None, *REVISIONS], REVISIONS))


@pytest.mark.parametrize("revision", [r for r in REVISIONS if r != HEAD])
def test_upgrade_from_an_earlier_revision_keeps_every_row(store_target, revision):
    url, schema = store_target
    engine = _engine(store_target)
    _alembic(engine, schema, "upgrade", revision)
    with engine.begin() as conn:
        for filled_at, fill in FILLS.items():
            if REVISIONS.index(filled_at) <= REVISIONS.index(revision):
                fill(conn)
    before = _snapshot(engine, schema)
    engine.dispose()

    store = Store(url, schema=schema)                   # upgrades to head
    try:
        after = _snapshot(store.engine, schema)
        assert {name: after[name] for name in before} == before
        with store.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]
        # and read back through the repositories
        assert [d.file_name for d in store.datasets.list_all()] == ["b.xlsx", "a.xlsx"]
        assert len(store.datasets.load_scores(with_demo=True)) == 20 and store.meta.demo_dismissed()
        if "measure_progress" in before:
            [m] = store.measures.list_all()
            assert (m.title, m.steps, m.version, m.status) == ("มาตรการ ก", ["ขั้นแรก"], 3, "in_progress")
            assert [(p.round, p.percent, p.version) for p in store.measures.list_progress()] == [("h1", 100.0, 2)]
            assert store.measures.manual_links() == {m.id: {("indicator", "9"): True}}
        if "complaint_uploads" in before:
            records, aggregates, _ = store.complaints.load()
            assert len(records) == 2 and aggregates["received"].tolist() == [4]
        if "accounts" in before:
            [acct] = store.accounts.list_all()
            assert (acct.name, acct.role, acct.units, acct.email) == ("somsri", "editor", ("เขตหนึ่ง",),
                                                                     "somsri@example.go.th")
            assert [e.action for e in store.audit.list()] == ["sign_in"]
        if "oit_checklist" in before:
            [item] = store.checklists.load(2570)["เขตหนึ่ง"].values()
            assert (item.entry.status, item.entry.urls, item.version) == ("published", ("https://www.bangkok.go.th/a",), 2)
        # the new rows go after the old ones, and one content is stored once
        saved = store.datasets.save(_Result(), "new.csv", "n" * 64)
        assert saved.created and saved.record.id > max(d.id for d in store.datasets.list_all() if d.id != saved.record.id)
        assert not store.datasets.save(_Result(), "again.csv", "n" * 64).created
    finally:
        store.close()


class _Result:
    """A one-row ingest result (the shape analysis.store.ResultLike names)."""

    def __init__(self):
        from analysis.common.report import IngestReport

        self.scores = pd.DataFrame([("เขตใหม่", "สำนักงานเขต", 2567, 1, 90.0)],
                                   columns=["unit", "unit_type", "fiscal_year", "indicator", "score"])
        self.published = pd.DataFrame(columns=["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total",
                                               "level"])
        self.report = IngestReport(file="new.csv")


def test_upload_hash_revision_folds_duplicates_and_the_workspace_shows_the_same(store_target):
    """Before 0004 two saves that raced could store one file twice; the newest copy (which already won) stays."""
    url, schema = store_target
    engine = _engine(store_target)
    _alembic(engine, schema, "upgrade", "0003_complaints")
    with engine.begin() as conn:
        ids = []
        for hours, sha, score in ((0, "x", 70.0), (1, "y", 80.0), (2, "x", 70.0)):   # x, then y, then x again
            dataset_id = conn.execute(t.datasets.insert().values(
                kind="ita", file_name=f"{sha}-{hours}.csv", sha256=sha * 64, uploaded_at=T0 + timedelta(hours=hours),
                uploaded_by="", rows=1, fiscal_years="2566", is_demo=False, report_json="{}")).inserted_primary_key[0]
            conn.execute(t.scores.insert().values(dataset_id=dataset_id, unit="เขตหนึ่ง", unit_type="สำนักงานเขต",
                                                  fiscal_year=2566, indicator=1, score=score))
            ids.append(dataset_id)
        for _ in range(2):
            _fill_complaints(conn)
    before = (DatasetRepository(engine).load_scores(), ComplaintRepository(engine).load())
    engine.dispose()

    store = Store(url, schema=schema)
    try:
        assert sorted(d.id for d in store.datasets.list_all()) == ids[1:]          # the older "x" went
        pd.testing.assert_frame_equal(store.datasets.load_scores(), before[0])
        assert len(store.complaints.list_all()) == 1
        records, aggregates, has_demo = store.complaints.load()
        pd.testing.assert_frame_equal(records, before[1][0])
        pd.testing.assert_frame_equal(aggregates, before[1][1])
        with store.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT COUNT(*) FROM scores")).scalar_one() == 2
            assert conn.execute(sa.text("SELECT COUNT(*) FROM complaint_records")).scalar_one() == 2
    finally:
        store.close()


@pytest.mark.parametrize("table", ["datasets", "complaint_uploads"])
def test_the_database_refuses_a_second_row_with_one_hash(store, table):
    row = {"file_name": "f", "sha256": "d" * 64, "uploaded_at": T0}
    with store.engine.begin() as conn:
        conn.execute(getattr(t, table).insert().values(**row))
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as conn:
        conn.execute(getattr(t, table).insert().values(**row))


def _indexes(conn, schema: str | None, table: str) -> list[list[str]]:
    return sorted(i["column_names"] for i in sa.inspect(conn).get_indexes(table, schema=schema))


@pytest.mark.parametrize(("steps", "dropped", "indexed"), [
    (1, set(), [["dataset_id"]]),                  # 0008: back to the index on dataset_id alone
    (2, {"frameworks"}, [["dataset_id"]]),         # and 0007: the frameworks saved in the app go
])
def test_downgrade_of_the_latest_revisions_keeps_the_data_and_upgrades_again(store_target, steps, dropped, indexed):
    """The latest revision (0008) indexes scores and published by (dataset_id, unit, fiscal_year); 0007 adds the
    frameworks saved in the app: downgrading drops just those (everything older stays) and upgrading again works."""
    from analysis.plan.checklist import Entry

    url, schema = store_target
    store = Store(url, schema=schema)
    store.datasets.save(_Result(), "new.csv", "n" * 64)
    store.accounts.add("admin", "admin", password="a-long-password")
    store.checklists.save(2570, "เขตหนึ่ง", "nacc", Entry("O1", "published", ("https://www.bangkok.go.th/a",)), None)
    from analysis.ita.framework import FRAMEWORK_DIR

    store.frameworks.save((FRAMEWORK_DIR / "fy2570.toml").read_text(encoding="utf-8"), "copy", who="ก")
    with store.engine.connect() as conn:
        assert {n: _indexes(conn, schema, n) for n in ("scores", "published")} == {
            n: [["dataset_id", "unit", "fiscal_year"]] for n in ("scores", "published")}
    before = _snapshot(store.engine, schema)
    scores = store.datasets.load_scores()
    store.close()
    engine = _engine(store_target)
    _alembic(engine, schema, "downgrade", f"-{steps}")
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [REVISIONS[-1 - steps]]
        names = set(sa.inspect(conn).get_table_names(schema=schema))
        assert {n: _indexes(conn, schema, n) for n in ("scores", "published")} == {n: indexed for n in ("scores", "published")}
    assert not names & dropped
    kept = {n: rows for n, rows in before.items() if n not in dropped}
    assert _snapshot(engine, schema) == kept
    pd.testing.assert_frame_equal(DatasetRepository(engine).load_scores(), scores)    # the same rows win
    engine.dispose()
    again = Store(url, schema=schema)                    # and up again
    try:
        assert {n: r for n, r in _snapshot(again.engine, schema).items() if n in kept} == kept
        assert [a.name for a in again.accounts.list_all()] == ["admin"]
        assert (again.frameworks.latest() == {}) is bool(dropped)
        assert list(again.checklists.load(2570)) == ["เขตหนึ่ง"]
        assert not again.datasets.save(_Result(), "again.csv", "n" * 64).created
        pd.testing.assert_frame_equal(again.datasets.load_scores(), scores)
    finally:
        again.close()

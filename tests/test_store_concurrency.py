"""Races on the store, for real, on SQLite and (with ITA_TEST_POSTGRES_URL) PostgreSQL: two threads, each with its
own Store (its own connections) on one database, meet at a threading.Barrier right before the statement that
decides the race, so both have read before either writes. Every versioned write refuses the later save with
ConflictError, the same file uploaded twice at once is stored once, and Stores opened at once migrate safely.
Then each half of the optimistic lock alone: the version condition, and the row count of the write."""
from __future__ import annotations

import multiprocessing
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import pytest
import sqlalchemy as sa

from analysis.store import ConflictError, Store, ingest_and_store, ingest_complaints
from analysis.store.store import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "samples" / "demo_upload_example.csv"
COMPLAINTS = "วันที่รับเรื่อง,สถานะ\n01/10/2566,เสร็จสิ้น\n02/10/2566,รอรับเรื่อง\n".encode()
PATIENCE = 60      # seconds a thread waits for the other at the barrier: a broken test fails instead of hanging


def race(*calls: Callable) -> list[tuple[str, object]]:
    """Run every call in its own thread at once; per call ("ok", its value) or ("error", the exception)."""
    out: list = [None] * len(calls)

    def run(i: int, call: Callable) -> None:
        try:
            out[i] = ("ok", call())
        except Exception as exc:   # noqa: BLE001  (the outcome is what the test looks at)
            out[i] = ("error", exc)

    threads = [threading.Thread(target=run, args=(i, call), daemon=True) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    threads[0].join(PATIENCE * 2)
    for thread in threads[1:]:
        thread.join(PATIENCE)
    assert not any(thread.is_alive() for thread in threads), "a racer is stuck"
    return out


@contextmanager
def meet_before(prefixes: dict[Store, str]):
    """Each store's connections wait at one barrier before their first statement starting with its prefix
    (e.g. "UPDATE measures"): every racer has done its reads, none has written yet."""
    barrier = threading.Barrier(len(prefixes), timeout=PATIENCE)
    hooks = []
    for store, prefix in prefixes.items():
        fired: list[bool] = []

        def hook(conn, cursor, statement, parameters, context, executemany, fired=fired, prefix=prefix):
            if not fired and " ".join(statement.split()).upper().startswith(prefix.upper()):
                fired.append(True)
                barrier.wait()

        sa.event.listen(store.engine, "before_cursor_execute", hook)
        hooks.append((store.engine, hook))
    try:
        yield
    finally:
        for engine, hook in hooks:
            sa.event.remove(engine, "before_cursor_execute", hook)
    assert not barrier.broken, "the racers did not meet"


def one_winner(results: list[tuple[str, object]]) -> tuple[int, ConflictError]:
    """(index of the call that succeeded, the ConflictError of the other); fails on any other outcome."""
    kinds = [kind for kind, _ in results]
    assert sorted(kinds) == ["error", "ok"], results
    loser = results[kinds.index("error")][1]
    assert isinstance(loser, ConflictError), f"the later save must be a conflict, not {loser!r}"
    return kinds.index("ok"), loser


@pytest.fixture
def two(make_store) -> tuple[Store, Store]:
    """Two Stores on one database: two users' app processes."""
    return make_store(), make_store()


# --- every versioned write -------------------------------------------------------------------------------------

def test_two_saves_of_one_measure_version_one_wins(two):
    a, b = two
    rec = a.measures.add({"title": "มาตรการ ก", "kpi": "เดิม"}, who="x")
    who, kpi = ("สมศรี", "สมชาย"), ("ของสมศรี", "ของสมชาย")
    with meet_before({a: "UPDATE measures", b: "UPDATE measures"}):
        results = race(*(lambda s=s, i=i: s.measures.update(rec.id, {"kpi": kpi[i]}, rec.version, who=who[i])
                         for i, s in enumerate(two)))
    won, conflict = one_winner(results)
    stored = a.measures.get(rec.id)
    assert (stored.kpi, stored.version, stored.updated_by) == (kpi[won], 2, who[won])
    assert [(c.field, c.old, c.new, c.by) for c in conflict.changes] == [("kpi", "เดิม", kpi[won], who[won])]


def test_two_progress_saves_of_one_version_one_wins(two):
    """The lost update that was: both saves reported success and the first value was silently overwritten."""
    a, b = two
    rec = a.measures.add({"title": "มาตรการ ก"}, who="x")
    first = a.measures.save_progress(rec.id, 2568, "h1", {"percent": 10.0}, None, who="x")
    who, percent = ("สมศรี", "สมชาย"), (40.0, 60.0)
    with meet_before({a: "UPDATE measure_progress", b: "UPDATE measure_progress"}):
        results = race(*(lambda s=s, i=i: s.measures.save_progress(rec.id, 2568, "h1", {"percent": percent[i]},
                                                                   first.version, who=who[i])
                         for i, s in enumerate(two)))
    won, conflict = one_winner(results)
    [stored] = a.measures.list_progress(2568, "h1")
    assert (stored.percent, stored.version, stored.updated_by) == (percent[won], 2, who[won])
    assert [(c.field, c.new, c.by) for c in conflict.changes] == [("percent", percent[won], who[won])]


def test_two_first_progress_saves_one_wins_as_a_conflict_not_an_integrity_error(two):
    a, b = two
    rec = a.measures.add({"title": "มาตรการ ก"}, who="x")
    who, status = ("สมศรี", "สมชาย"), ("done", "in_progress")
    with meet_before({a: "INSERT INTO measure_progress", b: "INSERT INTO measure_progress"}):
        results = race(*(lambda s=s, i=i: s.measures.save_progress(rec.id, 2568, "h1", {"status": status[i]},
                                                                   None, who=who[i])
                         for i, s in enumerate(two)))
    won, conflict = one_winner(results)
    [stored] = b.measures.list_progress()
    assert (stored.status, stored.version, stored.created_by) == (status[won], 1, who[won])
    assert [(c.field, c.new, c.by) for c in conflict.changes] == [("status", status[won], who[won])]


def test_delete_and_save_of_one_measure_version_one_wins(two):
    a, b = two
    rec = a.measures.add({"title": "มาตรการ ก"}, who="x")
    with meet_before({a: "UPDATE measures", b: "DELETE FROM measures"}):
        results = race(lambda: a.measures.update(rec.id, {"kpi": "ใหม่"}, rec.version, who="สมศรี"),
                       lambda: b.measures.delete(rec.id, rec.version, who="สมชาย"))
    won, conflict = one_winner(results)
    stored = a.measures.get(rec.id)
    if won == 0:     # the save came first: the delete is refused and names it
        assert stored.kpi == "ใหม่" and not conflict.deleted and [c.by for c in conflict.changes] == ["สมศรี"]
    else:            # the delete came first: the save is refused as deleted
        assert stored is None and conflict.deleted


# --- the same file at the same moment ----------------------------------------------------------------------------

def test_same_result_file_uploaded_twice_at_once_is_stored_once(two):
    a, b = two
    data = SAMPLE.read_bytes()
    with meet_before({a: "INSERT INTO datasets", b: "INSERT INTO datasets"}):
        results = race(lambda: ingest_and_store(a, data, "a.csv", uploaded_by="สมศรี"),
                       lambda: ingest_and_store(b, data, "b.csv", uploaded_by="สมชาย"))
    outcomes = [value for _, value in results]
    assert sorted(o.status for o in outcomes) == ["duplicate", "saved"], results
    saved = next(o for o in outcomes if o.status == "saved")
    duplicate = next(o for o in outcomes if o.status == "duplicate")
    assert duplicate.dataset_id == saved.dataset_id and duplicate.duplicate_of == saved.file_name
    [info] = a.datasets.list_all()
    assert info.id == saved.dataset_id and info.file_name == saved.file_name
    with a.engine.connect() as conn:     # the loser left no rows behind
        count = conn.execute(sa.text("SELECT COUNT(DISTINCT dataset_id) FROM scores")).scalar_one()
    assert count == 1 and len(a.datasets.load_scores(latest_wins=False)) == saved.report.rows_kept * 10


def test_same_complaint_file_uploaded_twice_at_once_is_stored_once(two):
    a, b = two
    with meet_before({a: "INSERT INTO complaint_uploads", b: "INSERT INTO complaint_uploads"}):
        results = race(lambda: ingest_complaints(a, COMPLAINTS, "a.csv"), lambda: ingest_complaints(b, COMPLAINTS, "b.csv"))
    outcomes = [value for _, value in results]
    assert sorted(o.status for o in outcomes) == ["duplicate", "saved"], results
    saved = next(o for o in outcomes if o.status == "saved")
    duplicate = next(o for o in outcomes if o.status == "duplicate")
    assert duplicate.upload_id == saved.upload_id and duplicate.duplicate_of == saved.file_name
    assert [u.id for u in b.complaints.list_all()] == [saved.upload_id]
    with a.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT COUNT(*) FROM complaint_records")).scalar_one() == 2


# --- Stores opened at once on a new database ---------------------------------------------------------------------

def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def _check_migrated_once(url: str, schema: str | None) -> None:
    """The database is at head, and two Stores on it see each other's writes."""
    first, second = Store(url, schema=schema), Store(url, schema=schema)
    try:
        with first.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [_head()]
        rec = first.measures.add({"title": "ก"})
        assert [m.id for m in second.measures.list_all()] == [rec.id]
    finally:
        first.close()
        second.close()


def test_two_stores_opened_at_once_by_two_threads_both_work(store_target):
    """Both run the Alembic upgrade; without the migration locks one would fail (Alembic's per-process context
    taken by the other thread, or a table the other made)."""
    url, schema = store_target
    barrier = threading.Barrier(2, timeout=PATIENCE)

    def open_store() -> Store:
        barrier.wait()          # both threads construct their Store at the same moment
        return Store(url, schema=schema)

    results = race(open_store, open_store)
    assert [kind for kind, _ in results] == ["ok", "ok"], results
    for _, store in results:
        store.close()
    _check_migrated_once(url, schema)


def _open_store_at_the_barrier(url: str, schema: str | None, barrier, outcomes) -> None:
    """In a child process: open a Store, its first statement held at the barrier shared with the other process."""
    held: list[bool] = []

    def first_statement(conn, cursor, statement, parameters, context, executemany):
        if not held:
            held.append(True)
            barrier.wait(PATIENCE)

    sa.event.listen(sa.engine.Engine, "before_cursor_execute", first_statement)
    try:
        Store(url, schema=schema).close()
        outcomes.put("ok")
    except Exception as exc:   # noqa: BLE001  (reported to the test, with where it was raised)
        import traceback

        outcomes.put(f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-2000:]}")


def test_two_stores_opened_at_once_by_two_processes_both_work(store_target):
    """Two app processes starting at once: only the database's own lock (SQLite's write lock, PostgreSQL's
    advisory lock) keeps their upgrades apart."""
    url, schema = store_target
    ctx = multiprocessing.get_context("spawn")
    barrier, outcomes = ctx.Barrier(2), ctx.Queue()
    processes = [ctx.Process(target=_open_store_at_the_barrier, args=(url, schema, barrier, outcomes))
                 for _ in range(2)]
    for process in processes:
        process.start()
    results = [outcomes.get(timeout=PATIENCE * 2) for _ in processes]
    for process in processes:
        process.join(PATIENCE)
    assert results == ["ok", "ok"], results
    _check_migrated_once(url, schema)


# --- each half of the optimistic lock alone ----------------------------------------------------------------------

def _save(store: Store, what: str, measure_id: int, version: int, value: str, who: str):
    if what == "measure":
        return store.measures.update(measure_id, {"kpi": value}, version, who=who)
    return store.measures.save_progress(measure_id, 2568, "h1", {"result": value}, version, who=who)


def _stored(store: Store, what: str, measure_id: int) -> tuple[str, int]:
    if what == "measure":
        rec = store.measures.get(measure_id)
        return rec.kpi, rec.version
    [p] = store.measures.list_progress(2568, "h1")
    return p.result, p.version


def _opened(store: Store, what: str) -> tuple[int, int]:
    """(measure id, the version both users opened) of a measure, or of its h1 progress."""
    rec = store.measures.add({"title": "มาตรการ ก", "kpi": "เดิม"}, who="x")
    if what == "measure":
        return rec.id, rec.version
    return rec.id, store.measures.save_progress(rec.id, 2568, "h1", {"result": "เดิม"}, None, who="x").version


@pytest.mark.parametrize("what", ["measure", "progress"])
def test_version_check_refuses_a_stale_save(two, what):
    """No race: the second save names a version that moved on. Only the version condition of the write tells
    (without it the write matches the row and overwrites the first save)."""
    a, b = two
    measure_id, opened = _opened(a, what)
    _save(a, what, measure_id, opened, "ของสมศรี", "สมศรี")
    with pytest.raises(ConflictError) as info:
        _save(b, what, measure_id, opened, "ของสมชาย", "สมชาย")
    assert [c.by for c in info.value.changes] == ["สมศรี"]
    assert _stored(a, what, measure_id) == ("ของสมศรี", opened + 1)


@pytest.mark.parametrize(("what", "statement"), [("measure", "UPDATE measures"),
                                                 ("progress", "UPDATE measure_progress")])
def test_row_count_check_refuses_a_save_overtaken_between_read_and_write(two, what, statement):
    """The other save commits after this save read the row (its version still matched) and before it writes: only
    the row count of the write tells (without the check the save reports success and is silently lost)."""
    a, b = two
    measure_id, opened = _opened(a, what)
    fired: list[bool] = []

    def overtake(conn, cursor, sql, parameters, context, executemany):
        if not fired and " ".join(sql.split()).upper().startswith(statement.upper()):
            fired.append(True)
            _save(a, what, measure_id, opened, "ของสมศรี", "สมศรี")   # another connection, committed now

    sa.event.listen(b.engine, "before_cursor_execute", overtake)
    try:
        with pytest.raises(ConflictError) as info:
            _save(b, what, measure_id, opened, "ของสมชาย", "สมชาย")
    finally:
        sa.event.remove(b.engine, "before_cursor_execute", overtake)
    assert fired and [c.by for c in info.value.changes] == ["สมศรี"]
    assert _stored(a, what, measure_id) == ("ของสมศรี", opened + 1)

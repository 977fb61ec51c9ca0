"""Tests for analysis/store/datasets.py's loading: the frames read back equal a plain reference (the rows of the most
recently uploaded dataset per unit-year), on the demo and on several uploads, SQLite and PostgreSQL."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest
import sqlalchemy as sa

from analysis.common.paths import SAMPLES_DIR
from analysis.common.report import IngestReport
from analysis.ita.ingest import ingest_path
from analysis.store import DEMO_FILES, seed_demo
from analysis.store.tables import PUBLISHED_COLUMNS, SCORE_COLUMNS

T0 = datetime(2024, 1, 1, 9, 0, tzinfo=timezone.utc)
DTYPES = {"str": "str", "int": "int64", "float": "float64", "level": object}
ORDER = {"scores": ["fiscal_year", "unit", "indicator"], "published": ["fiscal_year", "unit"]}
COLUMNS = {"scores": SCORE_COLUMNS, "published": PUBLISHED_COLUMNS}


@dataclass
class FakeResult:
    """Stands in for analysis.ita.ingest.IngestResult."""
    scores: pd.DataFrame
    published: pd.DataFrame
    report: IngestReport


def reference(saved: dict[int, tuple[datetime, bool, object]], kind: str, with_demo: bool = True,
              latest_wins: bool = True) -> pd.DataFrame:
    """What loading must give, worked out from the saved frames: saved maps dataset id -> (uploaded_at, is_demo,
    result); per (unit, fiscal_year) the rows of the dataset uploaded last (ties: the higher id) that holds it."""
    kept = {i: v for i, v in saved.items() if with_demo or not v[1]}
    newest: dict[tuple, tuple] = {}
    for dataset_id, (at, _demo, res) in kept.items():
        for frame in (res.scores, res.published):
            for key in zip(frame["unit"], frame["fiscal_year"]):
                newest[key] = max(newest.get(key, (at, dataset_id)), (at, dataset_id))
    parts = []
    for dataset_id, (_at, demo, res) in kept.items():
        frame = getattr(res, kind)[list(COLUMNS[kind])]
        if latest_wins:
            wins = [newest[key][1] == dataset_id for key in zip(frame["unit"], frame["fiscal_year"])]
            frame = frame[wins]
        parts.append(frame.assign(dataset_id=dataset_id, is_demo=demo))
    columns = [*COLUMNS[kind], "dataset_id", "is_demo"]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    out = out.astype({**{c: DTYPES[k] for c, k in COLUMNS[kind].items()}, "dataset_id": "int64", "is_demo": "bool"})
    if "level" in out:
        out["level"] = out["level"].where(out["level"].notna(), None)     # a missing level reads back as None
    return out.sort_values([*ORDER[kind], "dataset_id"], kind="stable", ignore_index=True)[columns]


def assert_loads(store, saved, with_demo: bool | None = None, latest_wins: bool = True) -> None:
    shown = with_demo if with_demo is not None else store.datasets.demo_in_analysis()
    for kind in ("scores", "published"):
        loaded = getattr(store.datasets, f"load_{kind}")(latest_wins=latest_wins, with_demo=with_demo)
        pd.testing.assert_frame_equal(loaded, reference(saved, kind, shown, latest_wins))


def test_demo_loads_as_the_files_hold_it(store):
    seed_demo(store, force=True)
    saved = {d.id: (d.uploaded_at, d.is_demo, ingest_path(SAMPLES_DIR / d.file_name)) for d in store.datasets.list_all()}
    assert sorted(d[2].report.file for d in saved.values()) == sorted(DEMO_FILES)
    assert_loads(store, saved)
    assert_loads(store, saved, latest_wins=False)


def rows(unit: str, year: int, score: float, indicators=range(1, 11), unit_type: str = "สำนักงานเขต",
         published: tuple | None = None) -> tuple[list, list]:
    """(score rows, published rows) of one unit-year; published: (iit, eit, oit, total, level) or None for none."""
    scores = [(unit, unit_type, year, i, score + i / 10) for i in indicators]
    return scores, [(unit, unit_type, year, *published)] if published is not None else []


def fake(*parts: tuple[list, list]) -> FakeResult:
    scores = pd.DataFrame([r for s, _ in parts for r in s], columns=list(SCORE_COLUMNS))
    published = pd.DataFrame([r for _, p in parts for r in p], columns=list(PUBLISHED_COLUMNS))
    scores = scores.astype({"unit": "str", "unit_type": "str", "fiscal_year": "int64", "indicator": "int64",
                            "score": "float64"})
    published = published.astype({"unit": "str", "unit_type": "str", "fiscal_year": "int64", "iit": "float64",
                                  "eit": "float64", "oit": "float64", "total": "float64", "level": object})
    return FakeResult(scores, published, IngestReport(file="x.csv"))


X, Y, Z = "สำนักงานเขตพระนคร", "สำนักงานเขตดุสิต", "สำนักการคลัง"
ODD = 'หน่วยงาน "ก" \\ ข\tค, ง'        # quotes, a backslash, a tab and a comma survive every way of inserting
NAN = float("nan")
# (label, minutes after T0, is_demo, result): a demo, then the user's uploads over both tables, some unit-years again
UPLOADS = [
    ("demo", -60, True, fake(rows(X, 2565, 70.0, published=(70, 71, 72, 71.5, "C")), rows(Z, 2565, 60.0))),
    ("A", 0, False, fake(rows(X, 2565, 80.0, published=(80, 81, 82, 81.5, "B")), rows(X, 2566, 81.0),
                         rows(Y, 2566, 82.0, published=(90, NAN, 93, 91.5, None)),
                         rows(Z, 2566, 83.0, unit_type="หน่วยงานส่วนกลาง"),
                         rows(ODD, 2566, 84.0, unit_type="อื่น ๆ", published=(1, 2, 3, 4, "ต้องปรับปรุง")))),
    ("B", 10, False, fake(rows(X, 2566, 90.0, indicators=range(1, 6)), rows(Y, 2567, 91.0))),
    ("C", 20, False, fake(([], [(Y, "สำนักงานเขต", 2566, 95.0, 95.0, 95.0, 95.0, "ผ่านดีเยี่ยม")]),)),
    ("D", 5, False, fake(rows(Z, 2566, 50.0), rows(X, 2565, 40.0))),      # uploaded before B and C, saved last
]


@pytest.mark.parametrize("removed", [None, "B", "C", "A", "demo"])
@pytest.mark.parametrize("demo_shown", [False, True])
def test_several_uploads_load_the_latest_per_unit_year(store, removed, demo_shown):
    saved, ids = {}, {}
    for label, minutes, is_demo, res in UPLOADS:
        at = T0 + timedelta(minutes=minutes)
        info = store.datasets.save(res, f"{label}.csv", label, is_demo=is_demo, uploaded_at=at).record
        saved[info.id], ids[label] = (at, is_demo, res), info.id
    store.datasets.set_demo_shown(demo_shown)
    if removed is not None:
        assert store.datasets.remove(ids[removed])
        del saved[ids[removed]]               # what it had replaced comes back
    assert_loads(store, saved)
    assert_loads(store, saved, latest_wins=False)
    assert_loads(store, saved, with_demo=True)
    assert_loads(store, saved, with_demo=False)


def test_nothing_stored_loads_empty_frames_with_the_contract_columns(store):
    assert_loads(store, {})


@pytest.mark.parametrize("path", ["fast", "chunked"])
def test_every_way_of_inserting_stores_the_same(store, monkeypatch, path):
    """The driver's fast path (PostgreSQL COPY, SQLite executemany) and the chunked Core insert other engines take
    store the same rows, and a row the schema refuses leaves nothing behind either way."""
    from analysis.store import datasets

    if path == "chunked":
        monkeypatch.setattr(datasets, "_FAST_PATHS", {})
        monkeypatch.setattr(datasets, "_CHUNK", 7)          # several chunks per table
    saved, ids = {}, {}
    for label, minutes, is_demo, res in UPLOADS[1:4]:
        at = T0 + timedelta(minutes=minutes)
        info = store.datasets.save(res, f"{label}.csv", label, is_demo=is_demo, uploaded_at=at).record
        saved[info.id], ids[label] = (at, is_demo, res), info.id
    assert_loads(store, saved)
    bad = fake(rows(X, 2568, 70.0))
    bad.published = pd.DataFrame([(None, "สำนักงานเขต", 2568, 1.0, 2.0, 3.0, 2.0, "ผ่าน")], columns=list(PUBLISHED_COLUMNS))
    with pytest.raises(sa.exc.IntegrityError):              # a unit is required
        store.datasets.save(bad, "bad.csv", "bad")
    assert store.datasets.find_by_sha256("bad") is None
    assert_loads(store, saved)

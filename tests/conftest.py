"""Shared fixtures. Storage: a fresh database per test, on SQLite always and on PostgreSQL when
ITA_TEST_POSTGRES_URL is set (each test in its own throw-away schema)."""
from __future__ import annotations

import shutil
import uuid

import pytest
import sqlalchemy as sa

from analysis.common import settings
from analysis.store import Store, seed_demo


@pytest.fixture(autouse=True, scope="session")
def _component_scan_once():
    """Each new AppTest app has Streamlit scan every installed package's metadata for custom components (about
    0.26 s, hundreds of times in the suite); the installed packages do not change during a test run and the app uses
    no custom component, so the scan's result is kept after the first."""
    import functools

    from streamlit.components.v2 import manifest_scanner

    original = manifest_scanner.scan_component_manifests
    manifest_scanner.scan_component_manifests = functools.lru_cache(maxsize=1)(original)
    yield
    manifest_scanner.scan_component_manifests = original


@pytest.fixture(autouse=True)
def _no_saved_frameworks():
    """Frameworks saved in a workspace are put in use process-wide (analysis.ita.set_stored, at each app run): no
    test sees those of another test's workspace."""
    from analysis.ita import set_stored

    set_stored({})
    yield
    set_stored({})


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request, tmp_path):
    """(url, schema) of an empty database for this test; PostgreSQL is skipped unless ITA_TEST_POSTGRES_URL is set."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ita.sqlite3'}", None
        return
    url = settings.get("ITA_TEST_POSTGRES_URL").strip()
    if not url:
        pytest.skip("set ITA_TEST_POSTGRES_URL to also run the storage tests on PostgreSQL")
    schema = f"test_{uuid.uuid4().hex}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url, schema
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def make_store(store_target):
    """A function that opens a Store on this test's database (call it again to simulate a restart)."""
    url, schema = store_target
    opened: list[Store] = []

    def make() -> Store:
        opened.append(Store(url, schema=schema))
        return opened[-1]

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store) -> Store:
    """A Store on a fresh, migrated database."""
    return make_store()


DEMO_FILES = ("demo_districts_2565-2566.xlsx", "demo_districts_2567-2568_long.csv",
              "demo_departments_2565-2568_wide.xlsx")


@pytest.fixture(scope="session")
def demo():
    """The demo workspace as plain frames (scores, published, results): the shipped demo files ingested and scored,
    without a store (their unit-years do not overlap, so nothing is superseded)."""
    from types import SimpleNamespace

    import pandas as pd

    from analysis.common.paths import SAMPLES_DIR
    from analysis.ita import score
    from analysis.ita.ingest import ingest_path

    read = [ingest_path(SAMPLES_DIR / name) for name in DEMO_FILES]
    scores = pd.concat([r.scores for r in read], ignore_index=True)
    published = pd.concat([r.published for r in read], ignore_index=True)
    return SimpleNamespace(scores=scores, published=published, results=score(scores, published))


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory):
    """The workspace database as the app's first start leaves it (the demo seeded, old complaint records reduced),
    built once per test process; each test works on its own copy (workspace_env)."""
    folder = tmp_path_factory.mktemp("demo-workspace")
    store = Store(f"sqlite:///{folder / 'ita.sqlite3'}")
    seed_demo(store, force=True)
    store.complaints.apply_retention(settings.get_int("ITA_COMPLAINT_RETENTION_YEARS"))
    store.close()
    return folder / "ita.sqlite3"


def _workspace(folder, monkeypatch, load_demo: str):
    monkeypatch.setenv("ITA_DATA_DIR", str(folder))
    monkeypatch.delenv("ITA_DATABASE_URL", raising=False)
    monkeypatch.setenv("ITA_LOAD_DEMO", load_demo)
    return folder


@pytest.fixture
def workspace_env(tmp_path, monkeypatch, demo_database):
    """A workspace folder of this test's own holding the demo, as after the first start."""
    shutil.copyfile(demo_database, tmp_path / "ita.sqlite3")
    return _workspace(tmp_path, monkeypatch, "1")


@pytest.fixture
def first_start_env(tmp_path, monkeypatch):
    """A new, empty workspace folder with the demo switched on: the app's first start loads it."""
    return _workspace(tmp_path, monkeypatch, "1")


@pytest.fixture
def empty_workspace_env(tmp_path, monkeypatch):
    """A new workspace folder with the demo switched off (ITA_LOAD_DEMO=0): nothing stored."""
    return _workspace(tmp_path, monkeypatch, "0")


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """One real server on the demo for the browser tests that only read it (test_browser, test_browser_charts,
    test_browser_links, test_screenshots): its URL. They run on one worker (the "browser" group), so it starts once."""
    from tests.browser_support import streamlit_server

    with streamlit_server(tmp_path_factory.mktemp("demo-server")) as url:
        yield url

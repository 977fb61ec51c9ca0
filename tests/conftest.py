"""Shared fixtures. Storage: a fresh database per test, on SQLite always and on PostgreSQL when
ITA_TEST_POSTGRES_URL is set (each test in its own throw-away schema)."""
from __future__ import annotations

import uuid

import pytest
import sqlalchemy as sa

from analysis.common import settings
from analysis.store import Store


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

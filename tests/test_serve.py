"""ui/serve.py's warm-up: before the server listens, the workspace is opened, the demo loaded and scored, so the
first visitor's page reuses that work; a database that cannot be opened leaves the page to say so."""
from __future__ import annotations

import functools
import logging

import pytest

import analysis.ita
from tests.apptest_support import open_app
from ui import cache, serve


def _no_new_store(url):
    raise AssertionError("the page opened the workspace store again instead of reusing the warm one")


def test_after_the_warm_up_the_first_page_reuses_the_opened_workspace(first_start_env, monkeypatch):
    cache._figures.clear()                       # no chart kept from an earlier test
    serve.warm_up()
    assert cache.raw_store().datasets.has_data(), "the demo was loaded before anyone opened a page"
    monkeypatch.setattr(cache, "Store", _no_new_store)
    monkeypatch.setattr(cache, "seed_demo", lambda *a, **k: pytest.fail("the page loaded the demo again"))
    worked = []
    original = analysis.ita.overview_view

    @functools.wraps(original)                   # the same name: the same kept views
    def counted(*args, **kwargs):
        worked.append(kwargs)
        return original(*args, **kwargs)

    monkeypatch.setattr(analysis.ita, "overview_view", counted)
    kept = set(cache._figures)
    assert len(kept) >= 3, "the overview's three charts were built by the warm-up"
    at = open_app()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert len(at.metric) == 4, "the overview shows its headline numbers from the warm workspace"
    assert worked == [], "the first visit's overview views were worked out before it"
    assert len(at.get("plotly_chart")) == 3 and set(cache._figures) == kept, \
        "the first visit's charts are the very figures the warm-up built, none built again"


def test_the_warm_up_follows_the_demo_setting(empty_workspace_env):
    serve.warm_up()
    assert not cache.raw_store().datasets.has_data(), "ITA_LOAD_DEMO=0: nothing is loaded at start either"


def test_an_unreachable_database_does_not_stop_the_server_starting(first_start_env, monkeypatch, caplog):
    monkeypatch.setenv("ITA_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:9/none?connect_timeout=1")
    with caplog.at_level(logging.WARNING, logger="ui.serve"):
        serve.warm_up()                          # no exception: the page will show the failure in words
    assert any("warming up failed" in r.getMessage() for r in caplog.records)


def test_a_slow_warm_up_does_not_hold_the_server_back(monkeypatch):
    """A database that takes long to answer delays the start by WARM_UP_SECONDS at most; the server then starts
    while the warm-up goes on (the first page waits for what it still needs)."""
    import sys
    import threading
    import time

    done, started = threading.Event(), []
    monkeypatch.setattr(serve, "WARM_UP_SECONDS", 0.2)
    monkeypatch.setattr(serve, "warm_up", lambda: (time.sleep(2), done.set()))
    monkeypatch.setattr(serve.cli, "main", lambda prog_name: started.append(done.is_set()))
    monkeypatch.setattr(sys, "argv", ["streamlit", "run", "app.py"])
    serve.main()
    assert started == [False], "the server started before the slow warm-up finished"
    assert done.wait(5), "and the warm-up carried on beside it"

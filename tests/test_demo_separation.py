"""Demo and real never mix silently (issue 10.1): once the user's results are stored, the demo leaves the analysis
(it stays stored, and one switch brings it back); the deck says demo only where its rows are demo."""
from __future__ import annotations

from analysis.common.paths import SAMPLES_DIR
from analysis.export.deck_data import gather
from analysis.store import ingest_and_store, seed_demo

UPLOAD = SAMPLES_DIR / "demo_upload_example.csv"


def _units(store) -> set[str]:
    return set(store.datasets.load_published()["unit"]) | set(store.datasets.load_scores()["unit"])


def test_the_users_results_take_the_place_of_the_demo(store):
    seed_demo(store)
    demo_units = _units(store)
    assert len(demo_units) == 72 and store.datasets.demo_in_analysis()
    before = store.datasets.version()
    assert ingest_and_store(store, UPLOAD.read_bytes(), UPLOAD.name, uploaded_by="สมศรี").status == "saved"
    scores, published = store.datasets.load_scores(), store.datasets.load_published()
    assert not scores["is_demo"].any() and not published["is_demo"].any()
    assert len(_units(store)) == 5, "only the five units of the user's file are analysed"
    assert not store.datasets.demo_in_analysis() and store.datasets.version() != before
    assert sum(d.is_demo for d in store.datasets.list_all()) == 3, "the demo is still stored"

    store.datasets.set_demo_shown(True)         # the one click that brings it back
    assert store.datasets.demo_in_analysis()
    assert _units(store) >= demo_units and len(_units(store)) > 72
    store.datasets.set_demo_shown(False)
    assert len(_units(store)) == 5


def test_with_demo_overrides_the_default(store):
    seed_demo(store)
    ingest_and_store(store, UPLOAD.read_bytes(), UPLOAD.name)
    assert store.datasets.load_published(with_demo=True)["is_demo"].any()
    assert not store.datasets.load_published(with_demo=False)["is_demo"].any()


def test_the_deck_says_demo_only_where_its_rows_are_demo(store):
    seed_demo(store)
    ingest_and_store(store, UPLOAD.read_bytes(), UPLOAD.name)
    store.datasets.set_demo_shown(True)
    scores, published = store.datasets.load_scores(), store.datasets.load_published()
    mine = published[~published["is_demo"]].iloc[0]
    own = gather(scores, published, unit=mine["unit"], year=int(mine["fiscal_year"]), is_demo=True)
    assert not own.is_demo, "a unit that exists only in the user's file is not called demo"
    group = gather(scores, published, year=int(mine["fiscal_year"]), is_demo=True)
    assert group.is_demo == bool(published[published["fiscal_year"] == mine["fiscal_year"]]["is_demo"].any())


def test_the_data_page_says_the_demo_is_left_out_and_brings_it_back(workspace_env):
    from analysis.common import settings
    from analysis.common.text import t
    from analysis.store import Store
    from tests.test_pages import DATA_PAGE, run_app

    run_app()                                                    # first start: the demo is loaded
    store = Store(settings.database_url())
    ingest_and_store(store, UPLOAD.read_bytes(), UPLOAD.name)
    at = run_app(DATA_PAGE)
    assert t("data.demo_left_out") in [c.value for c in at.caption]
    at.button(key="demo_show_toggle").click().run()
    assert not at.exception
    assert t("data.demo_beside") in [c.value for c in at.caption]
    assert store.datasets.demo_in_analysis() and len(_units(store)) > 72

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
    assert sum(d.is_demo for d in store.datasets.list_all()) == 4, "the demo is still stored"

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


OWN_2569 = ("หน่วยงาน,ปีงบประมาณ," + ",".join(f"ตัวชี้วัดที่ {n}" for n in range(1, 11)) + "\n"
            + "สำนักงานเขตพระนคร,2570," + ",".join(["90"] * 10) + "\n")   # a year the demo does not hold


def _beside(store):
    """The demo (FY2565–2569) shown beside the user's own FY2570 result for a unit the demo also holds."""
    seed_demo(store)
    assert ingest_and_store(store, OWN_2569.encode(), "own_2569.csv").status == "saved"
    store.datasets.set_demo_shown(True)
    return store.datasets.load_scores(), store.datasets.load_published()


def test_beside_the_users_data_each_demo_unit_is_named_demo_and_never_merged(store):
    from analysis.ita import score, split_demo

    split = split_demo(*_beside(store))
    assert split.mode == "some"
    results = score(split.scores, split.published)
    own = results[results["unit"] == "สำนักงานเขตพระนคร"]
    assert list(own["fiscal_year"]) == [2570], "the user's unit is not joined to the demo's years of the same name"
    demo = results[results["unit"] == "สำนักงานเขตพระนคร (สาธิต)"]
    assert sorted(demo["fiscal_year"]) == [2565, 2566, 2567, 2568, 2569]
    assert ("สำนักงานเขตพระนคร (สาธิต)", 2568) in split.keys and ("สำนักงานเขตพระนคร", 2570) not in split.keys
    english = split_demo(store.datasets.load_scores(), store.datasets.load_published(), lang="en")
    assert "สำนักงานเขตพระนคร (demo)" in set(english.published["unit"]) | set(english.scores["unit"])


def test_only_demo_or_only_the_users_is_left_as_it_is(store):
    from analysis.ita import split_demo

    seed_demo(store)
    only_demo = split_demo(store.datasets.load_scores(), store.datasets.load_published())
    assert only_demo.mode == "all" and not any(u.endswith("(สาธิต)") for u in only_demo.published["unit"])
    ingest_and_store(store, OWN_2569.encode(), "own_2569.csv")
    only_own = split_demo(store.datasets.load_scores(), store.datasets.load_published())
    assert only_own.mode == "none" and not only_own.keys


def test_a_chart_title_says_demo_exactly_where_the_chart_holds_demo_units():
    from analysis.ita import demo_mark

    keys = frozenset({("ก (สาธิต)", 2568), ("ข (สาธิต)", 2568)})
    assert demo_mark("all", frozenset(), 2568, ["ก"]) == " — ข้อมูลสาธิต"
    assert demo_mark("some", keys, 2568, ["ก (สาธิต)", "ข (สาธิต)", "ค"]) == " — รวมหน่วยงานสาธิต 2 แห่ง (ชื่อมีคำว่า “สาธิต”)"
    assert demo_mark("some", keys, 2569, ["ค"]) == "", "a year of the user's units only is not called demo"
    assert demo_mark("none", frozenset(), 2568, ["ก"]) == ""
    assert demo_mark("some", keys, 2568, ["ก (สาธิต)"], "en") == " — includes 1 demo units (named “demo”)"


def test_the_overview_marks_demo_units_and_only_their_years(workspace_env):
    import json

    from analysis.common import settings
    from analysis.common.text import t
    from analysis.store import Store
    from tests.apptest_support import open_app
    from ui import state

    store = Store(settings.database_url())
    assert ingest_and_store(store, OWN_2569.encode(), "own_2569.csv").status == "saved"
    store.datasets.set_demo_shown(True)
    store.close()

    def chart(at) -> dict:
        return json.loads(at.get("plotly_chart")[0].proto.spec)

    def chart_at(at, i: int) -> dict:
        return json.loads(at.get("plotly_chart")[i].proto.spec)

    own_year = open_app(**{state.YEAR: 2570})
    assert t("common.demo_mixed_notice") in [w.value for w in own_year.warning]
    spec = chart(own_year)
    assert "สาธิต" not in spec["layout"]["title"]["text"], "FY2570 holds only the user's unit"
    demo_year = open_app(**{state.YEAR: 2568})
    spec = chart(demo_year)
    assert t("common.demo_some", n=72) in spec["layout"]["title"]["text"].replace("<br>", " ")   # titles wrap
    ranking = chart_at(demo_year, 1)      # the lowest/highest units (the first chart is the distribution)
    units = {u for trace in ranking["data"] 
             if isinstance(trace.get("customdata"), list) for u in [row[0] for row in trace["customdata"]]
             if isinstance(u, str)}
    assert units and all(u.endswith("(สาธิต)") for u in units), "every unit of the demo year is named demo"


OWN_REGISTER = ("วันที่รับเรื่อง,ประเภทเรื่อง,สถานะ\n"
                + "".join(f"0{d}/10/2566,ทุจริตในการจัดซื้อจัดจ้าง,เสร็จสิ้น\n" for d in range(1, 5))
                + "".join(f"0{d}/10/2567,ไฟฟ้าส่องสว่าง,เสร็จสิ้น\n" for d in range(1, 3))).encode()


def test_demo_complaint_years_beside_the_users_are_marked_and_never_compared_with_them(store):
    """Issue 10.1: a register for some years beside the demo's other years gave "FY2566: 40 vs 488, −91.8 %"."""
    from analysis.common.text import t
    from analysis.complaints import complaints_view
    from analysis.store import demo_beside, ingest_complaints, set_demo_beside

    seed_demo(store)
    assert demo_beside(store) == {}, "nothing of the user's yet: no switch"
    assert ingest_complaints(store, OWN_REGISTER, "own_register.csv").status == "saved"
    assert demo_beside(store) == {"complaints": False}, "the demo register left the analysis"
    records, aggregates, demo_years = store.complaints.load()
    assert not demo_years and set(records["fiscal_year"]) == {2567, 2568}

    set_demo_beside(store, "complaints", True)                   # the one click that brings it back
    assert demo_beside(store) == {"complaints": True}
    records, aggregates, demo_years = store.complaints.load()
    assert demo_years == {2563, 2564, 2565, 2566}
    v = complaints_view(records, aggregates, demo_years)
    assert v.demo_mixed and v.has_demo and v.demo_suffix == " — " + t("cmpl.demo_years", years="2563, 2564, 2565, 2566")
    assert v.latest_demo_suffix == "", "the latest year is the user's"
    compared = set(v.yoy[t("common.fiscal_year")])
    assert compared == {2568}, "only the user's FY2568 against the user's FY2567; never FY2567 against the demo's FY2566"
    assert "2566" in v.demo_apart
    assert list(v.years["fiscal_year"]) == [2563, 2564, 2565, 2566, 2567, 2568], "the demo years are still charted"


def test_the_measures_demo_comes_back_in_one_switch(store):
    from analysis.store import demo_beside, set_demo_beside

    seed_demo(store)
    demo_count = len(store.measures.list_all())
    store.measures.add({"title": "มาตรการของเรา"}, who="สมศรี")
    assert demo_beside(store) == {"measures": False} and len(store.measures.list_all()) == 1
    set_demo_beside(store, "measures", True)
    assert len(store.measures.list_all()) == demo_count + 1


def test_the_data_page_offers_the_complaint_demo_back_and_the_complaints_page_marks_its_years(workspace_env):
    from analysis.common import settings
    from analysis.common.text import t
    from analysis.store import Store, ingest_complaints
    from tests.apptest_support import open_app, page_path

    store = Store(settings.database_url())
    assert ingest_complaints(store, OWN_REGISTER, "own_register.csv").status == "saved"
    at = open_app(page_path("data"))
    assert t("data.demo_left_out_complaints") in [c.value for c in at.caption]
    at.button(key="demo_show_complaints").click().run()
    assert not at.exception
    assert t("data.demo_beside_complaints") in [c.value for c in at.caption]
    page = open_app(page_path("complaints"))
    assert not page.exception
    assert t("cmpl.demo_mixed_notice") in [w.value for w in page.warning]
    assert t("cmpl.demo_apart", years="2563, 2564, 2565, 2566") in [c.value for c in page.caption]

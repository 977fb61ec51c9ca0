"""The benchmarks' own helpers: statistics and the figure-against-target lines they print, the runner's list of
misses, and the national generator's shape (no timing is asserted here: speed is measured in bench/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from bench import _common, national
from bench._common import Report, Stats, alternate, line, within


def test_stats_summarise_min_median_max():
    s = Stats.of([3.0, 1.0, 2.0, 10.0])
    assert (s.min, s.median, s.max) == (1.0, 2.5, 10.0)
    assert s.text(".2f", " s") == "median 2.50 s (min 1.00 s, max 10.00 s; 4 rounds)"
    assert Stats.of([0.5]).text(".1f", " ×") == "0.5 × (1 round)"
    with pytest.raises(ValueError):
        Stats.of([])


def test_alternate_runs_bare_then_ours_in_each_round_and_divides_per_round(monkeypatch):
    calls: list[str] = []
    clock = iter([0.0, 1.0, 1.0, 3.0, 3.0, 5.0, 5.0, 11.0])   # bare 1 s, ours 2 s; bare 2 s, ours 6 s
    monkeypatch.setattr(_common.time, "perf_counter", lambda: next(clock))
    r = alternate(lambda: calls.append("bare"), lambda: calls.append("ours"), 2)
    assert calls == ["bare", "ours", "bare", "ours"]
    assert r.bare.values == (1.0, 2.0) and r.ours.values == (2.0, 6.0)
    assert r.ratios.values == (2.0, 3.0), "the ratio of each round, not of the totals (8 / 3)"


@pytest.mark.parametrize(("value", "op", "target", "ok"), [
    (1.30, "≤", 1.3, True), (1.31, "≤", 1.3, False), (1535, "<", 1536, True), (1536, "<", 1536, False),
    (5, "≥", 5, True), (4.9, "≥", 5, False), (5.1, ">", 5, True),
])
def test_a_figure_meets_its_target_exactly_at_the_edge(value, op, target, ok):
    assert within(value, op, target) is ok


def test_report_prints_each_figure_against_its_target_and_lists_the_misses():
    out: list[str] = []
    report = Report("ingest", out=out.append)
    assert out[0].startswith("== ingest: ") and "load average" in out[0], "the conditions come first"
    assert report.check("ratio", Stats.of([1.0, 1.2, 1.1]), "≤", 1.3, unit=" ×")
    assert out[-1] == "ingest | ratio | median 1.10 × (min 1.00 ×, max 1.20 ×; 3 rounds) | target ≤ 1.30 × | ok"
    assert not report.check("payload", Stats.of([0.5, 2.5]), "≤", 2.0, unit=" MB", on="max")
    assert out[-1].startswith("ingest | payload | max 2.50 MB; median 1.50 MB") and out[-1].endswith("| MISSED")
    report.info("bare read", "0.72 s")
    assert out[-1] == "ingest | bare read | 0.72 s | - | info"
    report.fail("pages", "ValueError: boom")
    assert report.finish() == 1
    assert out[-3] == "== ingest: 2 target(s) MISSED:"
    assert [o.strip() for o in out[-2:]] == [report.missed[0], report.missed[1]]
    assert "not measured: ValueError: boom" in report.missed[1]


def test_a_report_without_misses_exits_0():
    out: list[str] = []
    report = Report("storage", out=out.append)
    report.check("save", 1.2, "≤", 3.0, unit=" s")
    assert report.finish() == 0 and out[-1] == "== storage: every target met"


def test_the_runner_counts_only_figure_lines_as_misses():
    from bench import run

    missed = line("pages", "overview", "0.4 s", "target ≤ 0.30 s", False)
    assert missed.endswith("| MISSED") and not missed.startswith(" ")
    assert line("pages", "overview", "0.2 s", "target ≤ 0.30 s", True).endswith("| ok")
    import re

    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    benches = re.search(r"^BENCHES \?= (.+)$", makefile, flags=re.M).group(1).split()
    assert list(run.DEFAULT) == benches, "make bench and bench/run.py run the same benchmarks"
    assert all((Path(run.HERE) / f"{name}.py").exists() for name in benches)


@pytest.fixture(scope="module")
def dataset():
    return national.generate()


def test_the_national_dataset_has_8300_units_times_4_years_times_10_indicators(dataset):
    shape = national.describe(dataset)
    assert shape["rows"] == 8300 * 4 and shape["units"] == 8300
    assert shape["years"] == (2565, 2566, 2567, 2568) and shape["years_per_unit"] == (4, 4)
    assert shape["indicators"] == 10
    assert list(dataset.columns) == list(national.COLUMNS)
    low, high = shape["score_range"]
    assert 0 <= low and high <= 100


def test_the_national_dataset_has_every_unit_type_with_its_count(dataset):
    assert national.describe(dataset)["types"] == national.UNIT_TYPES
    assert len(national.UNIT_TYPES) >= 5 and sum(national.UNIT_TYPES.values()) == 8300
    kept = dataset.groupby("หน่วยงาน")["ประเภทหน่วยงาน"].nunique()
    assert (kept == 1).all(), "a unit keeps its type from year to year"


def test_the_national_dataset_is_the_same_for_the_same_seed_and_follows_the_published_means(dataset):
    import numpy as np

    assert dataset.equals(national.generate()), "deterministic: every run measures the same data"
    assert not dataset.equals(national.generate(seed=1))
    totals = dataset[list(national.INDICATORS)].to_numpy() @ national.WEIGHTS
    for year, mean in national.YEAR_MEANS.items():
        got = totals[(dataset["ปีงบประมาณ"] == year).to_numpy()].mean()
        assert abs(got - mean) < 1.0, (year, got)
    assert np.all(np.diff([totals[(dataset["ปีงบประมาณ"] == y).to_numpy()].mean() for y in national.YEARS]) > 0)


def test_the_national_file_is_read_back_by_the_app_as_uploaded(dataset):
    from analysis.ita.ingest import ingest_bytes

    result = ingest_bytes(national.csv_bytes(dataset.head(40)), national.FILE_NAME)
    assert len(result.scores) == 40 * 10, "every indicator of every unit-year is kept"
    assert set(result.scores["unit_type"]) <= set(national.UNIT_TYPES)


def _tab(*widgets):
    from bench._stream import Session

    session = object.__new__(Session)            # no connection: only the widgets of the last run
    session.widgets = {w.id: w for w in widgets}
    return session


def test_a_widget_change_over_the_websocket_is_the_next_choice_of_the_widget_named():
    from bench._stream import Widget

    year = Widget("$$ID-1-overview_year", "selectbox", ["พ.ศ. 2568", "พ.ศ. 2567"], "พ.ศ. 2568")
    unit = Widget("$$ID-2-overview_open_unit", "selectbox", ["ก", "ข", "ค"], "ค")
    tab = _tab(year, unit)
    assert tab.change("overview_open_unit").string_value == "ก", "after the last choice comes the first"
    assert tab.change("overview_year").string_value == "พ.ศ. 2567"
    assert tab.change("not_on_this_page").id == year.id, "else the first selectbox with a second choice"
    group = Widget("$$ID-3-complaints_breakdown", "button_group", ["ช่องทาง", "หมวด"], "ช่องทาง")
    assert list(_tab(group).change("complaints_breakdown", ("หมวด",)).string_array_value.data) == ["หมวด"]
    assert _tab(Widget("$$ID-4-backup_replace", "checkbox", [], False)).change("backup_replace").bool_value is True
    assert _tab(Widget("$$ID-5-audit_user", "selectbox", [""], "")).change("audit_user") is None, "one choice only"

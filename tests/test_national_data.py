"""Tests for bench/national_data.py: the national-scale benchmark data is the same on every run, shaped like the
ingest's frames, and its wide CSV is a file the upload page reads back to the same figures."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.ita.ingest import ingest_path
from bench.national_data import PUBLISHED_COLUMNS, SCORE_COLUMNS, YEARS, national_frames, write_wide_csv

N = 150


@pytest.fixture(scope="module")
def data():
    return national_frames(N)


def test_same_arguments_give_the_same_frames(data):
    again = national_frames(N)
    pd.testing.assert_frame_equal(again.scores, data.scores)
    pd.testing.assert_frame_equal(again.published, data.published)
    assert not national_frames(N, seed=1).scores.equals(data.scores)


def test_every_unit_has_ten_indicators_and_published_figures_each_year(data):
    assert list(data.scores.columns) == SCORE_COLUMNS and list(data.published.columns) == PUBLISHED_COLUMNS
    assert len(data.scores) == N * len(YEARS) * 10 and len(data.published) == N * len(YEARS)
    indicators = data.scores.groupby(["unit", "fiscal_year"])["indicator"].apply(tuple)
    assert set(indicators) == {tuple(range(1, 11))} and len(indicators) == N * len(YEARS)
    assert data.scores["score"].between(0, 100).all() and data.published["total"].between(0, 100).all()
    assert data.published["unit_type"].nunique() >= 3 and data.published["level"].notna().all()
    assert data.published.groupby("fiscal_year")["unit"].nunique().to_dict() == dict.fromkeys(YEARS, N)


def test_the_wide_csv_reads_back_to_the_same_frames(data, tmp_path):
    read = ingest_path(write_wide_csv(tmp_path / "national.csv", data))
    assert not [p for p in read.report.problems if p.severity == "error"]
    for kind, keys in (("scores", ["fiscal_year", "unit", "indicator"]), ("published", ["fiscal_year", "unit"])):
        got = getattr(read, kind).sort_values(keys, ignore_index=True)
        want = getattr(data, kind).sort_values(keys, ignore_index=True)
        pd.testing.assert_frame_equal(got, want, check_dtype=False)

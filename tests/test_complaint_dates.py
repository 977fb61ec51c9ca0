"""analysis/complaints/dates.py: every date form agencies send, BE/CE, and the fiscal-year edges."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis.complaints.dates import fiscal_month_index, fiscal_years, parse_dates


@pytest.mark.parametrize("text, expected", [
    ("15/03/2567", "2024-03-15 00:00"),                 # BE dd/mm/yyyy
    ("15/03/2024", "2024-03-15 00:00"),                 # CE dd/mm/yyyy
    ("5/3/2567", "2024-03-05 00:00"),
    ("15-03-67", "2024-03-15 00:00"),                   # two-digit BE year
    ("15/3/24", "2024-03-15 00:00"),                    # two-digit CE year (00–39)
    ("๑๕/๐๓/๒๕๖๗", "2024-03-15 00:00"),                 # Thai digits
    ("15 มี.ค. 67", "2024-03-15 00:00"),                # Thai month abbreviation
    ("๑๕ มี.ค. ๖๗", "2024-03-15 00:00"),
    ("1 ตค 66", "2023-10-01 00:00"),                    # abbreviation without dots
    ("15 มีนาคม พ.ศ. 2567 10:30 น.", "2024-03-15 10:30"),
    ("วันที่ 29 กุมภาพันธ์ 2567", "2024-02-29 00:00"),   # leap day of BE 2567 = CE 2024
    ("15 Mar 2024", "2024-03-15 00:00"),
    ("45366", "2024-03-15 00:00"),                      # Excel serial as text
    ("45366.75", "2024-03-15 18:00"),
    ("2024-03-15", "2024-03-15 00:00"),
    ("2567-03-15", "2024-03-15 00:00"),                 # ISO with a BE year
    ("2567-02-29", "2024-02-29 00:00"),
    ("2024-03-15 10:00", "2024-03-15 10:00"),           # ISO without zone: local time as written
    ("2024-03-15T03:00:00Z", "2024-03-15 10:00"),       # UTC -> Bangkok (+7)
    ("2023-09-30 17:30:00+00", "2023-10-01 00:30"),     # Traffy's UTC timestamp crosses into FY2567
    ("2024-03-15T10:00:00+07:00", "2024-03-15 10:00"),
    ("๒๕๖๗-๐๓-๑๕", "2024-03-15 00:00"),
])
def test_text_forms(text, expected):
    parsed = parse_dates(pd.Series([text, "01/01/2567"], dtype="str"))
    assert parsed.dates.iloc[0] == pd.Timestamp(expected)
    assert not parsed.bad.any()


@pytest.mark.parametrize("text", ["31/02/2567", "hello", "15/13/2567", "99"])
def test_unreadable_text_is_bad_not_a_guess(text):
    parsed = parse_dates(pd.Series([text], dtype="str"))
    assert pd.isna(parsed.dates.iloc[0]) and parsed.bad[0]


@pytest.mark.parametrize("blank", ["", "-", None, "N/A"])
def test_blank_is_missing_not_bad(blank):
    parsed = parse_dates(pd.Series([blank, "1/1/2567"], dtype="str"))
    assert pd.isna(parsed.dates.iloc[0]) and not parsed.bad[0]


def test_workbook_cells_datetime_be_datetime_serial_and_text():
    cells = pd.Series([dt.datetime(2567, 3, 15, 9, 0), dt.date(2024, 3, 15), 45366, 45366.5, "15/03/2567",
                       None, True], dtype=object)
    parsed = parse_dates(cells)
    assert parsed.dates.tolist()[:5] == [pd.Timestamp("2024-03-15 09:00"), pd.Timestamp("2024-03-15"),
                                         pd.Timestamp("2024-03-15"), pd.Timestamp("2024-03-15 12:00"),
                                         pd.Timestamp("2024-03-15")]
    assert parsed.bad.tolist() == [False] * 6 + [True]
    assert {"be_datetime", "excel_serial"} <= parsed.forms


def test_a_large_all_iso_column_takes_the_fast_path_and_a_naive_one_stays_local():
    zoned = pd.Series(["2023-09-30 16:59:59.5+00", "2023-09-30 17:00:00+00"] * 600, dtype="str")
    parsed = parse_dates(zoned)
    assert parsed.dates.iloc[0] == pd.Timestamp("2023-09-30 23:59:59.5")
    assert parsed.dates.iloc[1] == pd.Timestamp("2023-10-01 00:00:00")
    naive = parse_dates(pd.Series(["2023-09-30 17:00:00"] * 1200, dtype="str"))
    assert naive.dates.iloc[0] == pd.Timestamp("2023-09-30 17:00:00")


@pytest.mark.parametrize("date, fy, fiscal_month", [
    ("2023-09-30 23:59", 2566, 12),       # 30 Sep 2566 BE: last day of FY2566
    ("2023-10-01 00:00", 2567, 1),        # 1 Oct 2566 BE: first day of FY2567
    ("2024-09-30", 2567, 12),
    ("2024-10-01", 2568, 1),
    ("2024-01-15", 2567, 4),
])
def test_fiscal_year_edges(date, fy, fiscal_month):
    s = pd.Series([pd.Timestamp(date)]).astype("datetime64[us]")
    assert int(fiscal_years(s).iloc[0]) == fy
    assert int(fiscal_month_index(s).iloc[0]) == fiscal_month


def test_month_names_never_contain_an_abbreviation():
    from analysis.common.thaidate import MONTHS_TH, MONTHS_TH_ABBR
    for name in MONTHS_TH:
        for abbr in MONTHS_TH_ABBR:
            assert abbr.replace(".", "") not in name


def test_repeated_dates_are_parsed_once_per_value_with_the_same_result():
    s = pd.Series(["15/03/2567", "16/03/2567"] * 3000, dtype="str")
    parsed = parse_dates(s)
    assert parsed.dates.nunique() == 2 and not parsed.bad.any()
    assert np.array_equal(parsed.dates.iloc[:2].to_numpy(),
                          np.array(["2024-03-15", "2024-03-16"], dtype="datetime64[us]"))

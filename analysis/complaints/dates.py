"""Vectorised reading of complaint dates: CE/BE, dd/mm/yyyy, Thai month names, Thai digits, Excel serials, ISO with zone."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

try:                                      # installed with streamlit; only the fast path needs it
    import pyarrow as pa
    import pyarrow.compute as pc
except ImportError:  # pragma: no cover
    pa = pc = None

from analysis.common import settings
from analysis.common.normalise import MISSING_TOKENS, THAI_DIGITS
from analysis.common.thaidate import (
    BE_OFFSET,
    FISCAL_YEAR_START_MONTH,
    MONTHS_EN,
    MONTHS_EN_ABBR,
    MONTHS_TH,
    MONTHS_TH_ABBR,
    calendar_year,
    fiscal_year,
)

BANGKOK = pd.Timedelta(hours=7)          # Thailand has no daylight saving: UTC+07:00 all year
EXCEL_EPOCH = pd.Timestamp("1899-12-30")
SERIAL_MIN = 20_000                      # 1954-10-03: smaller numbers are not complaint dates
_DOTTED = [r"\.?\s?".join(abbr.rstrip(".").split(".")) + r"\.?" for abbr in MONTHS_TH_ABBR]
# Full names first (a full name never contains an abbreviation without its dots, checked in the tests).
_MONTH_PATTERNS = ([(name, i) for i, name in enumerate(MONTHS_TH, 1)]
                   + [(rx, i) for i, rx in enumerate(_DOTTED, 1)]
                   + [(name.lower(), i) for i, name in enumerate(MONTHS_EN, 1)]
                   + [(abbr.lower() + r"\.?", i) for i, abbr in enumerate(MONTHS_EN_ABBR, 1)])
_NOISE = r"วันที่|วัน|พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|เวลา|(?<=\d)\s*น\.?$|(?<=\d)\s*hrs?\.?$"
_DMY = (r"^\s*(?P<day>\d{1,2})[\s/.\-]+(?P<month>\d{1,2})[\s/.\-]+(?P<year>\d{4}|\d{2})"
        r"(?:[\sT,]+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?[\s.]*$")
_ISO = r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
_TZ_TAIL = r"(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$"
_SERIAL = r"^[0-9]{5,7}(?:\.[0-9]+)?$"


@dataclass
class ParsedDates:
    """Dates read from one column: naive Bangkok local datetimes, which cells were not dates, the forms seen."""
    dates: pd.Series                     # datetime64[us], NaT for blank or unreadable
    bad: np.ndarray                      # True where a non-blank cell is not a date we can read
    forms: set[str] = field(default_factory=set)   # "iso_tz", "iso", "dmy_be", "dmy_ce", "be2", "ce2",
    #                                                  "thai_month", "excel_serial", "datetime", "be_datetime"


def parse_dates(values) -> ParsedDates:
    """ParsedDates of a column (Series or list) of dates in any of the supported forms, vectorised.

    Time-zone-aware values are converted to Bangkok time (UTC+7) and the zone dropped; BE years (≥ 2400)
    become CE; two-digit years 40–99 are BE (67 → 2567 → 2024), 00–39 are CE (24 → 2024).
    """
    s = values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)
    s = s.reset_index(drop=True)
    n = len(s)
    out = ParsedDates(pd.Series(np.full(n, np.datetime64("NaT"), dtype="datetime64[us]")), np.zeros(n, dtype=bool))
    if n == 0:
        return out
    kind = s.dtype.kind
    if kind == "M":
        _put(out, np.arange(n), _from_datetimes(s, out.forms))
    elif kind in "iuf":
        _put_serials(out, np.arange(n), s.astype(float))
    elif kind == "O" and not _all_text(s):
        _parse_objects(s, out)
    else:
        _parse_text_column(s, out)
    out.dates.index = values.index if isinstance(values, pd.Series) else out.dates.index
    return out


def _put(out: ParsedDates, idx: np.ndarray, dates: pd.Series) -> None:
    arr = np.asarray(dates, dtype="datetime64[us]")
    out.dates.iloc[idx] = arr
    out.bad[idx] |= np.isnat(arr)


def _all_text(s: pd.Series) -> bool:
    sample = s.dropna()
    return bool(len(sample)) and pd.api.types.infer_dtype(sample, skipna=True) == "string" or not len(sample)


def _parse_objects(s: pd.Series, out: ParsedDates) -> None:
    """A grid column from a workbook: datetimes, dates, numbers and text mixed (workbooks are small)."""
    types = s.map(lambda v: "d" if isinstance(v, (dt.date, pd.Timestamp)) else
                  "n" if isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, bool) else
                  "t" if isinstance(v, str) else "x")
    blank = s.isna().to_numpy()
    for code in "dnt":
        idx = np.flatnonzero((types == code).to_numpy() & ~blank)
        if not len(idx):
            continue
        part = s.iloc[idx]
        if code == "d":
            part = part.map(lambda v: v if isinstance(v, dt.datetime) else dt.datetime(v.year, v.month, v.day))
            _put(out, idx, _from_datetimes(pd.Series(list(part), dtype=object), out.forms))
        elif code == "n":
            _put_serials(out, idx, part.astype(float))
        else:
            sub = ParsedDates(pd.Series(np.full(len(idx), np.datetime64("NaT"), dtype="datetime64[us]")),
                              np.zeros(len(idx), dtype=bool), out.forms)
            _parse_text_column(part.astype("str").reset_index(drop=True), sub)
            out.dates.iloc[idx] = sub.dates.to_numpy()
            out.bad[idx] |= sub.bad
    out.bad[np.flatnonzero(((types == "x").to_numpy()) & ~blank)] = True


def _from_datetimes(s: pd.Series, forms: set[str]) -> pd.Series:
    """datetime values (naive or aware) as naive Bangkok time; years ≥ 2400 are taken as BE."""
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        d = s.dt.tz_convert("UTC").dt.tz_localize(None) + BANGKOK
    elif s.dtype.kind == "M":
        d = s
    else:
        d = pd.to_datetime(s, errors="coerce", utc=False)
    forms.add("datetime")
    years = d.dt.year
    be = (years >= 2400).to_numpy()
    if be.any():
        forms.add("be_datetime")
        d = d.copy()
        d[be] = _shift_years(d[be], -BE_OFFSET)
    return d.astype("datetime64[us]")


def _shift_years(d: pd.Series, years: int) -> pd.Series:
    parts = pd.DataFrame({"year": d.dt.year + years, "month": d.dt.month, "day": d.dt.day, "hour": d.dt.hour,
                          "minute": d.dt.minute, "second": d.dt.second})
    return pd.to_datetime(parts, errors="coerce")


def _put_serials(out: ParsedDates, idx: np.ndarray, num: pd.Series) -> None:
    """Excel serial day numbers (1900 system); a serial landing in a BE year (typed as BE in Excel) is shifted."""
    v = num.to_numpy(dtype=float)
    ok = np.isfinite(v) & (v >= SERIAL_MIN) & (v < 2_958_466)
    dates = np.full(len(v), np.datetime64("NaT"), dtype="datetime64[us]")
    if ok.any():
        micro = np.round(v[ok] * 86_400_000_000).astype("int64")
        d = pd.Series(EXCEL_EPOCH.to_datetime64().astype("datetime64[us]") + micro.astype("timedelta64[us]"))
        out.forms.add("excel_serial")
        be = (d.dt.year >= 2400).to_numpy()
        if be.any():
            out.forms.add("be_datetime")
            d[be] = _shift_years(d[be], -BE_OFFSET)
        dates[ok] = d.to_numpy(dtype="datetime64[us]")
    out.dates.iloc[idx] = dates
    blank = np.isnan(v)
    out.bad[idx] |= np.isnat(dates) & ~blank


def _parse_text_column(s: pd.Series, out: ParsedDates) -> None:
    """Text dates, parsed once per distinct value when values repeat (date-only columns)."""
    s = s.astype("str")
    head = s.iloc[:4000].dropna()
    if len(head) and head.nunique() < 0.5 * len(head):
        codes, uniques = pd.factorize(s, use_na_sentinel=True)
        sub = ParsedDates(pd.Series(np.full(len(uniques), np.datetime64("NaT"), dtype="datetime64[us]")),
                          np.zeros(len(uniques), dtype=bool), out.forms)
        _parse_text(pd.Series(uniques, dtype="str"), sub)
        take = codes >= 0
        dates = np.full(len(s), np.datetime64("NaT"), dtype="datetime64[us]")
        dates[take] = sub.dates.to_numpy()[codes[take]]
        out.dates[:] = dates
        out.bad[take] |= sub.bad[codes[take]]
    else:
        _parse_text(s, out)


def _arrow_iso(s: pd.Series) -> tuple[np.ndarray, bool] | None:
    """(datetime64[us] Bangkok time, zoned?) when every filled cell is an ISO timestamp, all with a zone or all
    without (Arrow's strict cast, several times faster than to_datetime), else None."""
    if pa is None:
        return None
    try:
        arr = pa.array(s.array)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    for zoned in (True, False):
        try:
            cast = pc.cast(arr, pa.timestamp("us", tz="UTC") if zoned else pa.timestamp("us"))
        except (pa.ArrowException, ValueError):
            continue
        values = cast.to_numpy(zero_copy_only=False).astype("datetime64[us]")
        return (values + np.timedelta64(7, "h") if zoned else values), zoned
    return None


def _parse_text(s: pd.Series, out: ParsedDates) -> None:
    fast = _arrow_iso(s) if len(s) >= 1000 else None
    if fast is not None:
        values, zoned = fast
        out.forms.add("iso_tz" if zoned else "iso")
        dates = pd.Series(values)
        be = (dates.dt.year >= 2400).to_numpy(dtype=bool, na_value=False)
        if be.any():
            out.forms.add("iso_be")
            dates[be] = _shift_years(dates[be], -BE_OFFSET)
        _put(out, np.arange(len(s)), dates)
        out.bad[:] &= s.notna().to_numpy()
        return
    s = s.str.strip()
    iso = s.str.match(_ISO).to_numpy(dtype=bool, na_value=False)
    if iso.all():                                   # the common export case: one vectorised pass
        _put(out, np.arange(len(s)), _parse_iso(s, out.forms))
        return
    if iso.any():
        idx = np.flatnonzero(iso)
        _put(out, idx, _parse_iso(s.iloc[idx], out.forms))
    rest_idx = np.flatnonzero(~iso)
    r = s.iloc[rest_idx]
    if r.str.contains("[๐-๙]", regex=True).any():
        r = r.str.translate(THAI_DIGITS)
    blank = r.isna().to_numpy() | r.eq("").to_numpy(dtype=bool, na_value=True)
    short = r.str.len().le(6).to_numpy(dtype=bool, na_value=False)
    if short.any():
        blank[short] |= r[short].str.casefold().isin(MISSING_TOKENS).to_numpy()
    iso2 = r.str.match(_ISO).to_numpy(dtype=bool, na_value=False) & ~blank      # ISO written in Thai digits
    serial = r.str.match(_SERIAL).to_numpy(dtype=bool, na_value=False) & ~blank & ~iso2
    dmy = ~blank & ~iso2 & ~serial
    if iso2.any():
        _put(out, rest_idx[iso2], _parse_iso(r[iso2], out.forms))
    if serial.any():
        _put_serials(out, rest_idx[serial], pd.to_numeric(r[serial], errors="coerce"))
    if dmy.any():
        _put(out, rest_idx[dmy], _parse_dmy(r[dmy], out.forms))


def _parse_iso(s: pd.Series, forms: set[str]) -> pd.Series:
    """ISO dates and timestamps; with a zone (Z, +00, +07:00) converted to Bangkok time; BE years accepted."""
    long = s.str.len().gt(12).to_numpy(dtype=bool, na_value=False)       # a time part is present
    has_tz = np.zeros(len(s), dtype=bool)
    if long.any():
        tail = s[long].str.slice(-6)
        has_tz[long] = tail.str.contains(_TZ_TAIL, regex=True).to_numpy(dtype=bool, na_value=False)
    if has_tz.all():
        forms.add("iso_tz")
        aware = pd.to_datetime(s, format="ISO8601", utc=True, errors="coerce")
        result = (aware.dt.tz_localize(None) + BANGKOK).astype("datetime64[us]")
    else:
        result = pd.Series(np.full(len(s), np.datetime64("NaT"), dtype="datetime64[us]"), index=s.index)
        if has_tz.any():
            forms.add("iso_tz")
            aware = pd.to_datetime(s[has_tz], format="ISO8601", utc=True, errors="coerce")
            result[has_tz] = (aware.dt.tz_localize(None) + BANGKOK).astype("datetime64[us]")
        forms.add("iso")
        result[~has_tz] = pd.to_datetime(s[~has_tz], format="ISO8601", errors="coerce").astype("datetime64[us]")
    be = (result.dt.year >= 2400).to_numpy(dtype=bool, na_value=False)
    if be.any():
        forms.add("iso_be")
        result = result.copy()
        result[be] = _shift_years(result[be], -BE_OFFSET)
    failed = result.isna().to_numpy()
    if failed.any():            # e.g. 2567-02-29: a leap day in BE 2567 (CE 2024) but not in the year 2567
        redo = s[failed]
        be_text = redo.str.match(r"2[4-9]\d\d-").to_numpy(dtype=bool, na_value=False)
        if be_text.any():
            redo = redo[be_text]
            fixed = (redo.str.slice(0, 4).astype("int64") - BE_OFFSET).astype("str") + redo.str.slice(4)
            forms.add("iso_be")
            result = result.copy()
            result[redo.index] = _parse_iso(fixed, forms).to_numpy()
    return result


def _parse_dmy(s: pd.Series, forms: set[str]) -> pd.Series:
    """Day-month-year text: 15/03/2567, 15-03-67, 15 มี.ค. 67, 15 มีนาคม พ.ศ. 2567 10:30 น., 15 Mar 2024."""
    t = s.str.casefold()
    named = t.str.contains("[ก-๛a-z]", regex=True).fillna(False).to_numpy(dtype=bool)
    if named.any():
        t = t.copy()
        sub = t[named].str.replace(_NOISE, " ", regex=True)
        for pattern, month in _MONTH_PATTERNS:
            sub = sub.str.replace(pattern, f" {month} ", regex=True)
        t[named] = sub
        if (sub.str.match(_DMY).fillna(False)).any():
            forms.add("thai_month")
    parts = t.str.extract(_DMY)
    year = pd.to_numeric(parts["year"], errors="coerce")
    two = parts["year"].str.len().eq(2).fillna(False).to_numpy(dtype=bool)
    y = year.to_numpy(dtype=float).copy()
    be2 = two & (y >= 40)
    ce2 = two & (y < 40)
    y[be2] += 2500 - BE_OFFSET
    y[ce2] += 2000
    be4 = ~two & (y >= 2400)
    y[be4] -= BE_OFFSET
    if be2.any():
        forms.add("be2")
    if ce2.any():
        forms.add("ce2")
    if be4.any():
        forms.add("dmy_be")
    if (~two & (y < 2400) & ~np.isnan(y)).any():
        forms.add("dmy_ce")
    y[~two & ~np.isnan(y) & ((y < 1900) | (y > 2200))] = np.nan
    frame = pd.DataFrame({"year": y, "month": pd.to_numeric(parts["month"], errors="coerce").to_numpy(),
                          "day": pd.to_numeric(parts["day"], errors="coerce").to_numpy()})
    for unit in ("hour", "minute", "second"):
        frame[unit] = pd.to_numeric(parts[unit], errors="coerce").fillna(0).to_numpy()
    return pd.to_datetime(frame, errors="coerce").astype("datetime64[us]")


def fiscal_years(dates: pd.Series) -> pd.Series:
    """The Thai fiscal year (BE, Oct–Sep) of each date, as Int64 (NA for NaT): 1 Oct 2023 → 2567."""
    return fiscal_year(dates.dt.year.astype("Int64"), dates.dt.month.astype("Int64"))


def fiscal_year_start(fy_be: int) -> pd.Timestamp:
    """1 October of the CE year before: FY2567 starts 2023-10-01."""
    return pd.Timestamp(year=calendar_year(fy_be, FISCAL_YEAR_START_MONTH), month=FISCAL_YEAR_START_MONTH, day=1)


def fiscal_month_index(dates: pd.Series) -> pd.Series:
    """Position of each date's month within the fiscal year: October 1 … September 12 (Int64)."""
    return ((dates.dt.month.astype("Int64") - FISCAL_YEAR_START_MONTH) % 12) + 1


def date_window() -> tuple[np.datetime64, np.datetime64]:
    """[first day, day after the last) of the dates accepted: ITA_DATE_WINDOW_BE as calendar days."""
    first_be, last_be = settings.date_window_be()
    return (np.datetime64(f"{first_be - 543:04d}-01-01", "us"), np.datetime64(f"{last_be - 543 + 1:04d}-01-01", "us"))


def outside_window(days: np.ndarray) -> np.ndarray:
    """Mask of the dates (datetime64) that are known but outside the window of date_window(); NaT is not outside."""
    lo, hi = date_window()
    return ~np.isnat(days) & ((days < lo) | (days >= hi))

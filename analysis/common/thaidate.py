"""Thai dates: Buddhist-era years, Thai month names, and the Thai fiscal year (October–September)."""
from __future__ import annotations

from datetime import date, datetime

BE_OFFSET = 543
MONTHS_TH = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
             "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
MONTHS_TH_ABBR = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.")
MONTHS_EN_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def month_abbr(month: int, lang: str = "th") -> str:
    """The short name of a calendar month (1–12): 'ต.ค.' in Thai, 'Oct' in English."""
    return (MONTHS_TH_ABBR if lang == "th" else MONTHS_EN_ABBR)[month - 1]


def thai_date(value: date) -> str:
    """'5 มี.ค. 2568': day, Thai short month and BE year of a date."""
    return f"{value.day} {MONTHS_TH_ABBR[value.month - 1]} {value.year + BE_OFFSET}"


FISCAL_YEAR_START_MONTH = 10          # the Thai fiscal year runs October–September


def fiscal_year(ce_year, month):
    """The one fiscal-year rule: the Thai fiscal year (BE) of a CE year and month; 1 Oct 2023 is in FY2567.

    Works on plain ints and element-wise on numpy arrays or pandas Series (the result is then integer-typed).
    """
    late = month >= FISCAL_YEAR_START_MONTH
    return ce_year + BE_OFFSET + (late.astype(ce_year.dtype) if hasattr(late, "astype") else int(late))


def current_fiscal_year(today: date | None = None) -> int:
    """The Thai fiscal year (BE) of today (or of the given day): FY2570 runs 1 Oct 2026 – 30 Sep 2027."""
    today = today or date.today()
    return fiscal_year(today.year, today.month)


def calendar_year(fiscal_year_be, month):
    """The inverse of fiscal_year: the CE year of a month of a fiscal year (October of FY2567 is 2023)."""
    late = month >= FISCAL_YEAR_START_MONTH
    return fiscal_year_be - BE_OFFSET - (late.astype(int) if hasattr(late, "astype") else int(late))


def format_datetime(dt: datetime, lang: str = "th", with_time: bool = True) -> str:
    """'25 พ.ย. 2569 21:40' in Thai (BE year, local time), '25 Nov 2026 21:40' in English."""
    local = dt.astimezone() if dt.tzinfo else dt
    if lang == "th":
        text = f"{local.day} {MONTHS_TH_ABBR[local.month - 1]} {local.year + BE_OFFSET}"
    else:
        text = f"{local.day} {MONTHS_EN_ABBR[local.month - 1]} {local.year}"
    return text + (local.strftime(" %H:%M") if with_time else "")

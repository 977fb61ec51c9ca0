"""Complaint files (.xlsx/.csv; records or yearly/monthly counts; Traffy Fondue exports) → scrubbed tidy frames + report."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.common import settings
from analysis.common.normalise import cell_text, norm_header
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.thaidate import fiscal_year
from analysis.complaints import counts as complaint_counts
from analysis.complaints import pdpa, roles
from analysis.complaints.dates import ParsedDates, outside_window, parse_dates
from analysis.files.guards import guard
from analysis.files.readers import read_sheets, sniff_delimiter

RECORD_COLUMNS = ["received", "closed", "fiscal_year", "status", "category", "group", "bribery", "channel", "unit",
                  "comment"]
HEAD_BYTES = 1 << 20      # the first megabyte: encoding, separator, header row and the sample rows
MB = 1024 * 1024
HEAD_ROWS = 20            # the header row is looked for in the first rows
SAMPLE_ROWS = 1000        # rows of a CSV read to judge columns that are not loaded
_DATE_FORMS = {
    "dmy_be": ("วันที่แบบ วัน/เดือน/ปี พ.ศ. แปลงเป็น ค.ศ. (ลบ 543)", "dd/mm/yyyy dates in BE converted to CE (−543)"),
    "be2": ("ปี พ.ศ. สองหลัก (เช่น 67) อ่านเป็น 2567", "two-digit BE years (e.g. 67) read as 2567"),
    "ce2": ("ปีสองหลัก 00–39 อ่านเป็น ค.ศ. 2000–2039", "two-digit years 00–39 read as CE 2000–2039"),
    "thai_month": ("ชื่อเดือนภาษาไทย/อังกฤษ (เต็มหรือย่อ) อ่านเป็นเดือน", "Thai/English month names read as months"),
    "excel_serial": ("ตัวเลขวันที่แบบ Excel (serial) แปลงเป็นวันที่", "Excel serial day numbers converted to dates"),
    "iso_tz": ("เวลาที่มีเขตเวลา (เช่น UTC) แปลงเป็นเวลาไทย (UTC+7)", "timestamps with a zone converted to Thai time (UTC+7)"),
    "be_datetime": ("วันที่ในปี พ.ศ. ที่เก็บเป็นวันที่ของ Excel แปลงเป็น ค.ศ.", "Excel dates typed with a BE year converted to CE"),
    "iso_be": ("วันที่แบบ ISO ที่ใช้ปี พ.ศ. แปลงเป็น ค.ศ.", "ISO dates with a BE year converted to CE"),
}


@dataclass
class ComplaintsResult:
    """Scrubbed complaint data: records (one row per complaint) and/or aggregates, the report, what was removed."""
    records: pd.DataFrame
    aggregates: pd.DataFrame
    report: IngestReport
    removed: list[pdpa.Removed] = field(default_factory=list)

    @property
    def removed_columns(self) -> list[str]:
        """The personal-data columns that were dropped (unused columns are not listed here)."""
        return [r.column for r in self.removed if r.reason != "unused"]


def empty_records() -> pd.DataFrame:
    """A records frame with no rows and the record dtypes."""
    return pd.DataFrame({"received": pd.Series(dtype="datetime64[us]"), "closed": pd.Series(dtype="datetime64[us]"),
                         "fiscal_year": pd.Series(dtype="int64"), **{c: pd.Series(dtype="str") for c in
                         ("status", "category", "group")}, "bribery": pd.Series(dtype="bool"),
                         **{c: pd.Series(dtype="str") for c in ("channel", "unit", "comment")}})


def empty_aggregates() -> pd.DataFrame:
    """An aggregates frame with no rows: fiscal_year, month (Int64, calendar month or NA), group, counts (Int64)."""
    return pd.DataFrame({"fiscal_year": pd.Series(dtype="int64"), "month": pd.Series(dtype="Int64"),
                         "group": pd.Series(dtype="str"),
                         **{c: pd.Series(dtype="Int64") for c in ("received", "finished", "in_progress")}})


def ingest_path(path, keep_text: bool = False) -> ComplaintsResult:
    """ingest_bytes of a file on disk; a CSV within the size cap is read by pandas from the file itself."""
    path = Path(path)
    size = path.stat().st_size
    if 0 < size <= settings.get_int("ITA_MAX_UPLOAD_MB") * MB:
        with path.open("rb") as fh:
            head = fh.read(HEAD_BYTES)
        report = IngestReport(file=path.name, kind="complaints")
        if guard(head, path.name, report) == "csv":      # text guards look at the head only
            frame, header_row, sample = _read_csv(path, head, size, path.name, report, keep_text)
            return _build(frame, sample, header_row, keep_text, report)
    return ingest_bytes(path.read_bytes(), path.name, keep_text=keep_text)


def ingest_bytes(data: bytes, file_name: str, keep_text: bool = False) -> ComplaintsResult:
    """Read, map, scrub and normalise a complaint file; raises IngestError when nothing usable is found.

    keep_text keeps the first free-text column (comments) as `comment`, with IDs, phones, e-mails and
    titled names masked; otherwise free text is dropped like every other personal-data column."""
    report = IngestReport(file=file_name, kind="complaints")
    kind = guard(data, file_name, report)
    if kind == "csv":
        frame, header_row, sample = _read_csv(data, data[:HEAD_BYTES], len(data), file_name, report, keep_text)
    else:
        report = IngestReport(file=file_name, kind="complaints")
        frame, header_row = _read_workbook(read_sheets(data, file_name, report), report)
        sample = frame
    return _build(frame, sample, header_row, keep_text, report)


# ---------------------------------------------------------------- reading

def _header_index(rows: list[list], report: IngestReport, sheet: str | None) -> int:
    best, best_hits = -1, 1
    for i, row in enumerate(rows[:HEAD_ROWS]):
        hits = sum(roles.known_header(c) or pdpa.header_reason(c) is not None for c in row)
        if hits > best_hits:
            best, best_hits = i, hits
    if best < 0:
        _refuse(report, "complaints_no_header", "ไม่พบแถวหัวตารางของเรื่องร้องเรียน",
                "no complaint header row was found",
                "ใส่หัวคอลัมน์ในแถวแรก เช่น วันที่รับเรื่อง, สถานะ, ประเภทเรื่อง, ช่องทาง, หน่วยงาน "
                "หรือสรุปรายปี: ปีงบประมาณ, จำนวนเรื่องที่ได้รับ, ดำเนินการแล้วเสร็จ, อยู่ระหว่างดำเนินการ",
                "put headers in the first row, e.g. received date, status, category, channel, unit — or, for yearly "
                "counts: fiscal year, received, finished, in progress", sheet=sheet)
    return best


def _headers(cells: list) -> list[str]:
    out, seen = [], {}
    for i, c in enumerate(cells):
        name = cell_text(c).strip() or f"คอลัมน์ {i + 1}"
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _read_workbook(sheets: dict[str, pd.DataFrame], report: IngestReport) -> tuple[pd.DataFrame, int]:
    scored = []
    for name, grid in sheets.items():
        head = grid.head(HEAD_ROWS).values.tolist()
        hits = max((sum(roles.known_header(c) for c in row) for row in head), default=0)
        scored.append((hits, name))
    hits, name = max(scored, key=lambda x: x[0])
    grid = sheets[name]
    idx = _header_index(grid.head(HEAD_ROWS).values.tolist(), report, name)
    if len(sheets) > 1:
        others = ", ".join(n for n in sheets if n != name)
        report.assume(f"อ่านชีต {name} (ข้าม: {others})", f"read sheet {name} (skipped: {others})")
    report.sheets = [name]
    frame = grid.iloc[idx + 1:].reset_index(drop=True)
    frame.columns = _headers(grid.iloc[idx].tolist())
    frame = frame.loc[frame.notna().any(axis=1)]
    frame.attrs["sheet"] = name
    frame.attrs["rows"] = (frame.index + idx + 2).to_numpy()
    return frame.reset_index(drop=True), idx + 1


def _encoding(head: bytes, size: int, report: IngestReport) -> str:
    """UTF-16 by BOM, else UTF-8 when the first megabyte decodes, else Thai Windows cp874 (re-checked on read)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc, label = "utf-16", "UTF-16"
    else:
        try:
            head.decode("utf-8")
            enc, label = "utf-8", "UTF-8"
        except UnicodeDecodeError as exc:
            utf8 = exc.start >= len(head) - 3 and len(head) < size     # a character cut at the end
            enc, label = ("utf-8", "UTF-8") if utf8 else ("cp874", "TIS-620/cp874")
    report.assume(f"การเข้ารหัสตัวอักษรของ CSV: {label}", f"CSV text encoding: {label}")
    return enc


def _read_csv(source, head_bytes: bytes, size: int, file_name: str, report: IngestReport,
              keep_text: bool) -> tuple[pd.DataFrame, int, pd.DataFrame]:
    """Only the needed columns of a CSV (bytes or a path) with pandas.read_csv; the others are judged from the
    first rows (head_bytes, the file's first HEAD_BYTES)."""
    enc = _encoding(head_bytes, size, report)
    head = head_bytes.decode(enc, "ignore")
    if len(head_bytes) < size:
        head = head[: head.rfind("\n") + 1] or head
    delimiter, rest = sniff_delimiter(head, Path(file_name).suffix.lower())
    skip = 1 if rest is not head else 0
    rows = list(csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter))
    idx = _header_index(rows, report, None)
    headers = _headers(rows[idx])
    width = len(headers)                  # ragged rows: short ones padded, cells past the header not used
    sample = pd.DataFrame([(r + [None] * (width - len(r)))[:width] for r in rows[idx + 1: idx + 1 + SAMPLE_ROWS]],
                          columns=headers, dtype=object) if len(rows) > idx + 1 else pd.DataFrame(columns=headers)
    wanted = _wanted_positions(headers, sample, keep_text)
    report.assume(f"อ่านไฟล์เป็น CSV ตัวคั่น {delimiter!r} หัวตารางแถวที่ {idx + 1 + skip}",
                  f"read as CSV with {delimiter!r} as separator, header in row {idx + 1 + skip}")
    read = lambda encoding: pd.read_csv(  # noqa: E731  types inferred: dtype="str" is 5× slower on big files
        io.BytesIO(source) if isinstance(source, bytes) else source, sep=delimiter, skiprows=idx + skip, header=0,
        usecols=wanted, encoding=encoding, skip_blank_lines=True, on_bad_lines="skip")
    try:
        try:
            frame = read(enc)
        except UnicodeDecodeError:
            if enc == "cp874":
                raise
            report.assume("อ่านเป็น TIS-620/cp874 แทน UTF-8", "read as TIS-620/cp874 instead of UTF-8")
            frame = read("cp874")
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        _refuse(report, "complaints_csv_unreadable", f"อ่าน CSV ไม่ได้ ({str(exc)[:150]})",
                f"the CSV could not be read ({str(exc)[:150]})",
                "เปิดใน Excel แล้วบันทึกเป็น CSV UTF-8 หรือ .xlsx ใหม่", "open it in Excel and save as CSV UTF-8 or .xlsx")
    frame.columns = [headers[i] for i in wanted]        # usecols keeps the file's order; wanted is sorted
    frame.attrs["rows"] = None
    frame.attrs["first_row"] = idx + 2 + skip
    report.sheets = [Path(file_name).stem or "data"]
    return frame, idx + 1 + skip, sample


def _wanted_positions(headers: list[str], sample: pd.DataFrame, keep_text: bool) -> list[int]:
    """Positions of columns a role needs (records or aggregates) and that are not personal by header or content."""
    mapped = set(roles.map_roles(headers, roles.RECORD_ROLES).values())
    mapped |= set(roles.map_roles(headers, roles.AGGREGATE_ROLES).values())
    sample.attrs["personal"] = pdpa.personal_columns(sample, headers)       # reused by _build
    personal = {r.column for r in sample.attrs["personal"]}
    keep = {i for i in mapped if headers[i] not in personal}
    texts = [i for i, h in enumerate(headers) if pdpa.header_reason(h) == "free_text"]
    return sorted(keep | set(texts[:1] if keep_text else []))


# ---------------------------------------------------------------- building

def _build(frame: pd.DataFrame, sample: pd.DataFrame, header_row: int, keep_text: bool,
           report: IngestReport) -> ComplaintsResult:
    headers = list(sample.columns)
    record_map = roles.map_roles(headers, roles.RECORD_ROLES)
    is_records = "received" in record_map
    role_map = record_map if is_records else roles.map_roles(headers, roles.AGGREGATE_ROLES)
    found = sample.attrs.get("personal")
    personal = {r.column: r for r in (found if found is not None else pdpa.personal_columns(sample, headers))}
    for role, pos in list(role_map.items()):
        if headers[pos] in personal:
            del role_map[role]
    used = {headers[pos] for pos in role_map.values()}
    text_cols = [h for h in headers if personal.get(h) and personal[h].reason == "free_text"]
    kept_text = text_cols[0] if keep_text and text_cols else None
    removed = [personal[h] for h in headers if h in personal and h != kept_text]
    removed += [pdpa.Removed(h, "unused", "") for h in headers if h not in used and h not in personal]
    _note_mapping(report, role_map, headers, removed, kept_text)
    if is_records:
        records = _records(frame, {r: headers[p] for r, p in role_map.items()}, kept_text, header_row, report)
        result = ComplaintsResult(records, empty_aggregates(), report, removed)
    elif {"n_received"} <= role_map.keys() and ({"fiscal_year", "month"} & role_map.keys()):
        aggregates = complaint_counts.aggregates(frame, {r: headers[p] for r, p in role_map.items()}, report)
        result = ComplaintsResult(empty_records(), aggregates, report, removed)
    else:
        _refuse(report, "complaints_no_columns", "ไม่พบคอลัมน์วันที่รับเรื่อง หรือคอลัมน์ปีงบประมาณกับจำนวนเรื่อง",
                "neither a received-date column nor fiscal-year and count columns were found",
                "ตั้งชื่อคอลัมน์วันที่ว่า “วันที่รับเรื่อง” (หรือ received date / timestamp) หรือใช้ตารางสรุปที่มี "
                "“ปีงบประมาณ” และ “จำนวนเรื่องที่ได้รับ”",
                "name the date column “วันที่รับเรื่อง” (or received date / timestamp), or give a summary with "
                "“fiscal year” and “received” columns", sheet=report.sheets[0] if report.sheets else None)
    report.layout = "complaint_records" if is_records else "complaint_counts"
    return result


def _note_mapping(report, role_map, headers, removed, kept_text) -> None:
    mapping = ", ".join(f"{headers[p]} → {r}" for r, p in role_map.items())
    report.assume(f"คอลัมน์ที่ใช้: {mapping}", f"columns used: {mapping}")
    personal = [r for r in removed if r.reason != "unused"]
    if personal:
        report.add(Problem("info", "pdpa_removed",
                           "ลบคอลัมน์ข้อมูลส่วนบุคคลก่อนบันทึกหรือแสดงผล: " + "; ".join(r.text("th") for r in personal),
                           "personal-data columns removed before anything is stored or shown: "
                           + "; ".join(r.text("en") for r in personal),
                           "ไม่ต้องแก้ไข — ระบบไม่เก็บข้อมูลเหล่านี้ (พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล)",
                           "nothing to do — these values are never kept (Thailand's PDPA)", file=report.file))
    unused = [r.column for r in removed if r.reason == "unused"]
    if unused:
        report.assume("คอลัมน์ที่ไม่ได้ใช้ (ไม่บันทึก): " + ", ".join(unused),
                      "columns not used (not stored): " + ", ".join(unused))
    if kept_text:
        report.assume(f"เก็บข้อความในคอลัมน์ {kept_text} โดยปิดบังเลขประชาชน โทรศัพท์ อีเมล และชื่อ",
                      f"kept the text of {kept_text} with IDs, phones, e-mails and names masked")


def _records(frame: pd.DataFrame, cols: dict[str, str], kept_text: str | None, header_row: int,
             report: IngestReport) -> pd.DataFrame:
    n = len(frame)
    report.rows_read = n
    received = parse_dates(frame[cols["received"]])
    forms = set(received.forms)
    if "status" in cols:
        status, unknown = roles.statuses(frame[cols["status"]])
        if unknown:
            shown = ", ".join(pdpa.mask_text(pd.Series(unknown[:5])).tolist())
            report.add(Problem("warning", "complaints_status_unknown", f"ไม่รู้จักสถานะ: {shown} — นับเป็นอยู่ระหว่างดำเนินการ",
                               f"unknown status values: {shown} — counted as in progress",
                               "ใช้คำว่า เสร็จสิ้น / อยู่ระหว่างดำเนินการ / รอรับเรื่อง",
                               "use เสร็จสิ้น / อยู่ระหว่างดำเนินการ / รอรับเรื่อง (finished / in progress / waiting)",
                               file=report.file, column=cols["status"]))
        status = status.reset_index(drop=True)
        finished = (status == roles.FINISHED).to_numpy()
        closed = _closed(frame, cols, finished)             # a closed date counts only when finished
    else:
        closed = _closed(frame, cols, np.ones(n, dtype=bool))
        has_closed = ~np.isnat(closed.dates.to_numpy()) if closed is not None else np.zeros(n, dtype=bool)
        status = pd.Series(pd.Categorical(np.where(has_closed, roles.FINISHED, roles.IN_PROGRESS)))
        report.assume("ไม่มีคอลัมน์สถานะ: เรื่องที่มีวันที่เสร็จสิ้นนับว่าเสร็จแล้ว",
                      "no status column: complaints with a closed date count as finished")
    if closed is not None:
        forms |= closed.forms
    for form in sorted(forms & _DATE_FORMS.keys()):
        report.assume(*_DATE_FORMS[form])
    closed_dates = (closed.dates if closed is not None
                    else pd.Series(np.full(n, np.datetime64("NaT"), "datetime64[us]")))
    cats = (roles.categories(frame[cols["category"]].reset_index(drop=True)) if "category" in cols else
            pd.DataFrame({"category": roles.UNKNOWN, "group": "general", "bribery": False}, index=range(n)))
    out = pd.DataFrame({
        "received": received.dates.reset_index(drop=True), "closed": closed_dates,
        "status": status, "category": pdpa.mask_text(cats["category"]), "group": cats["group"],
        "bribery": cats["bribery"].to_numpy(dtype=bool),
        "channel": _text(frame, cols.get("channel"), n, "Traffy Fondue" if _is_traffy(cols) else roles.UNKNOWN),
        "unit": _text(frame, cols.get("unit"), n, roles.UNKNOWN, first=True),
        "comment": (pdpa.mask_text(frame[kept_text].reset_index(drop=True)) if kept_text
                    else pd.Series(pd.Categorical.from_codes(np.full(n, -1, dtype="int8"),
                                                             categories=pd.Index([], dtype="str")))),
    })
    outside = outside_window(received.dates.to_numpy())
    first_be, last_be = settings.date_window_be()
    _report_rows(report, frame, outside, header_row, cols["received"], "complaints_date_outside",
                 (f"วันที่รับเรื่องอยู่นอกช่วง พ.ศ. {first_be}–{last_be} จึงไม่นับแถวนี้",
                  f"the received date is outside BE {first_be}–{last_be} (CE {first_be - 543}–{last_be - 543}); "
                  "the row is not counted"),
                 ("แก้ปีของวันที่ (เช่น 2567 หรือ 2024)", "correct the year of the date (e.g. 2567 or 2024)"))
    bad = received.bad | np.isnat(received.dates.to_numpy()) | outside
    _report_rows(report, frame, bad & received.bad, header_row, cols["received"], "complaints_bad_date",
                 ("อ่านวันที่รับเรื่องไม่ได้ จึงไม่นับแถวนี้", "the received date cannot be read; the row is not counted"),
                 ("ใช้รูปแบบ วว/ดด/ปปปป (พ.ศ. หรือ ค.ศ.) หรือ 15 มี.ค. 2567", "use dd/mm/yyyy (BE or CE) or 15 มี.ค. 2567"))
    blank = bad & ~received.bad & ~outside
    if blank.any():
        report.add(Problem("warning", "complaints_no_date", f"{int(blank.sum()):,} แถวไม่มีวันที่รับเรื่อง จึงไม่นับ",
                           f"{int(blank.sum()):,} rows have no received date and are not counted",
                           "กรอกวันที่รับเรื่องให้ครบ", "fill in the received date", file=report.file,
                           column=cols["received"]))
    if closed is not None:
        late_out = outside_window(closed_dates.to_numpy()) & ~bad
        _report_rows(report, frame, late_out, header_row, cols["closed"], "complaints_closed_outside",
                     (f"วันที่เสร็จสิ้นอยู่นอกช่วง พ.ศ. {first_be}–{last_be} จึงไม่ใช้คำนวณระยะเวลา",
                      f"the closed date is outside BE {first_be}–{last_be}; not used for durations"),
                     ("แก้ปีของวันที่เสร็จสิ้น", "correct the year of the closed date"))
        out.loc[late_out, "closed"] = pd.NaT
        early = (out["closed"].to_numpy() < out["received"].dt.normalize().to_numpy()) & ~bad
        _report_rows(report, frame, early, header_row, cols["closed"], "complaints_closed_before",
                     ("วันที่เสร็จสิ้นก่อนวันที่รับเรื่อง จึงไม่ใช้คำนวณระยะเวลา",
                      "the closed date is before the received date; not used for durations"),
                     ("ตรวจวันที่ทั้งสองคอลัมน์", "check both dates"))
        out.loc[early, "closed"] = pd.NaT
    if bad.any():
        out = out.loc[~bad].reset_index(drop=True)
    rec = out["received"]
    out.insert(2, "fiscal_year", fiscal_year(rec.dt.year.to_numpy(dtype="int64"), rec.dt.month.to_numpy()))
    report.rows_kept = len(out)
    if out.empty:
        _refuse(report, "complaints_no_rows", "ไม่มีแถวที่อ่านวันที่รับเรื่องได้", "no row has a readable received date",
                "ตรวจคอลัมน์วันที่รับเรื่อง", "check the received-date column", column=cols["received"])
    return out[RECORD_COLUMNS]


def _closed(frame: pd.DataFrame, cols: dict[str, str], rows: np.ndarray):
    """ParsedDates of the closed-date column for the given rows (NaT elsewhere), or None without the column."""
    if "closed" not in cols:
        return None
    column = frame[cols["closed"]].reset_index(drop=True)
    if rows.all():
        return parse_dates(column)
    part = parse_dates(column[rows])
    dates = np.full(len(column), np.datetime64("NaT"), dtype="datetime64[us]")
    dates[rows] = part.dates.to_numpy()
    bad = np.zeros(len(column), dtype=bool)
    bad[rows] = part.bad
    return ParsedDates(pd.Series(dates), bad, part.forms)


def _is_traffy(cols: dict[str, str]) -> bool:
    return norm_header(cols.get("received", "")) == "timestamp" and norm_header(cols.get("status", "")) == "state"


def _text(frame, col, n, default, first=False) -> pd.Series:
    """A categorical text column, stripped, blank → default, personal values masked (worked on distinct values)."""
    if col is None:
        return pd.Series(pd.Categorical.from_codes(np.zeros(n, dtype="int8"), categories=pd.Index([default], dtype="str")))
    s = frame[col].reset_index(drop=True)
    if first:
        return pdpa.mask_text(roles.first_item(s))
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    labels = pd.Series(uniques, dtype="str").str.strip().replace("", default).tolist()
    return pdpa.mask_text(roles.categorical(codes, labels, s.index, na_label=default))


def _report_rows(report, frame, mask, header_row, column, code, msg, fix) -> None:
    if not mask.any():
        return
    idx = np.flatnonzero(mask)
    rows = frame.attrs.get("rows")
    numbers = (rows[idx] if rows is not None else idx + frame.attrs.get("first_row", header_row + 1)).tolist()
    shown = ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")
    report.add(Problem("warning", code, f"{msg[0]} ({len(idx):,} แถว: {shown})", f"{msg[1]} ({len(idx):,} rows: {shown})",
                       fix[0], fix[1], file=report.file, sheet=frame.attrs.get("sheet"),
                       row=int(numbers[0]), column=column))


def _refuse(report: IngestReport, code, th, en, fix_th, fix_en, sheet=None, column=None):
    report.add(Problem("error", code, th, en, fix_th, fix_en, file=report.file, sheet=sheet, column=column))
    raise IngestError(report)

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
from analysis.common.text import msg, seq, t
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
_DATE_FORMS = {form: f"cmpl.form_{form}" for form in          # the date forms noted in the report when seen
               ("dmy_be", "be2", "ce2", "thai_month", "excel_serial", "iso_tz", "be_datetime", "iso_be")}


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
        _refuse(report, "complaints_no_header", "cmpl.no_header", "cmpl.no_header_fix", sheet=sheet)
    return best


def _headers(cells: list) -> list[str]:
    out, seen = [], {}
    for i, c in enumerate(cells):
        name = cell_text(c).strip() or t("cmpl.column_n", n=i + 1)   # a name in the data, so always Thai
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
        report.assume("cmpl.read_sheet", sheet=name, others=others)
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
    report.assume("cmpl.csv_encoding", encoding=label)
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
    csv.field_size_limit(max(csv.field_size_limit(), len(rest) + 1))    # a huge first cell is still one field
    rows = list(csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter))
    idx = _header_index(rows, report, None)
    headers = _headers(rows[idx])
    width = len(headers)                  # ragged rows: short ones padded, cells past the header not used
    sample = pd.DataFrame([(r + [None] * (width - len(r)))[:width] for r in rows[idx + 1: idx + 1 + SAMPLE_ROWS]],
                          columns=headers, dtype=object) if len(rows) > idx + 1 else pd.DataFrame(columns=headers)
    wanted = _wanted_positions(headers, sample, keep_text)
    report.assume("cmpl.read_csv", delimiter=repr(delimiter), row=idx + 1 + skip)
    read = lambda encoding: pd.read_csv(  # noqa: E731  types inferred: dtype="str" is 5× slower on big files
        io.BytesIO(source) if isinstance(source, bytes) else source, sep=delimiter, skiprows=idx + skip, header=0,
        usecols=wanted, encoding=encoding, skip_blank_lines=True, on_bad_lines="skip")
    try:
        try:
            frame = read(enc)
        except UnicodeDecodeError:
            if enc == "cp874":
                raise
            report.assume("cmpl.read_cp874")
            frame = read("cp874")
    except (ValueError, pd.errors.ParserError, UnicodeDecodeError) as exc:
        _refuse(report, "complaints_csv_unreadable", "cmpl.csv_unreadable", "cmpl.csv_unreadable_fix",
                why=str(exc)[:150])
    frame.columns = [headers[i] for i in wanted]        # usecols keeps the file's order; wanted is sorted
    frame.attrs["rows"] = None
    frame.attrs["first_row"] = idx + 2 + skip
    report.sheets = [Path(file_name).stem or "data"]
    return frame, idx + 1 + skip, sample


MAX_EXAMINED_COLUMNS = 200     # columns a role does not use examined for personal data (they are never stored)


def _examined(headers: list[str], mapped: set[int]) -> list[str]:
    """The columns examined for personal data: every one a role would use, then the first MAX_EXAMINED_COLUMNS
    others (a file of 10,000 columns is judged in bounded time; the rest are not used, so never stored)."""
    others = [h for i, h in enumerate(headers) if i not in mapped][:MAX_EXAMINED_COLUMNS]
    return [headers[i] for i in sorted(mapped)] + others


def _wanted_positions(headers: list[str], sample: pd.DataFrame, keep_text: bool) -> list[int]:
    """Positions of columns a role needs (records or aggregates) and that are not personal by header or content."""
    mapped = set(roles.map_roles(headers, roles.RECORD_ROLES).values())
    mapped |= set(roles.map_roles(headers, roles.AGGREGATE_ROLES).values())
    sample.attrs["personal"] = pdpa.personal_columns(sample, _examined(headers, mapped))   # reused by _build
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
    if found is None:
        mapped = set(record_map.values()) | set(roles.map_roles(headers, roles.AGGREGATE_ROLES).values())
        found = pdpa.personal_columns(sample, _examined(headers, mapped))
    personal = {r.column: r for r in found}
    if len(headers) > MAX_EXAMINED_COLUMNS + len(role_map):
        report.assume("cmpl.columns_not_examined", n=len(headers) - MAX_EXAMINED_COLUMNS, first=MAX_EXAMINED_COLUMNS)
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
        _refuse(report, "complaints_no_columns", "cmpl.no_columns", "cmpl.no_columns_fix",
                sheet=report.sheets[0] if report.sheets else None)
    report.layout = "complaint_records" if is_records else "complaint_counts"
    return result


def _note_mapping(report, role_map, headers, removed, kept_text) -> None:
    mapping = ", ".join(f"{headers[p]} → {r}" for r, p in role_map.items())
    report.assume("cmpl.columns_used", mapping=mapping)
    personal = [r for r in removed if r.reason != "unused"]
    if personal:
        report.add(Problem("info", "pdpa_removed", "cmpl.pdpa_removed", "cmpl.pdpa_removed_fix",
                           {"columns": seq([r.message() for r in personal], "; ")}, file=report.file))
    unused = [r.column for r in removed if r.reason == "unused"]
    if unused:
        report.assume("cmpl.unused_columns", columns=", ".join(unused))
    if kept_text:
        report.assume("cmpl.kept_text", column=kept_text)


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
            report.add(Problem("warning", "complaints_status_unknown", "cmpl.status_unknown", "cmpl.status_unknown_fix",
                               {"values": shown}, file=report.file, column=cols["status"]))
        status = status.reset_index(drop=True)
        finished = (status == roles.FINISHED).to_numpy()
        closed = _closed(frame, cols, finished)             # a closed date counts only when finished
    else:
        closed = _closed(frame, cols, np.ones(n, dtype=bool))
        has_closed = ~np.isnat(closed.dates.to_numpy()) if closed is not None else np.zeros(n, dtype=bool)
        status = pd.Series(pd.Categorical(np.where(has_closed, roles.FINISHED, roles.IN_PROGRESS)))
        report.assume("cmpl.no_status")
    if closed is not None:
        forms |= closed.forms
    for form in sorted(forms & _DATE_FORMS.keys()):
        report.assume(_DATE_FORMS[form])
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
                 msg("cmpl.date_outside", first=first_be, last=last_be, first_ce=first_be - 543,
                     last_ce=last_be - 543), "cmpl.date_outside_fix")
    bad = received.bad | np.isnat(received.dates.to_numpy()) | outside
    _report_rows(report, frame, bad & received.bad, header_row, cols["received"], "complaints_bad_date",
                 "cmpl.bad_date", "cmpl.bad_date_fix")
    blank = bad & ~received.bad & ~outside
    if blank.any():
        report.add(Problem("warning", "complaints_no_date", "cmpl.no_date", "cmpl.no_date_fix", {"n": int(blank.sum())},
                           file=report.file, column=cols["received"]))
    if closed is not None:
        late_out = outside_window(closed_dates.to_numpy()) & ~bad
        _report_rows(report, frame, late_out, header_row, cols["closed"], "complaints_closed_outside",
                     msg("cmpl.closed_outside", first=first_be, last=last_be), "cmpl.closed_outside_fix")
        out.loc[late_out, "closed"] = pd.NaT
        early = (out["closed"].to_numpy() < out["received"].dt.normalize().to_numpy()) & ~bad
        _report_rows(report, frame, early, header_row, cols["closed"], "complaints_closed_before",
                     "cmpl.closed_before", "cmpl.closed_before_fix")
        out.loc[early, "closed"] = pd.NaT
    if bad.any():
        out = out.loc[~bad].reset_index(drop=True)
    rec = out["received"]
    out.insert(2, "fiscal_year", fiscal_year(rec.dt.year.to_numpy(dtype="int64"), rec.dt.month.to_numpy()))
    report.rows_kept = len(out)
    if out.empty:
        _refuse(report, "complaints_no_rows", "cmpl.no_rows", "cmpl.no_rows_fix", column=cols["received"])
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


def _report_rows(report, frame, mask, header_row, column, code, reason: str | dict, fix: str) -> None:
    """One warning listing the rows in mask (the first ten), why (reason: a catalogue code, or msg(code, …) with
    its parameters) and the fix (a catalogue code)."""
    if not mask.any():
        return
    idx = np.flatnonzero(mask)
    rows = frame.attrs.get("rows")
    numbers = (rows[idx] if rows is not None else idx + frame.attrs.get("first_row", header_row + 1)).tolist()
    shown = ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")
    report.add(Problem("warning", code, "cmpl.rows_listed", fix, {"reason": msg(reason) if isinstance(reason, str) else reason, "n": len(idx), "rows": shown},
                       file=report.file, sheet=frame.attrs.get("sheet"), row=int(numbers[0]), column=column))


def _refuse(report: IngestReport, code: str, message: str, fix: str, sheet=None, column=None, **params):
    """Add an error (message and fix: catalogue codes) and raise IngestError."""
    report.add(Problem("error", code, message, fix, params, file=report.file, sheet=sheet, column=column))
    raise IngestError(report)

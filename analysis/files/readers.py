"""Raw reading of uploaded files: every sheet of an .xlsx/.xls/.ods or a .csv as a grid of cells, after the guards."""
from __future__ import annotations

import csv
import io
import logging
import tempfile
import zipfile
import zlib
from collections import Counter
from pathlib import Path
from typing import NoReturn

import numpy as np
import pandas as pd
import python_calamine as calamine

from analysis.common.report import IngestReport, Problem
from analysis.common.text import msg
from analysis.files import bounds, isolate
from analysis.files.guards import LABELS, guard, refuse, refuse_corrupt, refuse_password

log = logging.getLogger(__name__)

_DELIMITERS = {",": "files.delimiter_comma", ";": "files.delimiter_semicolon", "\t": "files.delimiter_tab",
               "|": "files.delimiter_bar"}


def read_sheets(data: bytes, file_name: str, report: IngestReport) -> dict[str, pd.DataFrame]:
    """Every non-empty sheet as a raw grid {sheet name: DataFrame}, in workbook order.

    Grids have header=None, object dtype, positional row/column labels (row 0 is the user's row 1 and
    column 0 is column A) and cells as Python values (str, float, int, date/datetime, None for blank).
    Empty sheets and chart sheets are skipped (noted). frame.attrs["merged"] lists merged ranges as
    ((row0, col0), (row1, col1)), 0-based and inclusive (xlsx/xls only); frame.attrs["hidden"] marks hidden sheets.
    A CSV gives one entry keyed by the file's stem with str/None cells. The guards run first; a refused,
    unreadable or empty file raises IngestError carrying a bilingual Problem. Records the sheets read
    (report.sheets) and the format, encoding and delimiter used (report.assume).
    """
    report.file = report.file or file_name
    kind = guard(data, file_name, report)
    if kind == "csv":
        sheets = _read_csv(data, file_name, report)
    else:
        sheets = _read_workbook(data, kind, report)
    report.sheets.extend(sheets)
    return sheets


def _check_bounds(data: bytes, kind: str, report: IngestReport) -> None:
    """Refuse a workbook one of whose sheets would make the reader allocate too large a grid (bounds.py)."""
    if kind not in ("xlsx", "xlsm"):
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        ranges = bounds.xlsx_ranges(zf)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError, KeyError) as exc:
        refuse_corrupt(report, exc)
    for r in ranges:
        why = bounds.too_large(r)
        if why is None:
            continue
        refuse(report, "sheet_too_large", "files.sheet_too_large", "files.sheet_too_large_fix",
               sheet=r.name, size=f"{r.rows:,} × {r.columns:,}", cap=bounds.max_cells())


def raw_workbook(data: bytes) -> tuple[str, object]:
    """What the workbook reader gives, as plain picklable values (run in the isolated worker).

    ("ok", [(name, is_worksheet, visible, rows | None, merged, error | None, password)]) or
    ("open_failed", error text, password)."""
    try:
        book = calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        metas = list(book.sheets_metadata)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # CalamineError, XmlError, ZipError, and Rust panics (not Exception subclasses)
        return "open_failed", (_why(exc), isinstance(exc, calamine.PasswordError))
    out = []
    for index, meta in enumerate(metas):
        visible = meta.visible == calamine.SheetVisibleEnum.Visible
        if meta.typ != calamine.SheetTypeEnum.WorkSheet:
            out.append((meta.name, False, visible, None, None, None, False))
            continue
        try:
            sheet = book.get_sheet_by_index(index)
            rows = sheet.to_python(skip_empty_area=False)
            merged = [tuple(map(tuple, m)) for m in sheet.merged_cell_ranges or []]
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:
            out.append((meta.name, True, visible, None, None, _why(exc), isinstance(exc, calamine.PasswordError)))
            continue
        out.append((meta.name, True, visible, _by_column(rows), merged, None, False))
    return "ok", out


def _by_column(rows: list[list]) -> list[list] | tuple:
    """A rectangular grid as ("columns", row count, [column, …]) — a column of numbers only as a float array — for
    the trip out of the worker: 17 lists (and arrays) unpickle in a fraction of the time of 40,000 small row lists.
    A ragged or empty grid goes as its rows."""
    width = len(rows[0]) if rows else 0
    if not width or any(len(r) != width for r in rows):
        return rows
    columns: list = []
    for j in range(width):
        column = [r[j] for r in rows]
        columns.append(np.array(column, dtype=np.float64) if all(type(c) is float for c in column) else column)
    return ("columns", len(rows), columns)


def _cells(grid: list[list] | tuple) -> list[list] | np.ndarray:
    """The worker's grid (rows, or _by_column's columns) as rows of cells: an object array for columns."""
    if not isinstance(grid, tuple):             # rows come as a list
        return grid
    _, n, columns = grid
    cells = np.empty((n, len(columns)), dtype=object)
    for j, column in enumerate(columns):
        cells[:, j] = column.astype(object) if isinstance(column, np.ndarray) else column
    return cells


def _why(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _isolated_read(data: bytes, kind: str, report: IngestReport) -> list[tuple]:
    """raw_workbook in the isolated worker while the used ranges are measured here; refusals for each way it fails."""
    job = isolate.Job(raw_workbook, data)
    try:
        _check_bounds(data, kind, report)           # refuses (and the worker is killed) before any result is used
        status, value = job.result()
    except isolate.TimedOut:
        log.warning("reading %s took longer than ITA_PARSE_SECONDS", report.file)
        refuse(report, "file_too_slow", "files.too_slow", "files.too_slow_fix", seconds=job.seconds)
    except isolate.Crashed as exc:
        log.warning("the workbook reader failed on %s: %s", report.file, exc)
        refuse(report, "file_unreadable", "files.reader_stopped", "files.reader_stopped_fix")
    finally:
        job.cancel()
    if status == "open_failed":
        why, password = value
        if password:
            refuse_password(report)
        _explain_failure(data, kind, RuntimeError(why), report)
    return value


def _read_workbook(data: bytes, kind: str, report: IngestReport) -> dict[str, pd.DataFrame]:
    report.assume("files.read_as", kind=LABELS[kind])
    sheets: dict[str, pd.DataFrame] = {}
    hidden, empty, other, broken = [], [], [], []
    for name, is_worksheet, visible, rows, merged, error, password in _isolated_read(data, kind, report):
        if not is_worksheet:
            other.append(name)
            continue
        if password:
            refuse_password(report)
        if error is not None:
            broken.append((name, error))
            continue
        rows = _cells(rows)
        if not _has_value(rows):
            empty.append(name)
            continue
        frame = _grid(rows)
        if merged:
            frame.attrs["merged"] = list(merged)     # [((row0, col0), (row1, col1)), ...], 0-based, inclusive
        if not visible:
            frame.attrs["hidden"] = True
            hidden.append(name)
        sheets[name] = frame
    if hidden:
        report.assume("files.hidden_sheets", names=", ".join(hidden))
    if empty:
        report.assume("files.empty_sheets", names=", ".join(empty))
    if other:
        report.assume("files.other_sheets", names=", ".join(other))
    for name, why in broken:                       # why: the reader's reason, already shortened by _why
        report.add(Problem("warning", "sheet_unreadable", "files.sheet_unreadable", "files.sheet_unreadable_fix",
                           {"why": why}, file=report.file, sheet=name))
    if not sheets:
        if broken:
            refuse_corrupt(report, broken[0][1])
        _refuse_no_data(report)
    return sheets


def _explain_failure(data: bytes, kind: str, exc: BaseException, report: IngestReport) -> NoReturn:
    """Refuse with calamine's specific reason: reading by content only says "Cannot detect file format",
    so retry once from a temporary file named by the detected format (password vs damage)."""
    if not isinstance(exc, calamine.PasswordError):
        with tempfile.NamedTemporaryFile(suffix="." + kind) as tmp:
            tmp.write(data)
            tmp.flush()
            try:
                calamine.CalamineWorkbook.from_path(tmp.name)
            except (KeyboardInterrupt, SystemExit):
                raise
            except BaseException as specific:
                exc = specific
    if isinstance(exc, calamine.PasswordError):
        refuse_password(report)
    refuse_corrupt(report, exc)


def _has_value(rows: list[list]) -> bool:
    """True when some cell holds a value (zeros and False count; "", None and spaces do not); stops at the first."""
    for row in rows:
        for cell in row:
            if cell is None or cell == "" or (isinstance(cell, str) and not cell.strip()):
                continue
            return True
    return False


def _grid(rows: list[list] | np.ndarray) -> pd.DataFrame:
    """Rows of cells -> object DataFrame with "" replaced by None (vectorised; no per-cell Python loop)."""
    if isinstance(rows, np.ndarray) and rows.ndim == 2:
        return _blank_to_none(rows)
    try:
        cells = np.array(rows, dtype=object)
    except ValueError:                            # ragged rows: pad to the widest
        width = max(map(len, rows))
        cells = np.array([list(r) + [None] * (width - len(r)) for r in rows], dtype=object)
    if cells.ndim != 2:
        cells = cells.reshape(len(rows), -1)
    return _blank_to_none(cells)


def _blank_to_none(cells: np.ndarray) -> pd.DataFrame:
    blank = cells == ""
    if blank.any():
        cells[blank] = None
    return pd.DataFrame(cells, dtype=object, copy=False)


def _read_csv(data: bytes, file_name: str, report: IngestReport) -> dict[str, pd.DataFrame]:
    text = _decode(data, report)
    delimiter, text = sniff_delimiter(text, Path(file_name).suffix.lower())
    report.assume("files.csv_delimiter", delimiter=msg(_DELIMITERS[delimiter]))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except (csv.Error, ValueError) as exc:
        refuse_corrupt(report, f"CSV: {exc}")
    while rows and not any(rows[-1]):
        rows.pop()
    if not _has_value(rows):
        _refuse_no_data(report)
    width = max(map(len, rows))
    padded = [row + [""] * (width - len(row)) if len(row) < width else row for row in rows]
    return {Path(file_name).stem or "data": _grid(padded)}


def _decode(data: bytes, report: IngestReport) -> str:
    """The CSV's text: UTF-16 by BOM, else strict UTF-8 (BOM optional), else Thai Windows cp874/TIS-620."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, encoding = data.decode("utf-16", "replace"), "UTF-16"
    else:
        try:
            text = data.decode("utf-8-sig")
            encoding = msg("files.encoding_utf8_bom") if data.startswith(b"\xef\xbb\xbf") else "UTF-8"
        except UnicodeDecodeError:
            try:
                text = data.decode("cp874")
            except UnicodeDecodeError as exc:
                refuse(report, "csv_encoding", "files.csv_encoding_unknown", "files.csv_encoding_unknown_fix",
                       position=exc.start)
            encoding = msg("files.encoding_cp874")
    report.assume("files.csv_encoding", encoding=encoding)
    return text


def sniff_delimiter(text: str, ext: str) -> tuple[str, str]:
    """(delimiter, text) — honours Excel's "sep=;" first line (removed), else the most consistent candidate."""
    first, _, rest = text.partition("\n")
    if first.rstrip("\r").lower().startswith("sep=") and len(first.rstrip("\r")) == 5 and first[4] in _DELIMITERS:
        return first[4], rest
    order = ["\t", ",", ";", "|"] if ext in (".tsv", ".tab") else [",", ";", "\t", "|"]
    lines = [line for line in text[:65536].splitlines()[:100] if line.strip()]
    best, best_score = order[0], (0.0, 0)
    for candidate in order:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=candidate)]
        except csv.Error:
            continue
        multi = [n for n in counts if n > 1]
        if not multi:
            continue
        mode, hits = Counter(multi).most_common(1)[0]
        score = (hits / len(counts), mode)
        if score > best_score:
            best, best_score = candidate, score
    return best, text


def _refuse_no_data(report: IngestReport) -> NoReturn:
    refuse(report, "no_data", "files.no_data", "files.no_data_fix")

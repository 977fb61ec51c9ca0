"""Per-layout frame building for ingest: long rows pivoted to unit-years, layout names, tool scales to 0–100."""
from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.common.text import msg
from analysis.ita import framework
from analysis.ita.ingest._columns import TOOLS, IngestState, drop_rows, is_indicator
from analysis.ita.ingest._validate import check_range, drop_duplicates, field_label


def layout_of(frame: pd.DataFrame) -> str:
    """The layout name of a wide sheet frame: "wide" (indicators), "tools" (IIT/EIT/OIT) or "totals"."""
    if any(is_indicator(c) for c in frame.columns):
        return "wide"
    return "tools" if any(c[:3] in TOOLS for c in frame.columns) else "totals"


def pivot_long(base: dict, keep: np.ndarray, labels: np.ndarray, raw_labels: np.ndarray,
               level_rows: np.ndarray | None, values: dict, sheet: str, st: IngestState) -> pd.DataFrame:
    """Long rows (unit, year, indicator, score) → one row per unit-year; repeated cells checked first.

    Other columns of a long file (a total or level per row) give the first value per unit-year."""
    rows = base["_row"]
    unknown = keep & pd.isna(labels) & (raw_labels != "")
    for text in pd.unique(raw_labels[unknown]):
        where = np.flatnonzero(unknown & (raw_labels == text))
        st.ctx.add("warning", "unknown_indicator",
                   "ingest.unknown_indicators" if len(where) > 1 else "ingest.unknown_indicator",
                   "ingest.unknown_indicator_fix", {"text": text, "n": len(where)}, sheet,
                   int(rows[where[0]]), st.ctx.column(sheet, "indicator_label"))
    drop_rows(keep & (raw_labels == ""), rows, base["unit"], "row_dropped", "ingest.reason_no_indicator", sheet, st)
    score = values.pop("score")
    sel = keep & pd.notna(labels)
    text = level_rows if level_rows is not None else np.full(len(rows), None, dtype=object)
    cells = pd.DataFrame({k: v[sel] for k, v in base.items()}
                         | {"field": labels[sel], "value": score[sel], "text": text[sel], "_sheet": sheet})
    cells = drop_duplicates(cells, ["unit", "fiscal_year", "field"], ["value", "text"], st.ctx,
                            label=lambda r: msg("ingest.unit_year_field", unit=r["unit"], year=r["fiscal_year"],
                                                field=field_label(r["field"])))
    gid, _ = pd.factorize(pd.MultiIndex.from_arrays([cells["unit"].to_numpy(), cells["fiscal_year"].to_numpy()]))
    first = np.unique(gid, return_index=True)[1]
    out = pd.DataFrame({k: cells[k].to_numpy()[first] for k in ("unit", "unit_type", "fiscal_year", "_row")})
    fld = cells["field"].to_numpy()
    for name in pd.unique(fld):
        m = fld == name
        src = cells["text" if name == "level" else "value"].to_numpy()
        v = np.full(len(out), None if name == "level" else np.nan, dtype=object if name == "level" else float)
        r = np.full(len(out), np.nan)
        v[gid[m]] = src[m]
        r[gid[m]] = cells["_row"].to_numpy()[m]
        out[name] = v
        out[f"_r_{name}"] = r
    _row_values(out, base, keep, values)
    return _blank_undetermined(out, gid, cells["_undetermined"].to_numpy(dtype=bool))


def _row_values(out: pd.DataFrame, base: dict, keep: np.ndarray, values: dict) -> None:
    """Per-row columns beside the long ones (a total or level on every row): the first value of each unit-year, in
    place; columns the long cells already gave are left as they are. Found on whole columns (issue 16.3)."""
    if not values:
        return
    target = pd.MultiIndex.from_arrays([out["unit"], out["fiscal_year"]]).get_indexer(
        pd.MultiIndex.from_arrays([base["unit"][keep], base["fiscal_year"][keep]]))     # -1: not a unit-year of out
    for name, arr in values.items():
        if name in out.columns:
            continue
        col = np.full(len(out), None if name == "level" else np.nan, dtype=object if name == "level" else float)
        given = arr[keep]
        rows = np.flatnonzero((target >= 0) & ~pd.isna(given))
        at, first = np.unique(target[rows], return_index=True)         # each unit-year's first row with a value
        col[at] = given[rows[first]]
        out[name] = col


def _blank_undetermined(out: pd.DataFrame, gid: np.ndarray, cell_undetermined: np.ndarray) -> pd.DataFrame:
    """A unit-year with one conflicting cell is undetermined as a whole: all its values blank (issue 10.4)."""
    und = np.zeros(len(out), dtype=bool)
    und[gid[cell_undetermined]] = True
    out["_undetermined"] = und
    if und.any():
        for name in [c for c in out.columns if not c.startswith("_") and c not in ("unit", "unit_type",
                                                                                 "fiscal_year")]:
            col = out[name].to_numpy(copy=True)
            col[und] = np.nan if col.dtype.kind == "f" else None
            out[name] = col
    return out


# ---------------------------------------------------------------- tool scales

def _tool_scale(frame: pd.DataFrame, tool: str, hint: str | None, fw) -> tuple[bool, dict]:
    """(given as weighted points?, why: a catalogue message) for one tool column."""
    weight = fw.tool(tool.upper()).weight
    if hint == "points":
        return True, msg("ingest.why_header_points")
    if hint == "scale100":
        return False, msg("ingest.why_header_100")
    v = frame[tool].to_numpy(dtype=float)
    ok = v[(v >= 0) & (v <= 100)]
    if not len(ok):
        return False, msg("ingest.why_no_values")
    if ok.max() > weight:
        return False, msg("ingest.why_above", weight=weight)
    inds = [f"i{i.number}" for i in fw.indicators_of(tool.upper())]
    if all(c in frame.columns for c in inds):
        w = np.array([fw.indicator(int(c[1:])).weight for c in inds])
        expected = frame[inds].to_numpy(dtype=float) @ w / w.sum()
        sel = ~np.isnan(expected) & ~np.isnan(v)
        if sel.any():
            d100 = np.median(np.abs(v[sel] - expected[sel]))
            dpts = np.median(np.abs(v[sel] - expected[sel] * weight / 100))
            points = bool(dpts < d100)
            return points, msg("ingest.why_match_points" if points else "ingest.why_match_100")
    return True, msg("ingest.why_at_most", weight=weight)


def finish_frame(frame: pd.DataFrame, sheet: str, st: IngestState, hints: dict) -> pd.DataFrame:
    """Tool scales detected and converted to 0–100, scores outside their range dropped, tool parts averaged."""
    years = frame["fiscal_year"].to_numpy()
    fw = framework.for_year(int(np.bincount(years).argmax())) if len(years) else None
    fw = fw or framework.latest()
    limits: dict[str, float] = {}
    points: dict[str, float] = {}
    for tool in TOOLS:
        if tool not in frame.columns:
            continue
        is_points, why = _tool_scale(frame, tool, hints.get(tool), fw)
        where = st.ctx.column(sheet, tool) or tool.upper()
        weight = fw.tool(tool.upper()).weight
        if is_points:
            limits[tool] = points[tool] = weight
            st.report.assume("ingest.tool_points", sheet=sheet, column=where, weight=weight, why=why)
        else:
            st.report.assume("ingest.tool_100", sheet=sheet, column=where, why=why)
    names = [c for c in frame.columns if not c.startswith("_") and frame[c].dtype.kind == "f"]
    check_range(frame, names, limits, sheet, st.ctx)
    for tool, weight in points.items():
        frame[tool] = frame[tool] * (100.0 / weight)
    for tool in TOOLS:
        parts = [c for c in frame.columns if c.startswith(f"{tool}_p")]
        if not parts:
            continue
        if tool in frame.columns:
            st.report.assume("ingest.tool_and_parts", sheet=sheet, tool=tool.upper())
        else:
            frame[tool] = frame[parts].mean(axis=1, skipna=False)
            if f"_r_{parts[0]}" in frame.columns:
                frame[f"_r_{tool}"] = frame[f"_r_{parts[0]}"]
            st.report.assume("ingest.tool_parts_mean", sheet=sheet, tool=tool.upper(), n=len(parts))
        frame = frame.drop(columns=parts + [f"_r_{p}" for p in parts if f"_r_{p}" in frame.columns])
    return frame

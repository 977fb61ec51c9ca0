"""`python -m analysis complaints FILE [--format table|json]`: per-fiscal-year complaint statistics and verdicts."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis.cli.args import EXIT_BAD_INPUT, both, input_file, print_json
from analysis.common.report import IngestError
from analysis.complaints import statistics as complaints

YEAR_KEYS = ["fiscal_year", "received", "finished", "in_progress", "corruption", "general", "within_15_days_share"]


def _plain(value):
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return round(value, 6) if isinstance(value, float) else value


def summary(path: Path) -> tuple[dict, list, list[str]]:
    """(the JSON object {years, yoy, removed_columns}, the comparisons of every year, the report lines)."""
    from analysis.complaints.ingest import ingest_path

    result = ingest_path(path)
    years = complaints.yearly(result.records, result.aggregates)
    rows = [{k: _plain(r[k]) for k in YEAR_KEYS} for r in years[YEAR_KEYS].to_dict("records")]
    comparisons = complaints.year_over_year(years, "received")
    latest = comparisons[-1] if comparisons else None
    yoy = ({"fiscal_year": latest.fiscal_year, "change": _plain(latest.change), "p_value": _plain(latest.p_value),
            "verdict": latest.verdict_text("th")} if latest else
           {"fiscal_year": rows[-1]["fiscal_year"] if rows else None, "change": None, "p_value": None,
            "verdict": complaints.verdict_text("unclear", "th")})
    corruption = complaints.year_over_year(years, "corruption") if years["corruption"].notna().all() else []
    notes = [p.bilingual() for p in result.report.problems if p.severity != "info"]
    return {"years": rows, "yoy": yoy, "removed_columns": result.removed_columns}, \
        [("received", c) for c in comparisons] + [("corruption", c) for c in corruption], notes


def _cmd(args) -> int:
    path = args.file
    try:
        data, comparisons, notes = summary(path)
    except IngestError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in notes:
        print(line, file=sys.stderr)
    if args.format == "json":
        print_json(data)
        return 0
    frame = pd.DataFrame(data["years"], columns=YEAR_KEYS)
    with pd.option_context("display.max_columns", None, "display.width", 200):
        print(frame.to_string(index=False, na_rep="-",
                              formatters={"within_15_days_share": lambda v: "-" if v != v else f"{v:.1%}"}))
    print()
    for what, c in comparisons:
        change = "-" if c.change is None else f"{c.change:+.1%}"
        p = "-" if c.p_value is None else f"{c.p_value:.4f}"
        print(f"{what} FY{c.fiscal_year} vs FY{c.fiscal_year - 1}: {c.count} ({c.exposure} d) vs {c.previous} "
              f"({c.previous_exposure} d), change {change}, p = {p}: {c.verdict_text('th')} / {c.verdict_text('en')}")
    if data["removed_columns"]:
        print(f"\n{both('cli.removed_columns')}: " + ", ".join(data["removed_columns"]))
    return 0


def register(subparsers) -> None:
    """Add the `complaints` subcommand to the CLI's subparsers."""
    p = subparsers.add_parser("complaints", help="complaint statistics per Thai fiscal year, with year-over-year verdicts")
    p.add_argument("file", type=input_file, help=".xlsx, .xls, .ods or .csv complaint records or yearly counts")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd)

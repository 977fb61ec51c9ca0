"""`python -m analysis score FILE [--year Y] [--format table|csv|json]`: every unit-year of a results file scored."""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis.cli.args import EXIT_BAD_INPUT, fiscal_year, input_file, json_value, lines, print_csv, print_json
from analysis.common.report import IngestError

SCORE_COLUMNS = ["unit", "fiscal_year", "iit", "eit", "oit", "total", "level", "level_note", "passed", "gap_to_85"]


def score_rows(path: Path, year: int | None) -> tuple[list[dict], list[str]]:
    """The CLI's score rows (one dict per unit-year, keys SCORE_COLUMNS) and the ingest warnings as lines."""
    from analysis.ita.ingest import ingest_path
    from analysis.ita.scoring import score

    result = ingest_path(path)
    results = score(result.scores, result.published)
    if year is not None:
        results = results[results["fiscal_year"] == year]
    results = results.sort_values(["fiscal_year", "unit"], kind="stable")
    rows = [{k: json_value(r[k]) for k in SCORE_COLUMNS} for r in results[SCORE_COLUMNS].to_dict("records")]
    for r in rows:
        r["passed"] = None if r["passed"] is None else bool(r["passed"])
    notes = [p.bilingual() for p in result.report.problems if p.severity != "info"]
    return rows, notes


def _cmd_score(args) -> int:
    path = args.file
    try:
        rows, notes = score_rows(path, args.year)
    except IngestError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in notes:
        print(line, file=sys.stderr)
    if not rows:
        print(lines("cli.no_results_year", year=args.year, file=path.name) if args.year
              else lines("cli.no_results", file=path.name), file=sys.stderr)
        return 1
    if args.format == "json":
        print_json(rows)
    else:
        frame = pd.DataFrame(rows, columns=SCORE_COLUMNS)
        if args.format == "csv":
            print_csv(frame)
        else:
            with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 250,
                                   "display.max_colwidth", 70):
                print(frame.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    return 0


def register(sub) -> None:
    """Add the `score` subcommand to the parser's subcommands."""
    p = sub.add_parser("score", help="score every unit-year of a results file")
    p.add_argument("file", type=input_file, help=".xlsx, .xls, .ods or .csv results file")
    p.add_argument("--year", type=fiscal_year, help="only this fiscal year (BE, e.g. 2566; CE 2023 is read as 2566)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=_cmd_score)

"""The command line that agencies script against; options and JSON keys are a public interface."""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pandas as pd

from analysis.common.normalise import THAI_DIGITS
from analysis.common.report import IngestError
from analysis.common.text import t

SCORE_COLUMNS = ["unit", "fiscal_year", "iit", "eit", "oit", "total", "level", "level_note", "passed", "gap_to_85"]
EXIT_BAD_INPUT = 2


def both(code: str, sep: str = " / ", /, **params) -> str:
    """A catalogue text in Thai and in English on one line (labels and short errors)."""
    return t(code, "th", **params) + sep + t(code, "en", **params)


def lines(code: str, /, **params) -> str:
    """A catalogue text in Thai, then in English on the next line (how the CLI reports what went wrong)."""
    return t(code, "th", **params) + "\n" + t(code, "en", **params)


def _year(text: str) -> int:
    """A fiscal year typed as BE (2566) or CE (2023 → 2566)."""
    try:
        y = int(text.strip().translate(THAI_DIGITS))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{both('cli.bad_year')}: {text!r}") from None
    return y + 543 if y < 2400 else y


def input_file(text: str) -> Path:
    """argparse type for an input file: the path, or a bilingual error (exit 2) when there is no such file."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(both("cli.file_not_found", path=str(path)))
    return path


def _clean(value):
    """JSON-ready value: NaN/NA -> None, numpy scalars -> Python, floats to 2 dp."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 2)
    return value


def score_rows(path: Path, year: int | None) -> tuple[list[dict], list[str]]:
    """The CLI's score rows (one dict per unit-year, keys SCORE_COLUMNS) and the ingest warnings as lines."""
    from analysis.ita.ingest._pipeline import ingest_path
    from analysis.ita.scoring import score

    result = ingest_path(path)
    results = score(result.scores, result.published)
    if year is not None:
        results = results[results["fiscal_year"] == year]
    results = results.sort_values(["fiscal_year", "unit"], kind="stable")
    rows = [{k: _clean(r[k]) for k in SCORE_COLUMNS} for r in results[SCORE_COLUMNS].to_dict("records")]
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
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        frame = pd.DataFrame(rows, columns=SCORE_COLUMNS)
        if args.format == "csv":
            frame.to_csv(sys.stdout, index=False, float_format="%.2f")
        else:
            with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 250,
                                   "display.max_colwidth", 70):
                print(frame.to_string(index=False, float_format=lambda v: f"{v:.2f}"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="ITA analysis from the command line")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("score", help="score every unit-year of a results file")
    p.add_argument("file", type=input_file, help=".xlsx, .xls, .ods or .csv results file")
    p.add_argument("--year", type=_year, help="only this fiscal year (BE, e.g. 2566; CE 2023 is read as 2566)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.set_defaults(func=_cmd_score)
    __import__("analysis.cli.path", fromlist=["register"]).register(sub)   # path: plan to 85 (issue 3)
    __import__("analysis.cli.plan", fromlist=["register"]).register(sub)
    __import__("analysis.cli.deck", fromlist=["register"]).register(sub)
    __import__("analysis.cli.complaints", fromlist=["register"]).register(sub)   # complaints (issue 5)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 nothing to print, 2 bad input)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:          # usage errors (exit 2, message on stderr) and --help (exit 0)
        return exc.code if isinstance(exc.code, int) else 2
    return args.func(args)

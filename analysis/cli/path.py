"""`python -m analysis path FILE --unit U --year Y [--target …] [--format table|json]`: least-effort plan to a target."""
from __future__ import annotations

import difflib
import sys

from analysis.cli.args import EXIT_BAD_INPUT, both, fiscal_year, input_file, lines, print_json
from analysis.common.report import IngestError
from analysis.common.text import msg

JSON_KEYS = ("feasible", "reason", "changes", "total_after", "tools_after")
TARGET_CHOICES = ("pass", "ผ่านดี", "ผ่านดีเยี่ยม")


def close_units(name: str, units: list[str], n: int = 5) -> list[str]:
    """Up to n unit names that look like `name` (containing it, or similar by difflib), best first."""
    low = name.casefold().strip()
    inside = [u for u in units if low and (low in u.casefold() or u.casefold() in low)]
    similar = difflib.get_close_matches(name, units, n=n, cutoff=0.5)
    return list(dict.fromkeys(inside + similar))[:n]


def plan_json(plan) -> dict:
    """The CLI's JSON object of a Plan: exactly feasible, reason, changes, total_after, tools_after."""
    reason = None if plan.feasible else f"{plan.reason_text('th')} / {plan.reason_text('en')}"
    return {"feasible": bool(plan.feasible), "reason": reason,
            "changes": [{"indicator": int(c["indicator"]), "from": round(c["from"], 2), "to": round(c["to"], 2)}
                        for c in plan.changes],
            "total_after": None if plan.total_after is None else round(plan.total_after, 2),
            "tools_after": None if plan.tools_after is None else {t: round(v, 2) for t, v in plan.tools_after.items()}}


def _bad(code: str, /, **params) -> int:
    print(lines(code, **params), file=sys.stderr)
    return EXIT_BAD_INPUT


def _cmd_path(args) -> int:
    from analysis.common.units import clean_name
    from analysis.ita.framework import for_year
    from analysis.ita.ingest import ingest_path
    from analysis.ita.planner import plan

    path = args.file
    try:
        result = ingest_path(path)
    except IngestError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    for p in result.report.problems:
        if p.severity != "info":
            print(p.bilingual(), file=sys.stderr)
    scores = result.scores
    units = list(dict.fromkeys(list(scores["unit"].astype(str)) + list(result.published["unit"].astype(str))))
    unit = clean_name(args.unit)
    if unit not in units:
        match = [u for u in units if u.casefold() == unit.casefold()]
        if not match:
            close = close_units(unit, units)
            hint = msg("cli.close_names", names=", ".join(close)) if close else msg("cli.check_spelling")
            return _bad("cli.unit_not_found", unit=repr(unit), file=path.name, hint=hint)
        unit = match[0]
    mine = scores[scores["unit"].astype(str) == unit]
    rows = mine[mine["fiscal_year"] == args.year]
    if rows.empty:
        years = sorted(set(mine["fiscal_year"].astype(int)))
        have = msg("cli.have_years", years=", ".join(map(str, years))) if years else msg("cli.have_none")
        return _bad("cli.no_indicator_scores", unit=unit, year=args.year, have=have)
    fw = for_year(args.year)
    if fw is None:
        return _bad("cli.no_framework", year=args.year)
    values = {int(k): float(v) for k, v in zip(rows["indicator"], rows["score"])}
    result_plan = plan(values, fw, args.target)
    out = plan_json(result_plan)
    if args.format == "json":
        print_json(out)
        return 0
    print(f"{both('cli.unit')}: {unit} · {both('cli.fiscal_year')}: {args.year} · {both('cli.target')}: {args.target}")
    if not out["feasible"]:
        print(f"{both('cli.not_reachable')}: {out['reason']}")
    elif not out["changes"]:
        print(both("cli.already_there"))
    else:
        print(f"{both('cli.col_indicator', '/'):>20} {both('cli.col_from', '/'):>10} {both('cli.col_to', '/'):>10}")
        for c in out["changes"]:
            print(f"{c['indicator']:>20} {c['from']:>10.2f} {c['to']:>10.2f}")
        print(f"{both('cli.effort')}: {result_plan.effort:.2f}")
    if out["total_after"] is not None:
        tools = "  ".join(f"{t} {v:.2f}" for t, v in out["tools_after"].items())
        print(f"{both('cli.total_after')}: {out['total_after']:.2f}  ({tools})")
    return 0


def register(subparsers) -> None:
    """Add the `path` subcommand to the CLI."""

    p = subparsers.add_parser("path", help="least-effort plan for a unit to reach 85 or a band")
    p.add_argument("file", type=input_file, help=".xlsx, .xls, .ods or .csv results file with indicator scores")
    p.add_argument("--unit", required=True, help="the unit's name as written in the file")
    p.add_argument("--year", required=True, type=fiscal_year, help="fiscal year (BE, e.g. 2568; CE 2025 is read as 2568)")
    p.add_argument("--target", choices=TARGET_CHOICES, default="pass", help="pass (85), ผ่านดี or ผ่านดีเยี่ยม")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd_path)

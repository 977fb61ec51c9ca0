"""`python -m analysis action-plan FILE`: the measures of an action plan as JSON or a table."""
from __future__ import annotations

import sys
from pathlib import Path

from analysis.cli.args import EXIT_BAD_INPUT, input_file, print_json
from analysis.common.report import IngestError

PLAN_KEYS = ["code", "code_th", "dimension", "mission", "title", "budget_text", "budget_amount", "steps",
             "outputs", "outcomes", "responsible", "linked_indicators"]


def plan_rows(path: Path) -> tuple[list[dict], list[str]]:
    """The CLI rows (one dict per measure, keys PLAN_KEYS; linked_indicators from data/link_rules.toml) and warnings."""
    from analysis.plan.action_plan import import_path
    from analysis.plan.links import load_rules, rule_links

    result = import_path(path)
    rules = load_rules()
    rows = []
    for measure in result.measures:
        data = measure.to_dict()
        data["linked_indicators"] = rule_links(data, rules)[0]
        rows.append({k: data[k] for k in PLAN_KEYS})
    notes = [p.bilingual() for p in result.report.problems if p.severity != "info"]
    return rows, notes


def _cmd(args) -> int:
    path = args.file
    try:
        rows, notes = plan_rows(path)
    except IngestError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    for line in notes:
        print(line, file=sys.stderr)
    if args.format == "json":
        print_json(rows)
    else:
        for r in rows:
            budget = r["budget_text"] or "-"
            print(f"{r['code']:<12} {r['title'][:70]}  | {budget} | {', '.join(r['responsible'])} | "
                  f"{r['linked_indicators']}")
    return 0


def register(subparsers) -> None:
    """Add the action-plan subcommand to the CLI's subparsers; returns None."""
    p = subparsers.add_parser("action-plan", help="list the measures of an action plan (text export, .docx, .xlsx, .csv)")
    p.add_argument("file", type=input_file, help="plan file: text export (.txt), .docx, .xlsx/.xls/.ods or .csv")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd)

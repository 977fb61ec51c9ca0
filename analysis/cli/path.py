"""`python -m analysis path FILE --unit U --year Y [--target …] [--format table|json]`: least-effort plan to a target."""
from __future__ import annotations

import difflib
import json
import sys

from analysis.cli.main import input_file
from analysis.common.report import IngestError

JSON_KEYS = ("feasible", "reason", "changes", "total_after", "tools_after")
TARGET_CHOICES = ("pass", "ผ่านดี", "ผ่านดีเยี่ยม")
EXIT_BAD_INPUT = 2


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


def _bad(th: str, en: str) -> int:
    print(f"{th}\n{en}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _cmd_path(args) -> int:
    from analysis.common.units import clean_name
    from analysis.ita.framework import for_year
    from analysis.ita.ingest._pipeline import ingest_path
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
            th = f"ไม่พบหน่วยงาน {unit!r} ในไฟล์ {path.name}"
            en = f"unit {unit!r} is not in {path.name}"
            if close:
                th += " — ชื่อที่ใกล้เคียง: " + ", ".join(close)
                en += " — close names: " + ", ".join(close)
            else:
                th += " — ตรวจการสะกดชื่อหน่วยงานให้ตรงกับไฟล์"
                en += " — check the spelling against the file"
            return _bad(th, en)
        unit = match[0]
    mine = scores[scores["unit"].astype(str) == unit]
    rows = mine[mine["fiscal_year"] == args.year]
    if rows.empty:
        years = sorted(set(mine["fiscal_year"].astype(int)))
        have_th = (f" (มีคะแนนรายตัวชี้วัดของปี {', '.join(map(str, years))})" if years
                   else " (ไฟล์ไม่มีคะแนนรายตัวชี้วัดของหน่วยงานนี้)")
        have_en = f" (indicator scores exist for FY{', '.join(map(str, years))})" if years else \
            " (the file has no indicator scores for this unit)"
        return _bad(f"ไม่มีคะแนนรายตัวชี้วัดของ {unit} ปีงบประมาณ {args.year}{have_th} — การวางแผนต้องใช้คะแนนรายตัวชี้วัด",
                    f"no indicator scores for {unit} in FY{args.year}{have_en} — the planner needs indicator scores")
    fw = for_year(args.year)
    if fw is None:
        return _bad(f"ไม่มีไฟล์กรอบการประเมินของปีงบประมาณ {args.year} (data/frameworks/fy{args.year}.toml)",
                    f"no framework file for FY{args.year} (data/frameworks/fy{args.year}.toml)")
    values = {int(k): float(v) for k, v in zip(rows["indicator"], rows["score"])}
    result_plan = plan(values, fw, args.target)
    out = plan_json(result_plan)
    if args.format == "json":
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"หน่วยงาน / unit: {unit} · ปีงบประมาณ / FY: {args.year} · เป้าหมาย / target: {args.target}")
    if not out["feasible"]:
        print(f"ไปไม่ถึงเป้าหมาย / target not reachable: {out['reason']}")
    elif not out["changes"]:
        print("ถึงเป้าหมายแล้ว ไม่ต้องปรับ / already meets the target")
    else:
        print(f"{'ตัวชี้วัด/indicator':>20} {'จาก/from':>10} {'เป็น/to':>10}")
        for c in out["changes"]:
            print(f"{c['indicator']:>20} {c['from']:>10.2f} {c['to']:>10.2f}")
        print(f"ความพยายามรวม / effort: {result_plan.effort:.2f}")
    if out["total_after"] is not None:
        tools = "  ".join(f"{t} {v:.2f}" for t, v in out["tools_after"].items())
        print(f"คะแนนรวมหลังปรับ / total after: {out['total_after']:.2f}  ({tools})")
    return 0


def register(subparsers) -> None:
    """Add the `path` subcommand to the CLI."""
    from analysis.cli.main import _year

    p = subparsers.add_parser("path", help="least-effort plan for a unit to reach 85 or a band")
    p.add_argument("file", type=input_file, help=".xlsx, .xls, .ods or .csv results file with indicator scores")
    p.add_argument("--unit", required=True, help="the unit's name as written in the file")
    p.add_argument("--year", required=True, type=_year, help="fiscal year (BE, e.g. 2568; CE 2025 is read as 2568)")
    p.add_argument("--target", choices=TARGET_CHOICES, default="pass", help="pass (85), ผ่านดี or ผ่านดีเยี่ยม")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd_path)

"""`python -m analysis oit FILE --year Y [--family F] [--format table|json]`: the predicted OIT of a readiness
checklist (.xlsx/.csv with columns item, status, url, owner, due, notes) under that year's OIT item list.

JSON: {fiscal_year, indicators: {"9": s, "10": s}, oit, items: [{code, status, counted}], warnings}; exit 0,
2 for an unreadable file or a year without a framework (bilingual message on stderr)."""
from __future__ import annotations

import sys

from analysis.cli.args import EXIT_BAD_INPUT, both, fiscal_year, input_file, lines, print_json
from analysis.common.report import IngestError


def _cmd(args) -> int:
    from analysis.ita import for_year
    from analysis.plan.checklist import predict, read_checklist_bytes, status_word

    fw = for_year(args.year)
    if fw is None or not [i for i in fw.oit_items if i.family == args.family]:
        print(lines("cli.oit_no_list", year=args.year, family=args.family), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        entries, report = read_checklist_bytes(args.file.read_bytes(), args.file.name, fw, args.family)
    except IngestError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    for problem in report.problems:
        if problem.severity != "info":
            print(problem.bilingual(), file=sys.stderr)
    prediction = predict(fw, args.family, entries)
    if args.format == "json":
        print_json(prediction.to_dict("th"))
        return 0
    for item in prediction.items:
        counted = "-" if item.counted is None else ("100" if item.counted else "0")
        print(f"{item.code:<5} {item.indicator:>2}  {counted:>3}  {status_word(item.status, 'th')} / "
              f"{status_word(item.status, 'en')}  {item.name_th}")
    print()
    for number, value in prediction.indicators.items():
        print(f"{both('cli.oit_indicator', n=number)}: {'-' if value is None else f'{value:.2f}'}")
    print(f"OIT: {'-' if prediction.oit is None else f'{prediction.oit:.2f}'}")
    for th, en in zip(prediction.warning_texts("th"), prediction.warning_texts("en"), strict=True):
        print(f"{th} / {en}", file=sys.stderr)
    return 0


def register(subparsers) -> None:
    """Add the `oit` subcommand to the CLI's subparsers."""
    p = subparsers.add_parser("oit", help="the predicted OIT score of a readiness checklist")
    p.add_argument("file", type=input_file, help=".xlsx, .xls, .ods or .csv checklist (item, status, url, owner, due, notes)")
    p.add_argument("--year", type=fiscal_year, required=True, help="fiscal year (BE, e.g. 2570)")
    p.add_argument("--family", default="nacc", help="OIT item list: nacc (default), vec_college or obec_school")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=_cmd)

"""`python -m analysis framework check FILE.toml`: validate a framework file as the app does for the shipped ones.

Exit 0 with a one-line summary for a valid file; 2 with the bilingual message naming the file and the field for
an invalid one (or a file that is not TOML)."""
from __future__ import annotations

import sys

from analysis.cli.args import EXIT_BAD_INPUT, both, input_file
from analysis.common.report import FrameworkError


def _check(args) -> int:
    from analysis.ita.framework import load_file

    try:
        fw = load_file(args.file)
    except FrameworkError as exc:
        print(exc.text("th") + "\n" + exc.text("en"), file=sys.stderr)
        return EXIT_BAD_INPUT
    families = ", ".join(f"{f} {len([i for i in fw.oit_items if i.family == f])}"
                         for f in sorted({i.family for i in fw.oit_items})) or "-"
    print(both("cli.framework_ok", file=args.file.name, year=fw.fiscal_year, grading=fw.grading,
               indicators=len(fw.indicators), items=families, status=fw.status))
    return 0


def register(subparsers) -> None:
    """Add the `framework` subcommand (`framework check FILE`) to the CLI's subparsers."""
    p = subparsers.add_parser("framework", help="framework files: check one")
    sub = p.add_subparsers(dest="framework_command", required=True)
    check = sub.add_parser("check", help="validate a framework .toml file (exit 0 valid, 2 invalid)")
    check.add_argument("file", type=input_file, help="the framework file (.toml)")
    check.set_defaults(func=_check)

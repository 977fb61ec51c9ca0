"""The command line that agencies script against; options and JSON keys are a public interface."""
from __future__ import annotations

import argparse

from analysis.cli import backup, complaints, deck, framework, oit, path, plan, score, users


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description="ITA analysis from the command line")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in (score, path, plan, deck, complaints, backup, users, oit, framework):
        command.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 ok, 1 nothing to print, 2 bad input)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:          # usage errors (exit 2, message on stderr) and --help (exit 0)
        return exc.code if isinstance(exc.code, int) else 2
    return args.func(args)

"""`python -m analysis deck --out FILE.pptx [--unit U] [--year Y]`: the meeting deck from the stored workspace."""
from __future__ import annotations

import sys
from pathlib import Path

from analysis.cli.args import EXIT_BAD_INPUT, fiscal_year


def _run(args) -> int:
    from analysis.cli.args import lines
    from analysis.common import settings
    from analysis.export.deck import build_deck, build_workbook
    from analysis.export.deck_data import DeckError, gather
    from analysis.store import Store, seed_demo

    out = Path(args.out)
    if out.suffix.lower() != ".pptx":
        print(lines("cli.not_pptx", path=str(out)), file=sys.stderr)
        return EXIT_BAD_INPUT
    store = Store()
    seed_demo(store)            # a new install shows the demo, as the app does
    scores, published = store.datasets.load_scores(), store.datasets.load_published()
    is_demo = bool(scores["is_demo"].any() or published["is_demo"].any())
    extra = _sections(store, args.lang, args.unit)
    try:
        content = gather(scores, published, unit=args.unit, year=args.year, lang=args.lang, is_demo=is_demo, **extra)
    except DeckError as exc:
        print(exc.message("th") + "\n" + exc.message("en"), file=sys.stderr)
        return EXIT_BAD_INPUT
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(build_deck(content, font=args.font or settings.get("ITA_OFFICE_FONT")))
    if args.xlsx:
        Path(args.xlsx).write_bytes(build_workbook(content))
    print(out)
    return 0


def _sections(store, lang: str, unit: str | None) -> dict:
    """Measures-status and complaint-trend frames when the store holds measures or complaints (empty otherwise), and
    the stored files' provenance for the source slide."""
    from analysis.export import deck_sections

    records, aggregates, demo_years = store.complaints.load()
    return {"measures": deck_sections.measures_status(store.measures.current_statuses(unit), lang),
            "complaints": deck_sections.complaint_years(records, aggregates, demo_years),
            "sources": deck_sections.sources(store.datasets.provenance(), store.complaints.provenance())}


def register(sub) -> None:
    """Add the `deck` subcommand."""

    p = sub.add_parser("deck", help="build the meeting deck (.pptx) from the stored workspace")
    p.add_argument("--out", required=True, help="the .pptx file to write")
    p.add_argument("--unit", help="one unit (default: the whole group)")
    p.add_argument("--year", type=fiscal_year, help="fiscal year (BE; default: the latest with results)")
    p.add_argument("--lang", choices=["th", "en"], default="th")
    p.add_argument("--font", default=None, help="font named in the deck (default: the ITA_OFFICE_FONT setting)")
    p.add_argument("--xlsx", help="also write every table behind the deck to this .xlsx file")
    p.set_defaults(func=_run)

"""The working set: upload a result or complaint file into storage (once per content), seed and remove the demo,
type scores by hand; every write goes through the Store's repositories."""
from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.common import settings
from analysis.common.paths import DATA_DIR
from analysis.common.report import IngestError, IngestReport, Problem
from analysis.common.text import t
from analysis.common.units import clean_name
from analysis.ita.framework import for_year
from analysis.store.meta import DEMO_KINDS
from analysis.store.records import DEMO_AUTHOR, ComplaintOutcome, UploadOutcome

if TYPE_CHECKING:
    from analysis.store.store import Store

log = logging.getLogger(__name__)
SAMPLES_DIR = DATA_DIR / "samples"
DEMO_FILES = ("demo_districts_2565-2566.xlsx", "demo_districts_2567-2568_long.csv",
              "demo_departments_2565-2568_wide.xlsx", "demo_bma_2569.csv")
DEMO_COMPLAINTS_FILE = "demo_complaints_2563-2568.csv"
DEMO_PLAN = "action_plan_finance_office_2566-2570.txt"   # the Finance Office's real plan, as demo measures
DEMO_PLAN_UNIT = "สำนักการคลัง"
# demo tracking: the plan's measures get a spread of statuses so the measures pages and the deck show one
_DEMO_STATUSES = ("done", "in_progress", "in_progress", "not_started", "done", "postponed")


def sha256(data: bytes) -> str:
    """Hex SHA-256 of the file's bytes (how the same file is recognised)."""
    return hashlib.sha256(data).hexdigest()


def ingest_and_store(store: Store, data: bytes, file_name: str, uploaded_by: str = "",
                     is_demo: bool = False) -> UploadOutcome:
    """Ingest a file and save it unless the same content is already stored (also when the same file is being
    saved at this moment: it is stored once and this call reports the duplicate); never raises on bad input."""
    from analysis.ita.ingest import ingest_bytes

    digest = sha256(data)
    existing = store.datasets.find_by_sha256(digest)
    if existing is not None:
        return UploadOutcome(file_name, "duplicate", existing.report, existing.id, existing.file_name)
    try:
        result = ingest_bytes(data, file_name)
    except IngestError as exc:
        return UploadOutcome(file_name, "failed", exc.report)
    except Exception as exc:  # a reader bug must reach the user as a message, never as a traceback
        log.error("%s: ingest failed unexpectedly", file_name, exc_info=True)
        return UploadOutcome(file_name, "failed", _unexpected(file_name, exc, saving=False))
    if result.scores.empty and result.published.empty:
        return UploadOutcome(file_name, "failed", result.report)
    try:
        saved = store.datasets.save(result, file_name, digest, uploaded_by=uploaded_by, is_demo=is_demo)
    except Exception as exc:  # the save is one transaction: nothing was written
        log.error("%s: saving the dataset failed", file_name, exc_info=True)
        result.report.add(_unexpected(file_name, exc, saving=True).problems[0])
        return UploadOutcome(file_name, "failed", result.report)
    if not saved.created:
        return UploadOutcome(file_name, "duplicate", saved.record.report, saved.record.id, saved.record.file_name)
    return UploadOutcome(file_name, "saved", result.report, saved.record.id)


def ingest_complaints(store: Store, data: bytes, file_name: str, uploaded_by: str = "", keep_text: bool = False,
                      is_demo: bool = False) -> ComplaintOutcome:
    """Ingest, scrub and save a complaint file unless the same content is stored (also when the same file is being
    saved at this moment); never raises on bad input."""
    from analysis.complaints.ingest import ingest_bytes

    digest = sha256(data)
    existing = store.complaints.find_by_sha256(digest)
    if existing is not None:
        return ComplaintOutcome(file_name, "duplicate", existing.report, existing.id, existing.file_name,
                                existing.removed_columns)
    try:
        result = ingest_bytes(data, file_name, keep_text=keep_text)
    except IngestError as exc:
        return ComplaintOutcome(file_name, "failed", exc.report)
    except Exception as exc:    # a bug must reach the user as a message, never as a traceback
        log.error("%s: complaint ingest failed unexpectedly", file_name, exc_info=True)
        report = IngestReport(file=file_name, kind="complaints")
        report.add(Problem("error", "internal_error", "cmpl.internal_error", "cmpl.internal_error_fix",
                           {"error": type(exc).__name__}, file=file_name))
        return ComplaintOutcome(file_name, "failed", report)
    saved = store.complaints.save(result, file_name, digest, uploaded_by=uploaded_by, is_demo=is_demo)
    if not saved.created:
        return ComplaintOutcome(file_name, "duplicate", saved.record.report, saved.record.id, saved.record.file_name,
                                saved.record.removed_columns)
    return ComplaintOutcome(file_name, "saved", result.report, saved.record.id, None, result.removed_columns)


def seed_demo_complaints(store: Store, samples_dir: Path = SAMPLES_DIR) -> int:
    """Load the demo complaint register (once); returns 1 when loaded, 0 when absent or already stored."""
    path = Path(samples_dir) / DEMO_COMPLAINTS_FILE
    if not path.is_file():
        return 0
    outcome = ingest_complaints(store, path.read_bytes(), DEMO_COMPLAINTS_FILE, uploaded_by="demo", is_demo=True)
    return int(outcome.status == "saved")


def _unexpected(file_name: str, exc: Exception, saving: bool) -> IngestReport:
    """A report holding one error for an unexpected failure, with the short reason and what to do."""
    report = IngestReport(file=file_name)
    reason = f"{type(exc).__name__}: {str(exc)[:200]}"
    if saving:
        report.add(Problem("error", "save_failed", "upload.save_failed", "upload.save_failed_fix", {"reason": reason},
                           file=file_name))
    else:
        report.add(Problem("error", "internal_error", "upload.internal_error", "upload.internal_error_fix",
                           {"reason": reason}, file=file_name))
    return report


def seed_demo(store: Store, force: bool = False, samples_dir: Path = SAMPLES_DIR) -> int:
    """Load the demo datasets when the workspace is empty (first start); returns how many were loaded.

    Nothing is loaded when ITA_LOAD_DEMO=0, when any data is stored, or when the user removed the demo
    before (unless force=True, the "load demo data" button)."""
    if not force:
        if settings.get("ITA_LOAD_DEMO").strip() == "0" or store.datasets.has_data():
            return 0
        if store.meta.demo_dismissed():
            return 0
    loaded = 0
    for name in DEMO_FILES:
        path = samples_dir / name
        outcome = ingest_and_store(store, path.read_bytes(), name, uploaded_by="demo", is_demo=True)
        loaded += outcome.status == "saved"
    seed_demo_complaints(store, samples_dir)   # the demo complaint register (not counted)
    seed_demo_measures(store, samples_dir)
    seed_demo_checklist(store)
    store.meta.set_demo_dismissed(False)
    return loaded


def seed_demo_checklist(store: Store) -> int:
    """The demo FY2570 OIT checklist for the demo units (fictitious, see analysis.plan.checklist.demo_checklist);
    returns how many items were stored (0 when the demo checklist is there already or no demo unit is)."""
    from analysis.plan.checklist import DEMO_YEAR, demo_checklist

    fw = for_year(DEMO_YEAR)
    if fw is None or store.checklists.has_demo():
        return 0
    scores = store.datasets.load_scores(with_demo=True)
    units = sorted(set(scores.loc[scores["is_demo"].astype(bool), "unit"])) if len(scores) else []
    n = 0
    for unit, entries in demo_checklist(units, fw).items():
        n += store.checklists.import_entries(DEMO_YEAR, unit, "nacc", entries.values(), who=DEMO_AUTHOR)
    return n


def seed_demo_measures(store: Store, samples_dir: Path = SAMPLES_DIR) -> int:
    """Import the Finance Office's action plan as demo measures (statuses spread for the demo); returns how many."""
    from analysis.plan.action_plan import import_path

    if any(m.created_by == DEMO_AUTHOR for m in store.measures.list_all()):
        return 0
    plan = import_path(samples_dir / DEMO_PLAN)
    records = store.measures.import_plan(plan.measures, DEMO_PLAN, unit=DEMO_PLAN_UNIT, who=DEMO_AUTHOR)
    for k, rec in enumerate(records):
        store.measures.update(rec.id, {"status": _DEMO_STATUSES[k % len(_DEMO_STATUSES)]}, rec.version, who=DEMO_AUTHOR)
    return len(records)


@dataclass(frozen=True)
class DemoContents:
    """What the demo holds in the workspace (what removing it takes away): result datasets, complaint files and
    measures, each by name."""
    datasets: list[str]
    complaint_files: list[str]
    measures: int
    checklist_items: int = 0

    def __bool__(self) -> bool:
        return bool(self.datasets or self.complaint_files or self.measures or self.checklist_items)


def demo_contents(store: Store) -> DemoContents:
    """The demo datasets, complaint files and the number of demo measures stored."""
    return DemoContents([d.file_name for d in store.datasets.list_all() if d.is_demo],
                        [u.file_name for u in store.complaints.list_all() if u.is_demo],
                        sum(m.created_by == DEMO_AUTHOR for m in store.measures.list_all(with_demo=True)),
                        sum(s.is_demo for year in store.checklists.years()
                            for unit in store.checklists.load(year).values() for s in unit.values()))


def demo_beside(store: Store) -> dict[str, bool]:
    """For each kind of data (results, complaints, measures) of which both the demo and the user's own are stored:
    True when the demo is shown beside the user's, False when it is left out of the analysis (the default)."""
    contents = demo_contents(store)
    uploads = store.complaints.list_all()
    own = {"results": bool(contents.datasets) and store.datasets.has_real_data(),
           "complaints": bool(contents.complaint_files) and any(not u.is_demo for u in uploads),
           "measures": bool(contents.measures) and bool(store.measures.list_all(with_demo=False))}
    return {kind: store.meta.demo_shown(kind) for kind in DEMO_KINDS if own[kind]}


def set_demo_beside(store: Store, kind: str, shown: bool) -> None:
    """Show the demo of one kind beside the user's data (True) or leave it out of the analysis (False)."""
    if kind not in DEMO_KINDS:
        raise ValueError(f"unknown kind of data: {kind!r}")
    if kind == "results":
        store.datasets.set_demo_shown(shown)      # also moves the datasets' version, so the scored workspace follows
    else:
        store.meta.set_demo_shown(kind, shown)


def remove_demo(store: Store) -> DemoContents:
    """Remove the demo — its datasets, complaint files and measures — and remember not to load it again; returns
    what was removed."""
    removed = demo_contents(store)
    store.datasets.remove_demo()
    store.complaints.remove_demo()
    store.measures.remove_created_by(DEMO_AUTHOR)
    store.checklists.remove_created_by(DEMO_AUTHOR)
    store.meta.set_demo_dismissed(True)
    return removed


def manual_entry(unit: str, unit_type: str, fiscal_year: int, scores: dict[int, float | None]):
    """An IngestResult for one unit's indicator scores typed by hand; out-of-range values are reported, not kept."""
    from analysis.ita.ingest import IngestResult

    name = clean_name(unit)
    label = t("manual.label", unit=name, year=fiscal_year)     # the dataset's name, in Thai like a file name
    report = IngestReport(file=label, layout="manual")
    fw = for_year(fiscal_year)
    if not name:
        report.add(Problem("error", "manual_no_unit", "manual.no_unit", "manual.no_unit_fix", file=label,
                           column=t("field.unit")))
    if fw is None:
        report.add(Problem("warning", "no_framework", "manual.no_framework", "manual.no_framework_fix",
                           {"year": fiscal_year}, file=label))
    rows = []
    for number, value in sorted(scores.items()):
        if value is None or pd.isna(value):
            continue
        if not 0 <= float(value) <= 100:
            report.add(Problem("error", "score_out_of_range", "manual.out_of_range", "manual.out_of_range_fix",
                               {"score": str(value)}, file=label, column=t("field.indicator", n=number)))
            continue
        rows.append({"unit": name, "unit_type": unit_type, "fiscal_year": int(fiscal_year),
                     "indicator": int(number), "score": float(value)})
    missing = [n for n in range(1, 11) if n not in {r["indicator"] for r in rows}]
    if missing and name:
        report.add(Problem("warning", "missing_indicators", "manual.missing", "manual.missing_fix",
                           {"numbers": ", ".join(map(str, missing))}, file=label))
    frame = pd.DataFrame(rows, columns=["unit", "unit_type", "fiscal_year", "indicator", "score"])
    frame = frame.astype({"fiscal_year": int, "indicator": int, "score": float})
    published = pd.DataFrame(columns=["unit", "unit_type", "fiscal_year", "iit", "eit", "oit", "total", "level"])
    report.rows_read = report.rows_kept = len(frame)
    if not name:
        frame = frame.iloc[0:0]
    return IngestResult(frame, published, report)


def save_manual(store: Store, result, uploaded_by: str = "") -> UploadOutcome:
    """Store a hand-typed result as its own dataset (same content twice is recognised)."""
    if result.scores.empty:
        return UploadOutcome(result.report.file, "failed", result.report)
    payload = result.scores.to_csv(index=False).encode("utf-8")
    saved = store.datasets.save(result, result.report.file, sha256(b"manual\n" + payload), uploaded_by=uploaded_by)
    if not saved.created:
        return UploadOutcome(result.report.file, "duplicate", saved.record.report, saved.record.id,
                             saved.record.file_name)
    return UploadOutcome(result.report.file, "saved", result.report, saved.record.id)

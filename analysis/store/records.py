"""What the store's repositories return: frozen dataclasses, their Literal status types, and the conflict error."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Generic, Literal, TypeVar, get_args

from analysis.common.report import IngestReport

MeasureStatus = Literal["not_started", "in_progress", "done", "postponed", "cancelled"]
Round = Literal["h1", "annual", "q1", "q2", "q3", "q4"]          # h1 = 6-month round Oct–Mar
Origin = Literal["plan", "draft"]
LinkKind = Literal["indicator", "oit"]
LogAction = Literal["create", "update", "undo", "delete", "link", "progress"]
UploadStatus = Literal["saved", "duplicate", "failed"]
DEMO_AUTHOR = "demo"       # who the demo datasets, complaints and measures are stored as created by
STATUSES: tuple[MeasureStatus, ...] = get_args(MeasureStatus)
ROUNDS: tuple[Round, ...] = get_args(Round)

T = TypeVar("T")


@dataclass(frozen=True)
class Saved(Generic[T]):
    """An insert-or-get: the stored record, and whether this call stored it (False: the same content was there)."""

    record: T
    created: bool


@dataclass(frozen=True)
class DatasetInfo:
    """One stored dataset and its provenance."""

    id: int
    kind: str
    file_name: str
    sha256: str
    uploaded_at: datetime          # tz-aware, UTC
    uploaded_by: str
    rows: int                      # data rows kept from the file (report.rows_kept), else its unit-years
    fiscal_years: list[int]
    is_demo: bool
    report: IngestReport


@dataclass(frozen=True)
class ComplaintUpload:
    """One stored complaint file: provenance, the personal-data columns removed, and its import report."""

    id: int
    file_name: str
    sha256: str
    uploaded_at: datetime
    uploaded_by: str
    rows: int
    fiscal_years: list[int]
    is_demo: bool
    removed_columns: list[str]
    report: IngestReport


@dataclass(frozen=True)
class Measure:
    """One improvement measure (imported from a plan or drafted) with its version for optimistic locking."""

    id: int
    title: str = ""
    origin: Origin = "draft"
    plan_name: str = ""
    unit: str = ""
    fiscal_year: int | None = None
    position: int = 0
    code: str = ""
    code_th: str = ""
    dimension: str = ""
    mission: str = ""
    budget_text: str = ""
    budget_amount: float | None = None
    steps: list[str] = field(default_factory=list)
    outputs: str = ""
    outcomes: str = ""
    indicators_text: str = ""
    responsible: str = ""
    responsible_person: str = ""
    weakness: str = ""
    kpi: str = ""
    target: str = ""
    monitoring: str = ""
    status: MeasureStatus = "not_started"
    start_date: date | None = None
    end_date: date | None = None
    version: int = 1
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True)
class Progress:
    """The progress of one measure in one reporting round of a fiscal year, with its version."""

    measure_id: int
    fiscal_year: int
    round: Round
    status: MeasureStatus = "not_started"
    percent: float | None = None
    budget_planned: float | None = None
    budget_spent: float | None = None
    result: str = ""
    problems: str = ""
    evidence_url: str = ""
    version: int = 1
    id: int = 0
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True)
class LogEntry:
    """One line of a measure's change log."""

    at: datetime
    by: str
    action: LogAction
    detail: dict


@dataclass(frozen=True)
class UploadOutcome:
    """What happened to one uploaded file: saved, recognised as already stored, or refused (with the report)."""

    file_name: str
    status: UploadStatus
    report: IngestReport
    dataset_id: int | None = None
    duplicate_of: str | None = None   # file name of the stored dataset with the same content


@dataclass(frozen=True)
class ComplaintOutcome:
    """What happened to one uploaded complaint file: "saved", "duplicate" or "failed", with its report."""

    file_name: str
    status: UploadStatus
    report: IngestReport
    upload_id: int | None = None
    duplicate_of: str | None = None
    removed_columns: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Change:
    """One field someone else changed since the version being edited."""

    field: str
    old: Any
    new: Any
    by: str
    at: datetime


class ConflictError(Exception):
    """The record changed (or was deleted) since it was loaded; the later save is refused. changes says what changed."""

    def __init__(self, record_id: int, changes: list[Change], deleted: bool = False):
        self.record_id, self.changes, self.deleted = record_id, changes, deleted
        fields = ", ".join(sorted({c.field for c in changes}))
        who = ", ".join(sorted({c.by for c in changes if c.by}))
        super().__init__(
            f"รายการ {record_id} ถูกลบไปแล้ว / record {record_id} was deleted" if deleted else
            f"รายการ {record_id} ถูกแก้ไขโดย {who or 'ผู้อื่น'} ระหว่างที่คุณแก้ไข ({fields}) — โหลดใหม่แล้วแก้อีกครั้ง / "
            f"record {record_id} was changed by {who or 'someone else'} while you edited it ({fields}) — reload and edit again")


@dataclass(frozen=True)
class PlanUpdate:
    """What updating stored measures from a repeated action plan did: measures changed, added and left as they were."""
    updated: list[Measure]
    added: list[Measure]
    unchanged: int


@dataclass(frozen=True)
class YearSource:
    """The complaint upload a fiscal year is read from."""
    upload_id: int
    file_name: str
    is_demo: bool

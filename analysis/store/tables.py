"""The workspace tables as SQLAlchemy Core objects (the Alembic migrations are the source of truth for the schema)."""
from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa

# Contract columns of the ITA frames and how each is stored and loaded: "str", "int", "float" or "level" (str or None).
SCORE_COLUMNS: dict[str, str] = {
    "unit": "str", "unit_type": "str", "fiscal_year": "int", "indicator": "int", "score": "float",
}
PUBLISHED_COLUMNS: dict[str, str] = {
    "unit": "str", "unit_type": "str", "fiscal_year": "int",
    "iit": "float", "eit": "float", "oit": "float", "total": "float", "level": "level",
}
# measure fields: texts (never None), the others; progress fields a reporting round holds
MEASURE_TEXT_FIELDS = ("origin", "plan_name", "unit", "code", "code_th", "dimension", "mission", "title",
                       "budget_text", "outputs", "outcomes", "indicators_text", "responsible", "responsible_person",
                       "weakness", "kpi", "target", "monitoring", "status")
MEASURE_FIELDS = (*MEASURE_TEXT_FIELDS, "fiscal_year", "position", "budget_amount", "steps", "start_date", "end_date")
PROGRESS_FIELDS = ("status", "percent", "budget_planned", "budget_spent", "result", "problems", "evidence_url")


class UTCDateTime(sa.types.TypeDecorator):
    """A timestamp stored as UTC and always read back as a tz-aware UTC datetime (SQLite keeps no zone)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


metadata = sa.MetaData()

# --- datasets (migrations 0001, 0004) ------------------------------------------------------------------
datasets = sa.Table(
    "datasets", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String(32)),
    sa.Column("file_name", sa.Text),
    sa.Column("sha256", sa.String(64)),            # unique (0004): one dataset per file content
    sa.Column("uploaded_at", UTCDateTime()),
    sa.Column("uploaded_by", sa.Text),
    sa.Column("rows", sa.Integer),
    sa.Column("fiscal_years", sa.Text),
    sa.Column("is_demo", sa.Boolean),
    sa.Column("report_json", sa.Text),
)
meta = sa.Table("meta", metadata, sa.Column("key", sa.String(100), primary_key=True), sa.Column("value", sa.Text))
_SQL_TYPES = {"str": sa.Text, "int": sa.Integer, "float": sa.Float, "level": sa.Text}


def _frame_table(name: str, columns: dict[str, str]) -> sa.Table:
    return sa.Table(
        name, metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("dataset_id", sa.Integer, sa.ForeignKey("datasets.id", ondelete="CASCADE")),
        *(sa.Column(col, _SQL_TYPES[kind]()) for col, kind in columns.items()),
    )


scores = _frame_table("scores", SCORE_COLUMNS)
published = _frame_table("published", PUBLISHED_COLUMNS)

# --- measures (migration 0002) -----------------------------------------------------------------------------


def _who() -> list[sa.Column]:
    return [sa.Column("version", sa.Integer), sa.Column("created_at", UTCDateTime()),
            sa.Column("created_by", sa.Text), sa.Column("updated_at", UTCDateTime()),
            sa.Column("updated_by", sa.Text)]


measures = sa.Table(
    "measures", metadata, sa.Column("id", sa.Integer, primary_key=True),
    *(sa.Column(f, sa.Text) for f in MEASURE_TEXT_FIELDS if f != "status"), sa.Column("status", sa.String(16)),
    sa.Column("fiscal_year", sa.Integer), sa.Column("position", sa.Integer), sa.Column("budget_amount", sa.Float),
    sa.Column("steps_json", sa.Text), sa.Column("start_date", sa.Date), sa.Column("end_date", sa.Date), *_who(),
)
measure_links = sa.Table(
    "measure_links", metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("measure_id", sa.Integer),
    sa.Column("kind", sa.String(16)), sa.Column("target", sa.String(32)), sa.Column("linked", sa.Boolean),
    sa.Column("source", sa.String(16)), sa.Column("created_at", UTCDateTime()), sa.Column("created_by", sa.Text),
)
measure_progress = sa.Table(   # unique (measure_id, fiscal_year, round)
    "measure_progress", metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("measure_id", sa.Integer),
    sa.Column("fiscal_year", sa.Integer), sa.Column("round", sa.String(16)), sa.Column("status", sa.String(16)),
    sa.Column("percent", sa.Float), sa.Column("budget_planned", sa.Float), sa.Column("budget_spent", sa.Float),
    sa.Column("result", sa.Text), sa.Column("problems", sa.Text), sa.Column("evidence_url", sa.Text), *_who(),
)
measure_log = sa.Table(
    "measure_log", metadata, sa.Column("id", sa.Integer, primary_key=True), sa.Column("measure_id", sa.Integer),
    sa.Column("at", UTCDateTime()), sa.Column("by", sa.Text), sa.Column("action", sa.String(32)),
    sa.Column("detail_json", sa.Text),
)

# --- complaints (migrations 0003, 0004) --------------------------------------------------------------------
complaint_uploads = sa.Table(
    "complaint_uploads", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("file_name", sa.Text),
    sa.Column("sha256", sa.String(64)),            # unique (0004): one upload per file content
    sa.Column("uploaded_at", UTCDateTime()), sa.Column("uploaded_by", sa.Text), sa.Column("rows", sa.Integer),
    sa.Column("fiscal_years", sa.Text), sa.Column("is_demo", sa.Boolean), sa.Column("removed_columns", sa.Text),
    sa.Column("report_json", sa.Text),
)


def _upload_fk() -> sa.Column:
    return sa.Column("upload_id", sa.Integer, sa.ForeignKey("complaint_uploads.id", ondelete="CASCADE"))


complaint_records = sa.Table(
    "complaint_records", metadata, sa.Column("id", sa.Integer, primary_key=True), _upload_fk(),
    sa.Column("received", sa.DateTime), sa.Column("closed", sa.DateTime), sa.Column("fiscal_year", sa.Integer),
    sa.Column("status", sa.String(16)), sa.Column("category", sa.Text), sa.Column("grp", sa.String(16)),
    sa.Column("bribery", sa.Boolean), sa.Column("channel", sa.Text), sa.Column("unit", sa.Text),
    sa.Column("comment", sa.Text),
)
complaint_counts = sa.Table(
    "complaint_counts", metadata, sa.Column("id", sa.Integer, primary_key=True), _upload_fk(),
    sa.Column("fiscal_year", sa.Integer), sa.Column("month", sa.Integer), sa.Column("grp", sa.String(16)),
    sa.Column("received", sa.Integer), sa.Column("finished", sa.Integer), sa.Column("in_progress", sa.Integer),
)

# --- accounts and the audit trail (migration 0005) ------------------------------------------------------------
accounts = sa.Table(
    "accounts", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(200), unique=True, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),                  # viewer | editor | admin
    sa.Column("units_json", sa.Text, nullable=False),                  # the units granted (JSON list); ["*"]: all
    sa.Column("email", sa.Text, nullable=False),                       # the OpenID Connect e-mail claim ("" none)
    sa.Column("password_hash", sa.Text, nullable=False),               # argon2id ("" none: no local sign-in)
    sa.Column("failed_attempts", sa.Integer, nullable=False), sa.Column("locked_until", UTCDateTime()),
    sa.Column("created_at", UTCDateTime()), sa.Column("updated_at", UTCDateTime()),
)
audit_log = sa.Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("at", UTCDateTime(), nullable=False),
    sa.Column("user", sa.Text, nullable=False), sa.Column("unit", sa.Text, nullable=False),
    sa.Column("action", sa.String(40), nullable=False), sa.Column("object", sa.Text, nullable=False),
    sa.Column("details_json", sa.Text, nullable=False),
)
oit_checklist = sa.Table(
    "oit_checklist", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("fiscal_year", sa.Integer, nullable=False),
    sa.Column("unit", sa.Text, nullable=False), sa.Column("family", sa.String(40), nullable=False),
    sa.Column("code", sa.String(16), nullable=False), sa.Column("status", sa.String(20), nullable=False),
    sa.Column("urls_json", sa.Text, nullable=False), sa.Column("owner", sa.Text, nullable=False),
    sa.Column("due", sa.Date), sa.Column("notes", sa.Text, nullable=False),
    *_who(),
    sa.UniqueConstraint("fiscal_year", "unit", "code", name="uq_oit_checklist_item"),
)
oit_link_checks = sa.Table(
    "oit_link_checks", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("fiscal_year", sa.Integer, nullable=False),
    sa.Column("unit", sa.Text, nullable=False), sa.Column("code", sa.String(16), nullable=False),
    sa.Column("url", sa.Text, nullable=False), sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("http_status", sa.Integer), sa.Column("final_url", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False), sa.Column("checked_at", UTCDateTime(), nullable=False),
)
frameworks = sa.Table(
    "frameworks", metadata,
    sa.Column("id", sa.Integer, primary_key=True), sa.Column("fiscal_year", sa.Integer, nullable=False),
    sa.Column("version", sa.Integer, nullable=False), sa.Column("toml_text", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False), sa.Column("note", sa.Text, nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False), sa.Column("created_by", sa.Text),
    sa.UniqueConstraint("fiscal_year", "version", name="uq_frameworks_version"),
)

"""Improvement measures (imported from an action plan or drafted), their manual indicator/OIT links,
progress per reporting round, and a change log; version columns for optimistic locking.

Revision ID: 0002_measures
Revises: 0001
Create Date: 2025-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_measures"
down_revision = "0001"
branch_labels = None
depends_on = None


def _who_when() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False, server_default=""),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Text, nullable=False, server_default=""),
    ]


def _measure_fk(table: str) -> sa.Column:
    return sa.Column(
        "measure_id", sa.Integer,
        sa.ForeignKey("measures.id", ondelete="CASCADE", name=f"fk_{table}_measure_id_measures"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "measures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.String(16), nullable=False, server_default="draft"),   # plan | draft
        sa.Column("plan_name", sa.Text, nullable=False, server_default=""),          # file it came from
        sa.Column("unit", sa.Text, nullable=False, server_default=""),               # agency unit it serves
        sa.Column("fiscal_year", sa.Integer),                                         # BE year it targets
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),       # order in the plan
        sa.Column("code", sa.Text, nullable=False, server_default=""),
        sa.Column("code_th", sa.Text, nullable=False, server_default=""),
        sa.Column("dimension", sa.Text, nullable=False, server_default=""),
        sa.Column("mission", sa.Text, nullable=False, server_default=""),
        sa.Column("title", sa.Text, nullable=False, server_default=""),
        sa.Column("budget_text", sa.Text, nullable=False, server_default=""),
        sa.Column("budget_amount", sa.Float),
        sa.Column("steps_json", sa.Text, nullable=False, server_default="[]"),
        sa.Column("outputs", sa.Text, nullable=False, server_default=""),
        sa.Column("outcomes", sa.Text, nullable=False, server_default=""),
        sa.Column("indicators_text", sa.Text, nullable=False, server_default=""),
        sa.Column("responsible", sa.Text, nullable=False, server_default=""),
        sa.Column("responsible_person", sa.Text, nullable=False, server_default=""),
        sa.Column("weakness", sa.Text, nullable=False, server_default=""),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("kpi", sa.Text, nullable=False, server_default=""),
        sa.Column("target", sa.Text, nullable=False, server_default=""),
        sa.Column("monitoring", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False, server_default="not_started"),
        *_who_when(),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_measures_unit_year", "measures", ["unit", "fiscal_year"])

    op.create_table(   # manual links only: rule links are computed from data/link_rules.toml
        "measure_links",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _measure_fk("measure_links"),
        sa.Column("kind", sa.String(16), nullable=False),        # indicator | oit
        sa.Column("target", sa.String(32), nullable=False),      # "1".."10" or an OIT code such as "O1"
        sa.Column("linked", sa.Boolean, nullable=False, server_default=sa.true()),   # False = rule link removed
        sa.Column("source", sa.String(16), nullable=False, server_default="manual"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("measure_id", "kind", "target", name="uq_measure_links_target"),
    )
    op.create_index("ix_measure_links_measure_id", "measure_links", ["measure_id"])

    op.create_table(
        "measure_progress",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _measure_fk("measure_progress"),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("round", sa.String(16), nullable=False),       # h1 (Oct–Mar) | annual | q1..q4
        sa.Column("status", sa.String(16), nullable=False, server_default="not_started"),
        sa.Column("percent", sa.Float),
        sa.Column("budget_planned", sa.Float),
        sa.Column("budget_spent", sa.Float),
        sa.Column("result", sa.Text, nullable=False, server_default=""),
        sa.Column("problems", sa.Text, nullable=False, server_default=""),
        sa.Column("evidence_url", sa.Text, nullable=False, server_default=""),
        *_who_when(),
        sa.UniqueConstraint("measure_id", "fiscal_year", "round", name="uq_measure_progress_round"),
    )
    op.create_index("ix_measure_progress_measure_id", "measure_progress", ["measure_id"])

    op.create_table(   # who changed what and when (kept after a measure is deleted)
        "measure_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("measure_id", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.Text, nullable=False, server_default=""),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("detail_json", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_index("ix_measure_log_measure_id", "measure_log", ["measure_id"])


def downgrade() -> None:
    op.drop_index("ix_measure_log_measure_id", table_name="measure_log")
    op.drop_table("measure_log")
    op.drop_index("ix_measure_progress_measure_id", table_name="measure_progress")
    op.drop_table("measure_progress")
    op.drop_index("ix_measure_links_measure_id", table_name="measure_links")
    op.drop_table("measure_links")
    op.drop_index("ix_measures_unit_year", table_name="measures")
    op.drop_table("measures")

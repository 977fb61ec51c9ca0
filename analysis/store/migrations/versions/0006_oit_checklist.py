"""The OIT readiness checklist (one row per fiscal year, unit and item: status, evidence URLs, owner, due date,
notes; versioned for optimistic locking) and the results of the evidence link checks.

Revision ID: 0006_oit_checklist
Revises: 0005_accounts_audit
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_oit_checklist"
down_revision = "0005_accounts_audit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "oit_checklist",
        sa.Column("id", sa.Integer, primary_key=True), sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("unit", sa.Text, nullable=False), sa.Column("family", sa.String(40), nullable=False),
        sa.Column("code", sa.String(16), nullable=False), sa.Column("status", sa.String(20), nullable=False),
        sa.Column("urls_json", sa.Text, nullable=False), sa.Column("owner", sa.Text, nullable=False),
        sa.Column("due", sa.Date), sa.Column("notes", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False), sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.Column("created_by", sa.Text), sa.Column("updated_at", sa.DateTime(timezone=True)),
        sa.Column("updated_by", sa.Text),
        sa.UniqueConstraint("fiscal_year", "unit", "code", name="uq_oit_checklist_item"),
    )
    op.create_table(
        "oit_link_checks",
        sa.Column("id", sa.Integer, primary_key=True), sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("unit", sa.Text, nullable=False), sa.Column("code", sa.String(16), nullable=False),
        sa.Column("url", sa.Text, nullable=False), sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("http_status", sa.Integer), sa.Column("final_url", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False), sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_oit_link_checks_unit", "oit_link_checks", ["fiscal_year", "unit"])


def downgrade() -> None:
    op.drop_index("ix_oit_link_checks_unit", table_name="oit_link_checks")
    op.drop_table("oit_link_checks")
    op.drop_table("oit_checklist")

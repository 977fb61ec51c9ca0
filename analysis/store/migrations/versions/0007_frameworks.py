"""Frameworks the working group made or changed in the app: every saved version of a year's framework (its TOML
text, status, who and when, why), never overwritten.

Revision ID: 0007_frameworks
Revises: 0006_oit_checklist
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_frameworks"
down_revision = "0006_oit_checklist"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "frameworks",
        sa.Column("id", sa.Integer, primary_key=True), sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False), sa.Column("toml_text", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False), sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False), sa.Column("created_by", sa.Text),
        sa.UniqueConstraint("fiscal_year", "version", name="uq_frameworks_version"),
    )


def downgrade() -> None:
    op.drop_table("frameworks")

"""Accounts (name, role, units granted, argon2 password hash, lock-out state) and the append-only audit trail.

Revision ID: 0005_accounts_audit
Revises: 0004_unique_upload_hashes
Create Date: 2026-12-02
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_accounts_audit"
down_revision = "0004_unique_upload_hashes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer, primary_key=True), sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False), sa.Column("units_json", sa.Text, nullable=False),
        sa.Column("email", sa.Text, nullable=False), sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False), sa.Column("locked_until", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True)), sa.Column("updated_at", sa.DateTime(timezone=True)),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True), sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user", sa.Text, nullable=False), sa.Column("unit", sa.Text, nullable=False),
        sa.Column("action", sa.String(40), nullable=False), sa.Column("object", sa.Text, nullable=False),
        sa.Column("details_json", sa.Text, nullable=False),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_at", table_name="audit_log")
    op.drop_table("audit_log")
    op.drop_table("accounts")

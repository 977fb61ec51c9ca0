"""Complaint uploads (provenance, report, removed personal-data columns) and their scrubbed records and counts.

Only scrubbed data reaches these tables: dates, status, category, group, channel, unit and (when the user
chose to keep it) masked comment text. Names, IDs, phones, e-mails and addresses are never stored.

Revision ID: 0003_complaints
Revises: 0002_measures
Create Date: 2025-11-26
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_complaints"
down_revision = "0002_measures"
branch_labels = None
depends_on = None


def _fk() -> sa.Column:
    return sa.Column("upload_id", sa.Integer,
                     sa.ForeignKey("complaint_uploads.id", ondelete="CASCADE",
                                   name="fk_complaint_upload_id"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "complaint_uploads",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uploaded_by", sa.Text, nullable=False, server_default=""),
        sa.Column("rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fiscal_years", sa.Text, nullable=False, server_default=""),
        sa.Column("is_demo", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("removed_columns", sa.Text, nullable=False, server_default="[]"),
        sa.Column("report_json", sa.Text, nullable=False, server_default="{}"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_complaint_uploads_sha256", "complaint_uploads", ["sha256"])
    op.create_table(
        "complaint_records",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _fk(),
        sa.Column("received", sa.DateTime, nullable=False),
        sa.Column("closed", sa.DateTime),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("category", sa.Text, nullable=False),
        sa.Column("grp", sa.String(16), nullable=False),
        sa.Column("bribery", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("channel", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("comment", sa.Text),
    )
    op.create_index("ix_complaint_records_upload_id", "complaint_records", ["upload_id"])
    op.create_table(
        "complaint_counts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _fk(),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("month", sa.Integer),
        sa.Column("grp", sa.String(16), nullable=False),
        sa.Column("received", sa.Integer, nullable=False),
        sa.Column("finished", sa.Integer),
        sa.Column("in_progress", sa.Integer),
    )
    op.create_index("ix_complaint_counts_upload_id", "complaint_counts", ["upload_id"])


def downgrade() -> None:
    op.drop_index("ix_complaint_counts_upload_id", table_name="complaint_counts")
    op.drop_table("complaint_counts")
    op.drop_index("ix_complaint_records_upload_id", table_name="complaint_records")
    op.drop_table("complaint_records")
    op.drop_index("ix_complaint_uploads_sha256", table_name="complaint_uploads")
    op.drop_table("complaint_uploads")

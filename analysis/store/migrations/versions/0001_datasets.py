"""Datasets with provenance, their indicator scores, the figures the file itself published, and a meta table.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _dataset_fk(table: str) -> sa.Column:
    return sa.Column(
        "dataset_id", sa.Integer,
        sa.ForeignKey("datasets.id", ondelete="CASCADE", name=f"fk_{table}_dataset_id_datasets"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "datasets",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(32), nullable=False, server_default="ita"),
        sa.Column("file_name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uploaded_by", sa.Text, nullable=False, server_default=""),
        sa.Column("rows", sa.Integer, nullable=False, server_default="0"),
        sa.Column("fiscal_years", sa.Text, nullable=False, server_default=""),
        sa.Column("is_demo", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("report_json", sa.Text, nullable=False, server_default="{}"),
        sqlite_autoincrement=True,   # never reuse an id: Store.version() relies on it
    )
    op.create_index("ix_datasets_sha256", "datasets", ["sha256"])

    op.create_table(
        "scores",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _dataset_fk("scores"),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("unit_type", sa.Text),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("indicator", sa.Integer, nullable=False),
        sa.Column("score", sa.Float),
    )
    op.create_index("ix_scores_dataset_id", "scores", ["dataset_id"])

    op.create_table(
        "published",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _dataset_fk("published"),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("unit_type", sa.Text),
        sa.Column("fiscal_year", sa.Integer, nullable=False),
        sa.Column("iit", sa.Float),
        sa.Column("eit", sa.Float),
        sa.Column("oit", sa.Float),
        sa.Column("total", sa.Float),
        sa.Column("level", sa.Text),
    )
    op.create_index("ix_published_dataset_id", "published", ["dataset_id"])

    op.create_table(   # small workspace flags, e.g. "the user removed the demo"
        "meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("meta")
    op.drop_index("ix_published_dataset_id", table_name="published")
    op.drop_table("published")
    op.drop_index("ix_scores_dataset_id", table_name="scores")
    op.drop_table("scores")
    op.drop_index("ix_datasets_sha256", table_name="datasets")
    op.drop_table("datasets")

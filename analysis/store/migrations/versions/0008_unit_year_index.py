"""Scores and published figures indexed by (dataset_id, unit, fiscal_year) instead of dataset_id alone: the one
query that keeps the latest dataset per unit-year finds a winner's rows in the index (without it, each winner
scanned all its dataset's rows); removing a dataset still finds its rows by the index's first column.

Revision ID: 0008_unit_year_index
Revises: 0007_frameworks
Create Date: 2026-12-07
"""
from __future__ import annotations

from alembic import op

revision = "0008_unit_year_index"
down_revision = "0007_frameworks"
branch_labels = None
depends_on = None

TABLES = ("scores", "published")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_dataset_unit_year", table, ["dataset_id", "unit", "fiscal_year"])
        op.drop_index(f"ix_{table}_dataset_id", table_name=table)


def downgrade() -> None:
    for table in TABLES:
        op.create_index(f"ix_{table}_dataset_id", table, ["dataset_id"])
        op.drop_index(f"ix_{table}_dataset_unit_year", table_name=table)

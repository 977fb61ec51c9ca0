"""Upload hashes unique: one dataset and one complaint upload per file content, so saving the same file twice at
the same moment stores it once (the second save finds the first: insert-or-get).

Databases from before this revision may hold the same content twice (two saves that raced). Each such group
keeps its newest copy — the one that already won for every unit-year and fiscal year it holds — so what the
workspace shows is unchanged; the older copies and their rows are removed.

Revision ID: 0004_unique_upload_hashes
Revises: 0003_complaints
Create Date: 2025-11-27
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_unique_upload_hashes"
down_revision = "0003_complaints"
branch_labels = None
depends_on = None

# (table, its child tables' foreign key column and names, "newer" condition of n over o within one sha256)
_UPLOADS = (
    ("datasets", "dataset_id", ("scores", "published"),
     "n.uploaded_at > o.uploaded_at OR (n.uploaded_at = o.uploaded_at AND n.id > o.id)"),
    ("complaint_uploads", "upload_id", ("complaint_records", "complaint_counts"), "n.id > o.id"),
)


def _fold_duplicates(table: str, fk: str, children: tuple[str, ...], newer: str) -> None:
    """Delete every row of table whose sha256 a newer row also has, with its child rows."""
    older = (f"SELECT o.id FROM {table} o WHERE EXISTS "
             f"(SELECT 1 FROM {table} n WHERE n.sha256 = o.sha256 AND ({newer}))")
    for child in children:
        op.execute(sa.text(f"DELETE FROM {child} WHERE {fk} IN ({older})"))
    op.execute(sa.text(f"DELETE FROM {table} WHERE id IN (SELECT id FROM ({older}) AS folded)"))


def upgrade() -> None:
    for table, fk, children, newer in _UPLOADS:
        _fold_duplicates(table, fk, children, newer)
        op.drop_index(f"ix_{table}_sha256", table_name=table)
        op.create_index(f"uq_{table}_sha256", table, ["sha256"], unique=True)


def downgrade() -> None:
    for table, _fk, _children, _newer in _UPLOADS:
        op.drop_index(f"uq_{table}_sha256", table_name=table)
        op.create_index(f"ix_{table}_sha256", table, ["sha256"])

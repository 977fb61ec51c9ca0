"""The workspace database: datasets with provenance, measures with progress, complaint uploads, demo seeding; Alembic migrations."""

"""Texts of framework export/import: the OIT item list read from a table (fwio.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
}

"""Texts of the evidence link check (evidence.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
}

"""Texts of the OIT readiness tracker and the predicted scores (oit.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
}

"""Texts of the O25/O26 Word report (o25.) — Thai and English."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
}

"""Texts of deck."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
}

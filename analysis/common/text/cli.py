"""Texts of cli."""
from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
}

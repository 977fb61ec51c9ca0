"""The arguments and values every subcommand shares: fiscal years, input files, exit codes, JSON-ready values."""
from __future__ import annotations

import argparse
import math
from pathlib import Path

import pandas as pd

EXIT_BAD_INPUT = 2


def fiscal_year(text: str) -> int:
    """A fiscal year typed as BE (2566) or CE (2023 → 2566)."""
    try:
        y = int(text.strip().translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
    except ValueError:
        raise argparse.ArgumentTypeError(f"ปีงบประมาณไม่ถูกต้อง / not a fiscal year: {text!r}") from None
    return y + 543 if y < 2400 else y


def input_file(text: str) -> Path:
    """argparse type for an input file: the path, or a bilingual error (exit 2) when there is no such file."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"ไม่พบไฟล์ {path} — ตรวจสอบชื่อและตำแหน่งไฟล์ / "
                                         f"file not found: {path} — check the name and folder")
    return path


def json_value(value):
    """JSON-ready value: NaN/NA -> None, numpy scalars -> Python, floats to 2 dp."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 2)
    return value



"""The arguments and values every subcommand shares: fiscal years, input files, exit codes, JSON-ready values."""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import pandas as pd

from analysis.common.normalise import THAI_DIGITS
from analysis.common.text import t

EXIT_BAD_INPUT = 2


def both(code: str, sep: str = " / ", /, **params) -> str:
    """A catalogue text in Thai and in English on one line (labels and short errors)."""
    return t(code, "th", **params) + sep + t(code, "en", **params)


def lines(code: str, /, **params) -> str:
    """A catalogue text in Thai, then in English on the next line (how the CLI reports what went wrong)."""
    return t(code, "th", **params) + "\n" + t(code, "en", **params)


def fiscal_year(text: str) -> int:
    """A fiscal year typed as BE (2566) or CE (2023 → 2566)."""
    try:
        y = int(text.strip().translate(THAI_DIGITS))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{both('cli.bad_year')}: {text!r}") from None
    return y + 543 if y < 2400 else y


def input_file(text: str) -> Path:
    """argparse type for an input file: the path, or a bilingual error (exit 2) when there is no such file."""
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(both("cli.file_not_found", path=str(path)))
    return path


def json_value(value):
    """JSON-ready value: NaN/NA -> None, numpy scalars -> Python, floats to 2 dp."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 2) if math.isfinite(value) else None
    return value


def _finite(obj):
    """The same structure with NaN/±Infinity (float or numpy) replaced by None: JSON has no such numbers."""
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def print_json(obj, out=None) -> None:
    """Print obj as indented UTF-8 JSON; never NaN or Infinity (null instead), which strict parsers refuse."""
    out = out or sys.stdout
    json.dump(_finite(obj), out, ensure_ascii=False, indent=2, allow_nan=False)
    out.write("\n")


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A text cell that a spreadsheet would run as a formula (= + - @, tab, CR) gets a leading quote, as OWASP advises."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def print_csv(frame: pd.DataFrame, out=None, float_format: str = "%.2f") -> None:
    """Print a frame as CSV with every text cell neutralised against formula injection (numbers stay numbers)."""
    safe = frame.copy()
    for col in safe.columns:
        if safe[col].dtype == object or pd.api.types.is_string_dtype(safe[col].dtype):
            safe[col] = safe[col].map(safe_cell)
    safe.to_csv(out or sys.stdout, index=False, float_format=float_format)

"""How measures are written as rows and read back: their column values (steps as JSON, texts never None), the
fields of imported plan measures and how a plan measure is recognised again, and logged values back to columns."""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa

from analysis.store.records import STATUSES, Measure
from analysis.store.tables import MEASURE_FIELDS, MEASURE_TEXT_FIELDS

PLAN_FIELDS = ("code", "code_th", "dimension", "mission", "title", "budget_text", "budget_amount", "steps", "outputs",
                "outcomes", "indicators_text", "responsible")
PLAN_TEXT_FIELDS = frozenset(PLAN_FIELDS) | {"plan_name", "fiscal_year"}


def plan_items(plan_measures: list, plan_name: str, unit: str, fiscal_year: int | None) -> list[dict]:
    """The measure fields of imported plan measures, in plan order."""
    items = []
    for pos, m in enumerate(plan_measures, 1):
        d = m.to_dict() if hasattr(m, "to_dict") else dict(m)
        items.append({k: d[k] for k in PLAN_FIELDS if k in d}
                     | {"origin": "plan", "plan_name": plan_name, "unit": unit, "fiscal_year": fiscal_year,
                        "position": pos})
    return items


def plan_key(code: str | None, title: str | None) -> tuple[str, str]:
    """How a plan measure is recognised again: by its code, or without one by its title (spaces ignored)."""
    return ("code", code.strip()) if code and code.strip() else ("title", "".join((title or "").split()))


def plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def column_value(column: str, logged: Any) -> Any:
    """A column value back from its logged form (dates were logged as ISO text)."""
    if column in ("start_date", "end_date") and isinstance(logged, str) and logged:
        return date.fromisoformat(logged[:10])
    return logged


def row_values(fields: dict) -> dict:
    """Column values for the given measure fields (steps → steps_json, texts never None)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in MEASURE_FIELDS:
            raise KeyError(f"unknown measure field {key!r}")
        if key == "steps":
            out["steps_json"] = json.dumps([str(s) for s in (value or [])], ensure_ascii=False)
        elif key == "responsible" and isinstance(value, (list, tuple)):
            out[key] = " / ".join(str(v) for v in value)
        elif key in MEASURE_TEXT_FIELDS:
            out[key] = "" if value is None else str(value)
        else:
            out[key] = value
    if out.get("status", "not_started") not in STATUSES:
        raise ValueError(f"unknown status {out['status']!r}")
    return out


def measure_of(row: sa.Row) -> Measure:
    data = dict(row._mapping)
    data["steps"] = json.loads(data.pop("steps_json") or "[]")
    return Measure(**data)

"""Measures, their manual links and progress per reporting round in the workspace database, with optimistic locking."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any, Iterable

import sqlalchemy as sa

from analysis.common.labels import MEASURE_STATUSES as STATUSES
from analysis.common.labels import ROUNDS
from analysis.common.text import t
from analysis.store.datasets import UTCDateTime

TEXT_FIELDS = ("origin", "plan_name", "unit", "code", "code_th", "dimension", "mission", "title", "budget_text",
               "outputs", "outcomes", "indicators_text", "responsible", "responsible_person", "weakness", "kpi",
               "target", "monitoring", "status")
FIELDS = (*TEXT_FIELDS, "fiscal_year", "position", "budget_amount", "steps", "start_date", "end_date")
PROGRESS_FIELDS = ("status", "percent", "budget_planned", "budget_spent", "result", "problems", "evidence_url")

_md = sa.MetaData()
_who = lambda: [sa.Column("version", sa.Integer), sa.Column("created_at", UTCDateTime()),  # noqa: E731
                sa.Column("created_by", sa.Text), sa.Column("updated_at", UTCDateTime()),
                sa.Column("updated_by", sa.Text)]
measures = sa.Table(
    "measures", _md, sa.Column("id", sa.Integer, primary_key=True),
    *(sa.Column(f, sa.Text) for f in TEXT_FIELDS if f != "status"), sa.Column("status", sa.String(16)),
    sa.Column("fiscal_year", sa.Integer), sa.Column("position", sa.Integer), sa.Column("budget_amount", sa.Float),
    sa.Column("steps_json", sa.Text), sa.Column("start_date", sa.Date), sa.Column("end_date", sa.Date), *_who(),
)
links = sa.Table(
    "measure_links", _md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("measure_id", sa.Integer),
    sa.Column("kind", sa.String(16)), sa.Column("target", sa.String(32)), sa.Column("linked", sa.Boolean),
    sa.Column("source", sa.String(16)), sa.Column("created_at", UTCDateTime()), sa.Column("created_by", sa.Text),
)
progress = sa.Table(
    "measure_progress", _md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("measure_id", sa.Integer),
    sa.Column("fiscal_year", sa.Integer), sa.Column("round", sa.String(16)), sa.Column("status", sa.String(16)),
    sa.Column("percent", sa.Float), sa.Column("budget_planned", sa.Float), sa.Column("budget_spent", sa.Float),
    sa.Column("result", sa.Text), sa.Column("problems", sa.Text), sa.Column("evidence_url", sa.Text), *_who(),
)
log = sa.Table(
    "measure_log", _md, sa.Column("id", sa.Integer, primary_key=True), sa.Column("measure_id", sa.Integer),
    sa.Column("at", UTCDateTime()), sa.Column("by", sa.Text), sa.Column("action", sa.String(32)),
    sa.Column("detail_json", sa.Text),
)


@dataclass(frozen=True)
class Change:
    """One field someone else changed since the version being edited."""

    field: str
    old: Any
    new: Any
    by: str
    at: datetime


class ConflictError(Exception):
    """The record changed (or was deleted) since it was loaded; the later save is refused. changes says what changed."""

    def __init__(self, record_id: int, changes: list[Change], deleted: bool = False):
        self.record_id, self.changes, self.deleted = record_id, changes, deleted
        fields = ", ".join(sorted({c.field for c in changes}))
        who = ", ".join(sorted({c.by for c in changes if c.by}))
        super().__init__(
            f"รายการ {record_id} ถูกลบไปแล้ว / record {record_id} was deleted" if deleted else
            f"รายการ {record_id} ถูกแก้ไขโดย {who or 'ผู้อื่น'} ระหว่างที่คุณแก้ไข ({fields}) — โหลดใหม่แล้วแก้อีกครั้ง / "
            f"record {record_id} was changed by {who or 'someone else'} while you edited it ({fields}) — reload and edit again")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def _row_values(fields: dict) -> dict:
    """Column values for the given measure fields (steps → steps_json, texts never None)."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in FIELDS:
            raise KeyError(f"unknown measure field {key!r}")
        if key == "steps":
            out["steps_json"] = json.dumps([str(s) for s in (value or [])], ensure_ascii=False)
        elif key == "responsible" and isinstance(value, (list, tuple)):
            out[key] = " / ".join(str(v) for v in value)
        elif key in TEXT_FIELDS:
            out[key] = "" if value is None else str(value)
        else:
            out[key] = value
    if out.get("status", "not_started") not in STATUSES:
        raise ValueError(f"unknown status {out['status']!r}")
    return out


def _record(row: sa.Row) -> dict:
    data = dict(row._mapping)
    data["steps"] = json.loads(data.pop("steps_json") or "[]")
    return data


class MeasureStore:
    """Measures, manual links, progress and the change log on a Store's engine (schema: migration 0002_measures)."""

    def __init__(self, store):
        self.engine = store.engine

    # ------------------------------------------------------------ measures

    def add(self, fields: dict, who: str = "") -> dict:
        """Insert one measure (fields from FIELDS; missing ones take defaults); returns the stored record."""
        return self.add_many([fields], who)[0]

    def add_many(self, items: Iterable[dict], who: str = "") -> list[dict]:
        """Insert several measures in one transaction; returns their stored records in order."""
        now, ids = _now(), []
        with self.engine.begin() as conn:
            for fields in items:
                values = {"status": "not_started", "steps": [], **fields}
                row = {**{f: "" for f in TEXT_FIELDS}, "position": 0, **_row_values(values), "version": 1,
                       "created_at": now, "created_by": who, "updated_at": now, "updated_by": who}
                new_id = conn.execute(measures.insert().values(**row)).inserted_primary_key[0]
                conn.execute(log.insert().values(measure_id=new_id, at=now, by=who, action="create",
                                                 detail_json=json.dumps({"version": 1, "title": row["title"]},
                                                                        ensure_ascii=False)))
                ids.append(new_id)
        return [self.get(i) for i in ids]

    def import_plan(self, plan_measures: list, plan_name: str, unit: str = "", fiscal_year: int | None = None,
                    who: str = "") -> list[dict]:
        """Store imported plan measures (analysis.plan.action_plan.Measure) as origin "plan"; returns the records."""
        items = []
        for pos, m in enumerate(plan_measures, 1):
            d = m.to_dict() if hasattr(m, "to_dict") else dict(m)
            items.append({k: d[k] for k in ("code", "code_th", "dimension", "mission", "title", "budget_text",
                                             "budget_amount", "steps", "outputs", "outcomes", "indicators_text",
                                             "responsible") if k in d}
                         | {"origin": "plan", "plan_name": plan_name, "unit": unit, "fiscal_year": fiscal_year,
                            "position": pos})
        return self.add_many(items, who)

    def get(self, measure_id: int) -> dict | None:
        """The measure record (steps as a list), or None when it does not exist."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(measures).where(measures.c.id == measure_id)).first()
        return _record(row) if row is not None else None

    def list_measures(self, unit: str | None = None, fiscal_year: int | None = None) -> list[dict]:
        """Measures (optionally of one unit and/or year; measures with no unit/year always included), plan order."""
        query = sa.select(measures)
        if unit is not None:
            query = query.where(measures.c.unit.in_([unit, ""]))
        if fiscal_year is not None:
            query = query.where(sa.or_(measures.c.fiscal_year == fiscal_year, measures.c.fiscal_year.is_(None)))
        query = query.order_by(measures.c.origin.desc(), measures.c.position, measures.c.id)
        with self.engine.connect() as conn:
            return [_record(r) for r in conn.execute(query)]

    def update(self, measure_id: int, fields: dict, expected_version: int, who: str = "") -> dict:
        """Save changed fields when the stored version is still expected_version; returns the new record.

        Raises ConflictError (listing what others changed since that version) when someone saved in between,
        or when the measure was deleted. Unchanged fields are not logged.
        """
        values = _row_values(fields)
        with self.engine.begin() as conn:
            current = conn.execute(sa.select(measures).where(measures.c.id == measure_id)).first()
            if current is None:
                raise ConflictError(measure_id, [], deleted=True)
            if current.version != expected_version:
                raise ConflictError(measure_id, self._changes_since(conn, measure_id, expected_version))
            old = dict(current._mapping)
            diff = {k: [_plain(old[k]), _plain(v)] for k, v in values.items() if old.get(k) != v}
            new_version = expected_version + 1
            done = conn.execute(
                measures.update().where(measures.c.id == measure_id, measures.c.version == expected_version)
                .values(**values, version=new_version, updated_at=_now(), updated_by=who)).rowcount
            if done != 1:   # a concurrent writer won between our read and write
                raise ConflictError(measure_id, self._changes_since(conn, measure_id, expected_version))
            conn.execute(log.insert().values(measure_id=measure_id, at=_now(), by=who, action="update",
                                             detail_json=json.dumps({"version": new_version, "changes": diff},
                                                                    ensure_ascii=False, default=str)))
        return self.get(measure_id)

    def _changes_since(self, conn, measure_id: int, version: int) -> list[Change]:
        rows = conn.execute(sa.select(log).where(log.c.measure_id == measure_id).order_by(log.c.id)).all()
        out = []
        for r in rows:
            detail = json.loads(r.detail_json or "{}")
            if r.action == "update" and detail.get("version", 0) > version:
                for field, (old, new) in detail.get("changes", {}).items():
                    out.append(Change("steps" if field == "steps_json" else field, old, new, r.by, r.at))
        return out

    def duplicate(self, measure_id: int, who: str = "") -> dict:
        """A copy of the measure as a new draft (title marked "(สำเนา)", status not started, manual links copied)."""
        src = self.get(measure_id)
        if src is None:
            raise ConflictError(measure_id, [], deleted=True)
        fields = {k: src[k] for k in FIELDS if k in src}
        fields.update(origin="draft", title=t("msr.copy_title", title=src["title"]), status="not_started")
        copy = self.add(fields, who)
        for (kind, target), linked in self.manual_links([measure_id]).get(measure_id, {}).items():
            self.set_link(copy["id"], kind, target, linked, who)
        return copy

    def delete(self, measure_id: int, expected_version: int, who: str = "") -> None:
        """Delete the measure with its links and progress (refused with ConflictError when changed since)."""
        with self.engine.begin() as conn:
            current = conn.execute(sa.select(measures.c.version, measures.c.title)
                                   .where(measures.c.id == measure_id)).first()
            if current is None:
                raise ConflictError(measure_id, [], deleted=True)
            if current.version != expected_version:
                raise ConflictError(measure_id, self._changes_since(conn, measure_id, expected_version))
            for table in (links, progress):
                conn.execute(table.delete().where(table.c.measure_id == measure_id))
            conn.execute(measures.delete().where(measures.c.id == measure_id))
            conn.execute(log.insert().values(measure_id=measure_id, at=_now(), by=who, action="delete",
                                             detail_json=json.dumps({"title": current.title}, ensure_ascii=False)))

    def remove_created_by(self, who: str) -> int:
        """Delete every measure created by `who` (e.g. the demo) with its links and progress; returns how many."""
        with self.engine.begin() as conn:
            ids = [r.id for r in conn.execute(sa.select(measures.c.id).where(measures.c.created_by == who))]
            for table in (links, progress):
                conn.execute(table.delete().where(table.c.measure_id.in_(ids)))
            conn.execute(measures.delete().where(measures.c.id.in_(ids)))
        return len(ids)

    # ------------------------------------------------------------ links

    def set_link(self, measure_id: int, kind: str, target: str | int, linked: bool | None, who: str = "") -> None:
        """Set a manual link (True), a manual removal of a rule link (False), or clear the override (None)."""
        if kind not in ("indicator", "oit"):
            raise ValueError(f"unknown link kind {kind!r}")
        target = str(target)
        with self.engine.begin() as conn:
            conn.execute(links.delete().where(links.c.measure_id == measure_id, links.c.kind == kind,
                                              links.c.target == target))
            if linked is not None:
                conn.execute(links.insert().values(measure_id=measure_id, kind=kind, target=target, linked=linked,
                                                   source="manual", created_at=_now(), created_by=who))
            conn.execute(log.insert().values(measure_id=measure_id, at=_now(), by=who, action="link",
                                             detail_json=json.dumps({"kind": kind, "target": target,
                                                                     "linked": linked})))

    def manual_links(self, measure_ids: Iterable[int] | None = None) -> dict[int, dict[tuple[str, str], bool]]:
        """Manual overrides per measure: {measure id: {(kind, target): linked}}."""
        query = sa.select(links.c.measure_id, links.c.kind, links.c.target, links.c.linked)
        if measure_ids is not None:
            query = query.where(links.c.measure_id.in_(list(measure_ids)))
        out: dict[int, dict[tuple[str, str], bool]] = {}
        with self.engine.connect() as conn:
            for r in conn.execute(query):
                out.setdefault(r.measure_id, {})[(r.kind, r.target)] = bool(r.linked)
        return out

    # ------------------------------------------------------------ progress

    def save_progress(self, measure_id: int, fiscal_year: int, round_: str, fields: dict,
                      expected_version: int | None, who: str = "") -> dict:
        """Create (expected_version None) or update the progress of a measure for one round; returns the record.

        Raises ConflictError when another save came first (including a concurrent first save of the round).
        """
        if round_ not in ROUNDS:
            raise ValueError(f"unknown round {round_!r}")
        values = {k: v for k, v in fields.items() if k in PROGRESS_FIELDS}
        if values.get("status", "not_started") not in STATUSES:
            raise ValueError(f"unknown status {values['status']!r}")
        key = (progress.c.measure_id == measure_id, progress.c.fiscal_year == fiscal_year,
               progress.c.round == round_)
        now = _now()
        with self.engine.begin() as conn:
            current = conn.execute(sa.select(progress).where(*key)).first()
            if expected_version is None and current is None:
                row = {"status": "not_started", "result": "", "problems": "", "evidence_url": "", **values}
                conn.execute(progress.insert().values(measure_id=measure_id, fiscal_year=fiscal_year, round=round_,
                                                      **row, version=1, created_at=now, created_by=who,
                                                      updated_at=now, updated_by=who))
            else:
                if current is None or current.version != expected_version:
                    theirs = [] if current is None else [
                        Change(k, None, getattr(current, k), current.updated_by, current.updated_at)
                        for k in PROGRESS_FIELDS if k in values and getattr(current, k) != values[k]]
                    raise ConflictError(measure_id, theirs, deleted=current is None and expected_version is not None)
                conn.execute(progress.update().where(*key, progress.c.version == expected_version)
                             .values(**values, version=expected_version + 1, updated_at=now, updated_by=who))
            conn.execute(log.insert().values(measure_id=measure_id, at=now, by=who, action="progress",
                                             detail_json=json.dumps({"fiscal_year": fiscal_year, "round": round_,
                                                                     **values}, ensure_ascii=False, default=str)))
        with self.engine.connect() as conn:
            return dict(conn.execute(sa.select(progress).where(*key)).one()._mapping)

    def progress_rows(self, fiscal_year: int | None = None, round_: str | None = None) -> list[dict]:
        """Progress records (optionally of one year and round), by measure."""
        query = sa.select(progress)
        if fiscal_year is not None:
            query = query.where(progress.c.fiscal_year == fiscal_year)
        if round_ is not None:
            query = query.where(progress.c.round == round_)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.order_by(progress.c.measure_id, progress.c.id))]

    def history(self, measure_id: int) -> list[dict]:
        """The change log of one measure, oldest first: at, by, action, detail (dict)."""
        query = sa.select(log).where(log.c.measure_id == measure_id).order_by(log.c.id)
        with self.engine.connect() as conn:
            return [{"at": r.at, "by": r.by, "action": r.action, "detail": json.loads(r.detail_json or "{}")}
                    for r in conn.execute(query)]

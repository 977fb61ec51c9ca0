"""The measures repository: measures, their manual links, progress per reporting round and the change log,
every versioned write refused with ConflictError when someone saved in between (optimistic locking)."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from typing import Iterable

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from analysis.common.text import t as text
from analysis.store import tables as t
from analysis.store.measure_rows import (
    PLAN_TEXT_FIELDS,
    column_value,
    measure_of,
    plain,
    plan_items,
    plan_key,
    row_values,
)
from analysis.store.records import (
    DEMO_AUTHOR,
    ROUNDS,
    STATUSES,
    Change,
    ConflictError,
    LinkKind,
    LogEntry,
    Measure,
    PlanUpdate,
    Progress,
    Round,
)
from analysis.store.tables import MEASURE_FIELDS, MEASURE_TEXT_FIELDS, PROGRESS_FIELDS

measures, links, progress, log = t.measures, t.measure_links, t.measure_progress, t.measure_log


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _log(conn: Connection, measure_id: int, at: datetime, by: str, action: str, detail: dict) -> None:
    conn.execute(log.insert().values(measure_id=measure_id, at=at, by=by, action=action,
                                     detail_json=json.dumps(detail, ensure_ascii=False, default=str)))


class MeasureRepository:
    """Measures, manual links, progress and the change log (schema: migration 0002_measures)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    # ------------------------------------------------------------ measures

    def add(self, fields: dict, who: str = "") -> Measure:
        """Insert one measure (fields from MEASURE_FIELDS; missing ones take defaults); returns the stored record."""
        return self.add_many([fields], who)[0]

    def add_many(self, items: Iterable[dict], who: str = "") -> list[Measure]:
        """Insert several measures in one transaction; returns their stored records in order."""
        now, out = _now(), []
        with self._engine.begin() as conn:
            for fields in items:
                values = {"status": "not_started", "steps": [], **fields}
                row = {**{f: "" for f in MEASURE_TEXT_FIELDS}, "origin": "draft", "position": 0, **row_values(values), "version": 1,
                       "created_at": now, "created_by": who, "updated_at": now, "updated_by": who}
                new_id = conn.execute(measures.insert().values(**row)).inserted_primary_key[0]
                _log(conn, new_id, now, who, "create", {"version": 1, "title": row["title"]})
                out.append(self._get(conn, new_id))
        return out

    def import_plan(self, plan_measures: list, plan_name: str, unit: str = "", fiscal_year: int | None = None,
                    who: str = "") -> list[Measure]:
        """Store imported plan measures (analysis.plan.action_plan.Measure) as origin "plan"; returns the records."""
        return self.add_many(plan_items(plan_measures, plan_name, unit, fiscal_year), who)

    def plan_repeats(self, plan_measures: list, unit: str = "") -> list[tuple[dict, Measure]]:
        """(incoming plan measure, the stored one it repeats) for every measure of the plan already stored for the
        unit: a stored plan measure (not the demo's) with the same code, or without a code the same title."""
        stored = {plan_key(m.code, m.title): m for m in self.list_all(with_demo=False)
                  if m.origin == "plan" and m.unit == unit}
        pairs = []
        for item in plan_items(plan_measures, "", unit, None):
            match = stored.get(plan_key(item.get("code", ""), item.get("title", "")))
            if match is not None:
                pairs.append((item, match))
        return pairs

    def update_from_plan(self, plan_measures: list, plan_name: str, unit: str = "", fiscal_year: int | None = None,
                         who: str = "") -> PlanUpdate:
        """Bring the stored measures of a repeated plan up to date: each repeated measure gets the plan's texts (its
        progress, links and own fields stay), the plan's new measures are added; nothing is stored twice."""
        keyed = {plan_key(item.get("code", ""), item.get("title", "")): m
                 for item, m in self.plan_repeats(plan_measures, unit)}
        updated, new, unchanged = [], [], 0
        for item in plan_items(plan_measures, plan_name, unit, fiscal_year):
            current = keyed.get(plan_key(item.get("code", ""), item.get("title", "")))
            if current is None:
                new.append(item)
                continue
            fields = {k: v for k, v in item.items()
                      if k in PLAN_TEXT_FIELDS and v is not None and getattr(current, k) != v}
            if fields:
                updated.append(self.update(current.id, fields, current.version, who))
            else:
                unchanged += 1
        return PlanUpdate(updated, self.add_many(new, who) if new else [], unchanged)

    def get(self, measure_id: int) -> Measure | None:
        """The measure, or None when it does not exist."""
        with self._engine.connect() as conn:
            return self._get(conn, measure_id)

    @staticmethod
    def _get(conn: Connection, measure_id: int) -> Measure | None:
        row = conn.execute(sa.select(measures).where(measures.c.id == measure_id)).first()
        return measure_of(row) if row is not None else None

    def list_all(self, unit: str | None = None, fiscal_year: int | None = None,
                 with_demo: bool | None = None) -> list[Measure]:
        """Measures (optionally of one unit and/or year; measures with no unit/year always included), plan order.

        The demo measures leave the list once the user has measures of their own, unless the user asked to keep
        them (the meta flag of "measures"); with_demo=True/False overrides that."""
        query = sa.select(measures)
        if with_demo is None:
            with_demo = self.demo_in_list()
        if not with_demo:
            query = query.where(measures.c.created_by != DEMO_AUTHOR)
        if unit is not None:
            query = query.where(measures.c.unit.in_([unit, ""]))
        if fiscal_year is not None:
            query = query.where(sa.or_(measures.c.fiscal_year == fiscal_year, measures.c.fiscal_year.is_(None)))
        query = query.order_by(measures.c.origin.desc(), measures.c.position, measures.c.id)
        with self._engine.connect() as conn:
            return [measure_of(r) for r in conn.execute(query)]

    def demo_in_list(self) -> bool:
        """True when the demo measures are listed: no measure of the user's is stored, or the user asked to keep
        the demo beside theirs."""
        from analysis.store.meta import MetaRepository

        with self._engine.connect() as conn:
            own = conn.execute(sa.select(measures.c.id).where(measures.c.created_by != DEMO_AUTHOR).limit(1)).first()
        return own is None or MetaRepository(self._engine).demo_shown("measures")

    def update(self, measure_id: int, fields: dict, expected_version: int, who: str = "") -> Measure:
        """Save changed fields when the stored version is still expected_version; returns the new record.

        Raises ConflictError (listing what others changed since that version) when someone saved in between,
        or when the measure was deleted. Unchanged fields are not logged.
        """
        values = row_values(fields)
        with self._engine.begin() as conn:
            current = conn.execute(sa.select(measures).where(measures.c.id == measure_id)).first()
            if current is None:
                raise ConflictError(measure_id, [], deleted=True)
            old = dict(current._mapping)
            diff = {k: [plain(old[k]), plain(v)] for k, v in values.items() if old.get(k) != v}
            new_version = expected_version + 1
            # the optimistic lock, in two halves: the version condition of the UPDATE ...
            done = conn.execute(
                measures.update().where(measures.c.id == measure_id, measures.c.version == expected_version)
                .values(**values, version=new_version, updated_at=_now(), updated_by=who)).rowcount
            if done != 1:   # ... and its row count: 0 when the version moved on (before our read or since)
                raise self._conflict(conn, measure_id, expected_version)
            _log(conn, measure_id, _now(), who, "update", {"version": new_version, "changes": diff})
            return self._get(conn, measure_id)

    def _conflict(self, conn: Connection, measure_id: int, version: int) -> ConflictError:
        """The ConflictError for a versioned write that matched no row: what changed since version, or deleted."""
        exists = conn.execute(sa.select(measures.c.id).where(measures.c.id == measure_id)).first() is not None
        return ConflictError(measure_id, self._changes_since(conn, measure_id, version), deleted=not exists)

    @staticmethod
    def _changes_since(conn: Connection, measure_id: int, version: int) -> list[Change]:
        rows = conn.execute(sa.select(log).where(log.c.measure_id == measure_id).order_by(log.c.id)).all()
        out = []
        for r in rows:
            detail = json.loads(r.detail_json or "{}")
            if r.action in ("update", "undo") and detail.get("version", 0) > version:
                for field, (old, new) in detail.get("changes", {}).items():
                    out.append(Change("steps" if field == "steps_json" else field, old, new, r.by, r.at))
        return out

    def duplicate(self, measure_id: int, who: str = "") -> Measure:
        """A copy of the measure as a new draft (title marked "(สำเนา)", status not started, manual links copied)."""
        src = self.get(measure_id)
        if src is None:
            raise ConflictError(measure_id, [], deleted=True)
        fields = {k: v for k, v in asdict(src).items() if k in MEASURE_FIELDS}
        fields.update(origin="draft", title=text("msr.copy_title", title=src.title), status="not_started")
        copy = self.add(fields, who)
        for (kind, target), linked in self.manual_links([measure_id]).get(measure_id, {}).items():
            self.set_link(copy.id, kind, target, linked, who)
        return copy

    def delete(self, measure_id: int, expected_version: int, who: str = "") -> None:
        """Delete the measure with its links and progress (refused with ConflictError when changed since)."""
        with self._engine.begin() as conn:
            title = conn.execute(sa.select(measures.c.title).where(measures.c.id == measure_id)).scalar()
            done = conn.execute(measures.delete().where(measures.c.id == measure_id,
                                                        measures.c.version == expected_version)).rowcount
            if done != 1:
                raise self._conflict(conn, measure_id, expected_version)
            for table in (links, progress):   # ON DELETE CASCADE does this too; explicit for engines without it
                conn.execute(table.delete().where(table.c.measure_id == measure_id))
            _log(conn, measure_id, _now(), who, "delete", {"title": title})

    def remove_created_by(self, who: str) -> int:
        """Delete every measure created by `who` (e.g. the demo) with its links and progress; returns how many."""
        with self._engine.begin() as conn:
            ids = [r.id for r in conn.execute(sa.select(measures.c.id).where(measures.c.created_by == who))]
            for table in (links, progress):
                conn.execute(table.delete().where(table.c.measure_id.in_(ids)))
            conn.execute(measures.delete().where(measures.c.id.in_(ids)))
        return len(ids)

    def last_change(self, measure_id: int) -> LogEntry | None:
        """The latest edit of the measure's own fields (an update or an undo) that undo_last would reverse, when
        nothing changed those fields after it; None when there is nothing to undo."""
        with self._engine.connect() as conn:
            return self._last_change(conn, measure_id)

    @staticmethod
    def _last_change(conn: Connection, measure_id: int) -> LogEntry | None:
        version = conn.execute(sa.select(measures.c.version).where(measures.c.id == measure_id)).scalar()
        row = conn.execute(sa.select(log).where(log.c.measure_id == measure_id, log.c.action.in_(("update", "undo")))
                           .order_by(log.c.id.desc()).limit(1)).first()
        if version is None or row is None:
            return None
        detail = json.loads(row.detail_json or "{}")
        if detail.get("version") != version or not detail.get("changes"):
            return None
        return LogEntry(row.at, row.by, row.action, detail)

    def undo_last(self, measure_id: int, expected_version: int, who: str = "") -> Measure:
        """Put back the values the measure's last edit replaced (logged as "undo", itself undoable); returns the
        new record. Refused with ConflictError when the measure changed since expected_version or was deleted,
        and with LookupError when there is no edit to undo."""
        with self._engine.begin() as conn:
            last = self._last_change(conn, measure_id)
            if last is None:
                now = conn.execute(sa.select(measures.c.version).where(measures.c.id == measure_id)).scalar()
                if now != expected_version:          # moved on (or deleted) since this browser loaded it
                    raise self._conflict(conn, measure_id, expected_version)
                raise LookupError(f"measure {measure_id} has no change to undo")
            changes = last.detail["changes"]
            values = {column: column_value(column, old) for column, (old, _new) in changes.items()}
            done = conn.execute(
                measures.update().where(measures.c.id == measure_id, measures.c.version == expected_version)
                .values(**values, version=expected_version + 1, updated_at=_now(), updated_by=who)).rowcount
            if done != 1:
                raise self._conflict(conn, measure_id, expected_version)
            reverse = {column: [new, old] for column, (old, new) in changes.items()}
            _log(conn, measure_id, _now(), who, "undo", {"version": expected_version + 1, "changes": reverse,
                                                          "undoes": last.detail.get("version")})
            return self._get(conn, measure_id)

    def history(self, measure_id: int) -> list[LogEntry]:
        """The change log of one measure, oldest first."""
        query = sa.select(log).where(log.c.measure_id == measure_id).order_by(log.c.id)
        with self._engine.connect() as conn:
            return [LogEntry(r.at, r.by, r.action, json.loads(r.detail_json or "{}")) for r in conn.execute(query)]

    # ------------------------------------------------------------ links

    def set_link(self, measure_id: int, kind: LinkKind, target: str | int, linked: bool | None,
                 who: str = "") -> None:
        """Set a manual link (True), a manual removal of a rule link (False), or clear the override (None)."""
        if kind not in ("indicator", "oit"):
            raise ValueError(f"unknown link kind {kind!r}")
        target = str(target)
        for attempt in (1, 2):
            try:
                with self._engine.begin() as conn:
                    conn.execute(links.delete().where(links.c.measure_id == measure_id, links.c.kind == kind,
                                                      links.c.target == target))
                    if linked is not None:
                        conn.execute(links.insert().values(measure_id=measure_id, kind=kind, target=target,
                                                           linked=linked, source="manual", created_at=_now(),
                                                           created_by=who))
                    _log(conn, measure_id, _now(), who, "link", {"kind": kind, "target": target, "linked": linked})
                return
            except sa.exc.IntegrityError:   # a concurrent set_link of the same target inserted first: ours wins
                if attempt == 2 or self.get(measure_id) is None:
                    raise

    def manual_links(self, measure_ids: Iterable[int] | None = None) -> dict[int, dict[tuple[str, str], bool]]:
        """Manual overrides per measure: {measure id: {(kind, target): linked}}."""
        query = sa.select(links.c.measure_id, links.c.kind, links.c.target, links.c.linked)
        if measure_ids is not None:
            query = query.where(links.c.measure_id.in_(list(measure_ids)))
        out: dict[int, dict[tuple[str, str], bool]] = {}
        with self._engine.connect() as conn:
            for r in conn.execute(query):
                out.setdefault(r.measure_id, {})[(r.kind, r.target)] = bool(r.linked)
        return out

    # ------------------------------------------------------------ progress

    def save_progress(self, measure_id: int, fiscal_year: int, round_: Round, fields: dict,
                      expected_version: int | None, who: str = "") -> Progress:
        """Create (expected_version None) or update the progress of a measure for one round; returns the record.

        Raises ConflictError, saying what the other save stored, when another save came first: an update whose
        version moved on, a first save when the round already has progress (also two first saves at once), or
        a measure deleted meanwhile.
        """
        if round_ not in ROUNDS:
            raise ValueError(f"unknown round {round_!r}")
        values = {k: v for k, v in fields.items() if k in PROGRESS_FIELDS}
        if values.get("status", "not_started") not in STATUSES:
            raise ValueError(f"unknown status {values['status']!r}")
        key = (progress.c.measure_id == measure_id, progress.c.fiscal_year == fiscal_year,
               progress.c.round == round_)
        now = _now()
        try:
            with self._engine.begin() as conn:
                if expected_version is None:    # a first save: the unique (measure, year, round) refuses a second
                    row = {"status": "not_started", "result": "", "problems": "", "evidence_url": "", **values}
                    conn.execute(progress.insert().values(measure_id=measure_id, fiscal_year=fiscal_year,
                                                          round=round_, **row, version=1, created_at=now,
                                                          created_by=who, updated_at=now, updated_by=who))
                else:                           # the optimistic lock: version condition and row count
                    done = conn.execute(progress.update().where(*key, progress.c.version == expected_version)
                                        .values(**values, version=expected_version + 1, updated_at=now,
                                                updated_by=who)).rowcount
                    if done != 1:    # moved on, or gone (with its measure)
                        raise (self._progress_conflict(conn, measure_id, key, values)
                               or ConflictError(measure_id, [], deleted=True))
                _log(conn, measure_id, now, who, "progress", {"fiscal_year": fiscal_year, "round": round_, **values})
                return Progress(**conn.execute(sa.select(progress).where(*key)).one()._mapping)
        except sa.exc.IntegrityError:
            with self._engine.connect() as conn:    # the unique round (a concurrent first save) or the measure's FK
                error = self._progress_conflict(conn, measure_id, key, values)
            if error is None:
                raise
            raise error from None

    @staticmethod
    def _progress_conflict(conn: Connection, measure_id: int, key: tuple, values: dict) -> ConflictError | None:
        """Why a progress save was refused: the fields the stored round holds differently, or the measure deleted;
        None when the round holds no progress and the measure exists (nothing to conflict with)."""
        current = conn.execute(sa.select(progress).where(*key)).first()
        if current is None:
            exists = conn.execute(sa.select(measures.c.id).where(measures.c.id == measure_id)).first() is not None
            return None if exists else ConflictError(measure_id, [], deleted=True)
        theirs = [Change(k, None, getattr(current, k), current.updated_by, current.updated_at)
                  for k in PROGRESS_FIELDS if k in values and getattr(current, k) != values[k]]
        return ConflictError(measure_id, theirs)

    def current_statuses(self, unit: str | None = None) -> list[str]:
        """Each listed measure's status as it stands: the status of its latest progress report (the last saved), or
        the measure's own status when no progress was reported — what the meeting deck counts."""
        records = self.list_all(unit=unit)
        saved = sorted((p for p in self.list_progress() if p.status),
                       key=lambda p: (p.updated_at or datetime.min.replace(tzinfo=timezone.utc), p.id))
        latest = {p.measure_id: p for p in saved}          # the last saved report of each measure wins
        return [latest[m.id].status if m.id in latest else m.status for m in records]

    def list_progress(self, fiscal_year: int | None = None, round_: Round | None = None) -> list[Progress]:
        """Progress records (optionally of one year and round), by measure."""
        query = sa.select(progress)
        if fiscal_year is not None:
            query = query.where(progress.c.fiscal_year == fiscal_year)
        if round_ is not None:
            query = query.where(progress.c.round == round_)
        with self._engine.connect() as conn:
            rows = conn.execute(query.order_by(progress.c.measure_id, progress.c.id))
            return [Progress(**r._mapping) for r in rows]

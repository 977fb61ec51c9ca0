"""The OIT readiness checklists (migration 0006): one row per fiscal year, unit and item, each versioned so two
people saving the same item from the same version cannot lose one another's change; and the evidence link checks."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from analysis.plan.checklist import STATUSES, Entry
from analysis.store import tables as t
from analysis.store.records import DEMO_AUTHOR, Change, ConflictError

rows, checks = t.oit_checklist, t.oit_link_checks
_FIELDS = ("status", "urls", "owner", "due", "notes")


@dataclass(frozen=True)
class StoredEntry:
    """A checklist entry as stored: the entry, its row id and version, and who changed it last."""
    entry: Entry
    id: int
    version: int
    family: str
    updated_by: str
    updated_at: datetime | None
    is_demo: bool


@dataclass(frozen=True)
class StoredCheck:
    code: str
    url: str
    outcome: str
    http_status: int | None
    final_url: str
    reason: str
    checked_at: datetime
    params: dict

    def as_check(self):
        """The stored result as analysis.ita.LinkCheck (its message in either language)."""
        from analysis.ita.evidence import LinkCheck

        return LinkCheck(self.url, self.outcome, self.http_status, self.final_url, self.checked_at, self.reason,
                         self.params)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _values(entry: Entry) -> dict:
    if entry.status not in STATUSES:
        raise ValueError(f"unknown checklist status {entry.status!r}")
    return {"status": entry.status, "urls_json": json.dumps(list(entry.urls), ensure_ascii=False),
            "owner": entry.owner or "", "due": entry.due, "notes": entry.notes or ""}


def _stored(r) -> StoredEntry:
    entry = Entry(r.code, r.status, tuple(json.loads(r.urls_json or "[]")), r.owner or "", r.due, r.notes or "")
    return StoredEntry(entry, r.id, r.version, r.family, r.updated_by or "", r.updated_at, r.created_by == DEMO_AUTHOR)


def _owned(who: str):
    """created_by after an edit: a demo item someone edits becomes theirs (it is no longer demo)."""
    return sa.case((rows.c.created_by == DEMO_AUTHOR, who), else_=rows.c.created_by)


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


class ChecklistRepository:
    """Checklists per fiscal year and unit (schema: migration 0006_oit_checklist)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def load(self, fiscal_year: int, unit: str | None = None) -> dict[str, dict[str, StoredEntry]]:
        """{unit: {item code: stored entry}} of a fiscal year (one unit, or every unit)."""
        query = sa.select(rows).where(rows.c.fiscal_year == int(fiscal_year))
        if unit is not None:
            query = query.where(rows.c.unit == unit)
        out: dict[str, dict[str, StoredEntry]] = {}
        with self._engine.connect() as conn:
            for r in conn.execute(query.order_by(rows.c.unit, rows.c.id)):
                out.setdefault(r.unit, {})[r.code] = _stored(r)
        return out

    def years(self) -> list[int]:
        """The fiscal years that have a checklist, newest first."""
        with self._engine.connect() as conn:
            return [int(y) for y, in conn.execute(sa.select(rows.c.fiscal_year).distinct()
                                                  .order_by(rows.c.fiscal_year.desc()))]

    def save(self, fiscal_year: int, unit: str, family: str, entry: Entry, expected_version: int | None,
             who: str = "") -> StoredEntry:
        """Create (expected_version None) or update one item; refused with ConflictError, saying what the other save
        stored, when someone saved the item in between (also two first saves at once)."""
        values = _values(entry)
        key = (rows.c.fiscal_year == int(fiscal_year), rows.c.unit == unit, rows.c.code == entry.code)
        now = _now()
        try:
            with self._engine.begin() as conn:
                if expected_version is None:
                    conn.execute(rows.insert().values(fiscal_year=int(fiscal_year), unit=unit, family=family,
                                                      code=entry.code, **values, version=1, created_at=now,
                                                      created_by=who, updated_at=now, updated_by=who))
                else:
                    done = conn.execute(rows.update().where(*key, rows.c.version == expected_version)
                                        .values(**values, family=family, version=expected_version + 1,
                                                updated_at=now, updated_by=who, created_by=_owned(who))).rowcount
                    if done != 1:
                        raise self._conflict(conn, key, values)
                return _stored(conn.execute(sa.select(rows).where(*key)).one())
        except sa.exc.IntegrityError:
            with self._engine.connect() as conn:
                raise self._conflict(conn, key, values) from None

    @staticmethod
    def _conflict(conn, key, values: dict) -> ConflictError:
        now = conn.execute(sa.select(rows).where(*key)).first()
        if now is None:
            return ConflictError(0, [], deleted=True)
        theirs = _stored(now)
        changes = []
        for name in _FIELDS:
            ours = json.loads(values["urls_json"]) if name == "urls" else values[name]
            stored = list(theirs.entry.urls) if name == "urls" else getattr(theirs.entry, name)
            if _plain(ours) != _plain(stored):
                changes.append(Change(name, _plain(ours), _plain(stored), theirs.updated_by, theirs.updated_at))
        return ConflictError(now.id, changes)

    def import_entries(self, fiscal_year: int, unit: str, family: str, entries: Iterable[Entry],
                       who: str = "") -> int:
        """Store an imported checklist in one transaction: each item replaces the stored one (its version moves
        on), items not in the file stay; returns how many items were written."""
        now, n, new = _now(), 0, []
        with self._engine.begin() as conn:
            stored = {r.code: r for r in conn.execute(sa.select(rows).where(rows.c.fiscal_year == int(fiscal_year),
                                                                           rows.c.unit == unit))}
            for entry in entries:
                values = _values(entry)
                if entry.code in stored:
                    r = stored[entry.code]
                    conn.execute(rows.update().where(rows.c.id == r.id).values(
                        **values, family=family, version=r.version + 1, updated_at=now, updated_by=who,
                        created_by=_owned(who)))
                else:
                    new.append(dict(fiscal_year=int(fiscal_year), unit=unit, family=family, code=entry.code,
                                    **values, version=1, created_at=now, created_by=who, updated_at=now,
                                    updated_by=who))
                n += 1
            if new:                                   # the new items in one statement (executemany)
                conn.execute(rows.insert(), new)
        return n

    def remove_created_by(self, who: str) -> int:
        """Delete every checklist row created by `who` (the demo); returns how many."""
        with self._engine.begin() as conn:
            return conn.execute(rows.delete().where(rows.c.created_by == who)).rowcount

    def has_demo(self) -> bool:
        with self._engine.connect() as conn:
            return conn.execute(sa.select(rows.c.id).where(rows.c.created_by == DEMO_AUTHOR).limit(1)).first() is not None

    # ------------------------------------------------------------ link checks

    def record_checks(self, fiscal_year: int, unit: str, results: Iterable[tuple[str, object]]) -> int:
        """Store link-check results ((item code, LinkCheck) pairs), replacing earlier ones for the same URLs."""
        results = list(results)
        with self._engine.begin() as conn:
            for code, r in results:
                conn.execute(checks.delete().where(checks.c.fiscal_year == int(fiscal_year), checks.c.unit == unit,
                                                   checks.c.code == code, checks.c.url == r.url))
                conn.execute(checks.insert().values(fiscal_year=int(fiscal_year), unit=unit, code=code, url=r.url,
                                                    outcome=r.outcome, http_status=r.http_status,
                                                    final_url=r.final_url or "",
                                                    reason=json.dumps({"code": r.reason or "",
                                                                       "params": getattr(r, "params", {}) or {}},
                                                                      ensure_ascii=False),
                                                    checked_at=r.checked_at))
        return len(results)

    def checks(self, fiscal_year: int, unit: str) -> dict[tuple[str, str], StoredCheck]:
        """The latest check of each (item code, URL) of a unit's checklist."""
        query = sa.select(checks).where(checks.c.fiscal_year == int(fiscal_year), checks.c.unit == unit)
        out = {}
        with self._engine.connect() as conn:
            for r in conn.execute(query.order_by(checks.c.id)):
                why = json.loads(r.reason or "{}")
                out[(r.code, r.url)] = StoredCheck(r.code, r.url, r.outcome, r.http_status, r.final_url,
                                                   why.get("code", ""), r.checked_at, why.get("params", {}))
        return out


def entries_of(stored: Mapping[str, StoredEntry]) -> dict[str, Entry]:
    """The plain entries of one unit's stored checklist."""
    return {code: s.entry for code, s in stored.items()}

"""Frameworks made or changed in the app (migration 0007): every save is a new version of that year's framework,
validated as the shipped files are before it is stored; the newest version of a year is the one that scores it."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from datetime import datetime, timezone

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from analysis.ita.framework import Framework, parse_framework
from analysis.store import tables as t

rows = t.frameworks


@dataclass(frozen=True)
class StoredFramework:
    """One saved version of a year's framework."""
    fiscal_year: int
    version: int
    toml_text: str
    status: str
    note: str
    created_at: datetime
    created_by: str

    def framework(self) -> Framework:
        """The framework (validated again; it was valid when saved), named after its version."""
        fw = parse_framework(tomllib.loads(self.toml_text), stored_name(self.fiscal_year, self.version))
        return replace(fw, version=self.version)


def stored_name(year: int, version: int) -> str:
    return f"fy{year}-v{version} (workspace)"


def _stored(r) -> StoredFramework:
    return StoredFramework(r.fiscal_year, r.version, r.toml_text, r.status, r.note or "", r.created_at,
                           r.created_by or "")


class FrameworkRepository:
    """Saved framework versions (schema: migration 0007_frameworks)."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def save(self, toml_text: str, note: str = "", who: str = "") -> StoredFramework:
        """Validate the TOML as a framework (FrameworkError naming the field when it is not one) and store it as the
        next version of its fiscal year; returns the stored version."""
        try:
            data = tomllib.loads(toml_text)
        except tomllib.TOMLDecodeError as exc:
            from analysis.common.report import FrameworkError

            raise FrameworkError("(workspace)", "(file)", "fw.unreadable", error=str(exc)) from exc
        fw = parse_framework(data, "(workspace)")
        for attempt in (1, 2, 3):
            try:
                with self._engine.begin() as conn:
                    top = conn.execute(sa.select(sa.func.max(rows.c.version))
                                       .where(rows.c.fiscal_year == fw.fiscal_year)).scalar() or 0
                    conn.execute(rows.insert().values(fiscal_year=fw.fiscal_year, version=top + 1, toml_text=toml_text,
                                                      status=fw.status, note=note or "",
                                                      created_at=datetime.now(timezone.utc), created_by=who))
                    return _stored(conn.execute(sa.select(rows).where(rows.c.fiscal_year == fw.fiscal_year,
                                                                      rows.c.version == top + 1)).one())
            except sa.exc.IntegrityError:          # someone saved the same year's next version at the same time
                if attempt == 3:
                    raise
        raise AssertionError("unreachable")

    def latest(self) -> dict[int, StoredFramework]:
        """The newest saved version of every year that has one."""
        out: dict[int, StoredFramework] = {}
        with self._engine.connect() as conn:
            for r in conn.execute(sa.select(rows).order_by(rows.c.fiscal_year, rows.c.version)):
                out[r.fiscal_year] = _stored(r)
        return out

    def versions(self, fiscal_year: int) -> list[StoredFramework]:
        """Every saved version of a year, newest first."""
        with self._engine.connect() as conn:
            return [_stored(r) for r in conn.execute(sa.select(rows).where(rows.c.fiscal_year == int(fiscal_year))
                                                     .order_by(rows.c.version.desc()))]

    def signature(self) -> str:
        """Changes whenever a version is saved (part of the workspace's cache key)."""
        with self._engine.connect() as conn:
            n, top = conn.execute(sa.select(sa.func.count(rows.c.id), sa.func.max(rows.c.id))).one()
        return f"{n}:{top or 0}"

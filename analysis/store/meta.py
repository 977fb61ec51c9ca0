"""The workspace flags repository: small key/value settings such as "the user removed the demo"."""
from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from analysis.store import tables as t

DEMO_DISMISSED = "demo_dismissed"
DEMO_KINDS = ("results", "complaints", "measures")


def demo_shown_key(kind: str) -> str:
    """The flag that keeps the demo of a kind in the analysis beside the user's own data ("1") — by default the
    demo of a kind leaves the analysis once the user's data of that kind is stored."""
    if kind not in DEMO_KINDS:
        raise ValueError(f"unknown demo kind: {kind}")
    return f"demo_{kind}_shown"


class MetaRepository:
    """Workspace flags (e.g. DEMO_DISMISSED), one value per key; the last write wins, also when two race."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def get(self, key: str) -> str | None:
        """The stored value of a workspace flag, or None when never set."""
        with self._engine.connect() as conn:
            return conn.execute(sa.select(t.meta.c.value).where(t.meta.c.key == key)).scalar_one_or_none()

    def set(self, key: str, value: str) -> None:
        """Store a workspace flag, replacing any earlier value; returns None."""
        update = t.meta.update().where(t.meta.c.key == key).values(value=str(value))
        with self._engine.begin() as conn:
            if conn.execute(update).rowcount:
                return
        try:
            with self._engine.begin() as conn:
                conn.execute(t.meta.insert().values(key=key, value=str(value)))
        except sa.exc.IntegrityError:        # a concurrent first write of the key came first: overwrite it
            with self._engine.begin() as conn:
                conn.execute(update)

    def demo_dismissed(self) -> bool:
        """True when the user removed the demo (it is then not loaded again on the next start)."""
        return self.get(DEMO_DISMISSED) == "1"

    def set_demo_dismissed(self, dismissed: bool) -> None:
        """Remember whether the user removed the demo; returns None."""
        self.set(DEMO_DISMISSED, "1" if dismissed else "0")

    def demo_shown(self, kind: str) -> bool:
        """True when the user asked to keep the demo of this kind (results, complaints, measures) beside theirs."""
        return self.get(demo_shown_key(kind)) == "1"

    def set_demo_shown(self, kind: str, shown: bool) -> None:
        """Keep the demo of this kind in the analysis beside the user's data (True) or leave it out (False)."""
        self.set(demo_shown_key(kind), "1" if shown else "0")

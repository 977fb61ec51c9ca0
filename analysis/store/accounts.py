"""Accounts (roles per unit, argon2 password hashes, lock-out after repeated failures) and the append-only audit
trail. Every change to an account writes its audit entry in the same transaction; the trail has no update or
delete: nothing in the app can edit it."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Literal

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.engine import Connection, Engine

from analysis.store import tables as t

Role = Literal["viewer", "editor", "admin"]
ROLES: tuple[str, ...] = ("viewer", "editor", "admin")
ALL_UNITS = "*"
MAX_FAILURES = 5                          # wrong passwords in a row before the account locks
LOCK_MINUTES = 15
MIN_PASSWORD = 10                         # characters
_HASHER = PasswordHasher()                # argon2id with the library's current recommended parameters


class AccountError(Exception):
    """A refused account operation; code names the reason (the CLI and pages turn it into text)."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params
        super().__init__(f"{code}: {params}")


@dataclass(frozen=True)
class Account:
    """An account as the app sees it (never the password hash)."""
    name: str
    role: Role
    units: tuple[str, ...]               # the units granted; ("*",) every unit
    email: str
    locked_until: datetime | None

    @property
    def all_units(self) -> bool:
        return ALL_UNITS in self.units

    def locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or _now())

    def may_edit(self, unit: str) -> bool:
        """True when this account may change the measures, progress and uploads of `unit`."""
        return self.role == "admin" or (self.role == "editor" and (self.all_units or unit in self.units))


@dataclass(frozen=True)
class SignIn:
    """The outcome of a password check: ok, wrong (with the tries left), locked (until when) or unknown."""
    status: Literal["ok", "wrong", "locked", "unknown"]
    account: Account | None = None
    tries_left: int = 0
    locked_until: datetime | None = None


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit trail."""
    at: datetime
    user: str
    unit: str
    action: str
    object: str
    details: dict


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _account(row) -> Account:
    return Account(row.name, row.role, tuple(json.loads(row.units_json)), row.email, row.locked_until)


def audit(conn: Connection, user: str, action: str, object_: str = "", details: dict | None = None,
          unit: str = "", at: datetime | None = None) -> None:
    """Append one entry to the audit trail inside the caller's transaction."""
    conn.execute(t.audit_log.insert().values(at=at or _now(), user=user or "", unit=unit or "", action=action,
                                             object=object_ or "",
                                             details_json=json.dumps(details or {}, ensure_ascii=False)))


class AuditRepository:
    """The audit trail: append and read, nothing else."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def record(self, user: str, action: str, object_: str = "", details: dict | None = None, unit: str = "") -> None:
        """Append an entry (e.g. a sign-in, an export of complaint data)."""
        with self._engine.begin() as conn:
            audit(conn, user, action, object_, details, unit)

    def list(self, since: datetime | None = None, user: str | None = None,
             action: str | None = None) -> list[AuditEntry]:
        """Entries oldest first, optionally from `since` on, of one user and/or one action."""
        a = t.audit_log.c
        query = sa.select(t.audit_log).order_by(a.at, a.id)
        if since is not None:
            query = query.where(a.at >= since)
        if user is not None:
            query = query.where(a.user == user)
        if action is not None:
            query = query.where(a.action == action)
        with self._engine.connect() as conn:
            return [AuditEntry(r.at, r.user, r.unit, r.action, r.object, json.loads(r.details_json or "{}"))
                    for r in conn.execute(query)]


def _units(role: str, units: list[str] | tuple[str, ...], all_units: bool) -> list[str]:
    if role not in ROLES:
        raise AccountError("bad_role", role=role)
    cleaned = sorted({u.strip() for u in units if u and u.strip()})
    if all_units or role == "admin":
        return [ALL_UNITS]
    if role == "editor" and not cleaned:
        raise AccountError("editor_needs_unit")
    return cleaned


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError("password_short", n=MIN_PASSWORD)


class AccountRepository:
    """Accounts: add, list, change role or units, remove, check a password (with lock-out), change or reset it."""

    def __init__(self, engine: Engine):
        self._engine = engine

    def _row(self, conn: Connection, name: str):
        return conn.execute(sa.select(t.accounts).where(t.accounts.c.name == name)).first()

    def get(self, name: str) -> Account | None:
        with self._engine.connect() as conn:
            row = self._row(conn, name)
        return _account(row) if row is not None else None

    def by_email(self, email: str) -> Account | None:
        """The account whose e-mail (the OpenID Connect claim) is `email`, compared without case."""
        query = sa.select(t.accounts).where(sa.func.lower(t.accounts.c.email) == email.strip().lower())
        with self._engine.connect() as conn:
            row = conn.execute(query).first()
        return _account(row) if row is not None else None

    def list_all(self) -> list[Account]:
        with self._engine.connect() as conn:
            return [_account(r) for r in conn.execute(sa.select(t.accounts).order_by(t.accounts.c.name))]

    def count(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(t.accounts)).scalar_one())

    def add(self, name: str, role: str, units: list[str] | tuple[str, ...] = (), all_units: bool = False,
            password: str = "", email: str = "", actor: str = "") -> Account:
        """Create an account (password "" : no local sign-in, e.g. OpenID Connect only)."""
        name = name.strip()
        if not name:
            raise AccountError("name_empty")
        granted = _units(role, units, all_units)
        if password:
            _check_password(password)
        now = _now()
        with self._engine.begin() as conn:
            if self._row(conn, name) is not None:
                raise AccountError("exists", name=name)
            conn.execute(t.accounts.insert().values(
                name=name, role=role, units_json=json.dumps(granted, ensure_ascii=False), email=email.strip(),
                password_hash=_HASHER.hash(password) if password else "", failed_attempts=0, locked_until=None,
                created_at=now, updated_at=now))
            audit(conn, actor, "account_add", name, {"role": role, "units": granted})
            return _account(self._row(conn, name))

    def set_role(self, name: str, role: str, units: list[str] | tuple[str, ...] = (), all_units: bool = False,
                 actor: str = "") -> Account:
        """Change an account's role and the units granted (audited with before and after)."""
        granted = _units(role, units, all_units)
        with self._engine.begin() as conn:
            row = self._row(conn, name)
            if row is None:
                raise AccountError("unknown", name=name)
            conn.execute(t.accounts.update().where(t.accounts.c.id == row.id).values(
                role=role, units_json=json.dumps(granted, ensure_ascii=False), updated_at=_now()))
            audit(conn, actor, "role_change", name, {"before": {"role": row.role, "units": json.loads(row.units_json)},
                                                     "after": {"role": role, "units": granted}})
            return _account(self._row(conn, name))

    def remove(self, name: str, actor: str = "") -> None:
        with self._engine.begin() as conn:
            row = self._row(conn, name)
            if row is None:
                raise AccountError("unknown", name=name)
            conn.execute(t.accounts.delete().where(t.accounts.c.id == row.id))
            audit(conn, actor, "account_remove", name, {"role": row.role})

    def sign_in(self, name: str, password: str, now: datetime | None = None) -> SignIn:
        """Check a password: MAX_FAILURES wrong ones in a row lock the account for LOCK_MINUTES (a right password
        while locked is refused too). Every outcome is audited."""
        now = now or _now()
        with self._engine.begin() as conn:
            row = self._row(conn, name)
            if row is None:
                audit(conn, name, "sign_in_failed", name, {"reason": "unknown account"}, at=now)
                return SignIn("unknown")
            if row.locked_until is not None and row.locked_until > now:
                audit(conn, name, "sign_in_failed", name, {"reason": "locked"}, at=now)
                return SignIn("locked", locked_until=row.locked_until)
            if _verify(row.password_hash, password):
                conn.execute(t.accounts.update().where(t.accounts.c.id == row.id).values(failed_attempts=0,
                                                                                         locked_until=None))
                audit(conn, name, "sign_in", name, at=now)
                return SignIn("ok", _account(self._row(conn, name)))
            failures = (row.failed_attempts or 0) + 1
            until = now + timedelta(minutes=LOCK_MINUTES) if failures >= MAX_FAILURES else None
            conn.execute(t.accounts.update().where(t.accounts.c.id == row.id).values(
                failed_attempts=0 if until else failures, locked_until=until))
            audit(conn, name, "sign_in_failed", name, {"reason": "wrong password", "attempt": failures}, at=now)
            if until is not None:
                audit(conn, name, "lock_out", name, {"until": until.isoformat()}, at=now)
                return SignIn("locked", locked_until=until)
            return SignIn("wrong", tries_left=MAX_FAILURES - failures)

    def change_password(self, name: str, old: str, new: str) -> None:
        """The user's own change: the old password must be right."""
        _check_password(new)
        with self._engine.begin() as conn:
            row = self._row(conn, name)
            if row is None or not _verify(row.password_hash, old):
                raise AccountError("wrong_password")
            self._set_hash(conn, row.id, new)
            audit(conn, name, "password_change", name)

    def reset_password(self, name: str, new: str, actor: str = "") -> None:
        """An admin's reset: sets the password and lifts a lock-out."""
        _check_password(new)
        with self._engine.begin() as conn:
            row = self._row(conn, name)
            if row is None:
                raise AccountError("unknown", name=name)
            self._set_hash(conn, row.id, new)
            audit(conn, actor, "password_reset", name)

    @staticmethod
    def _set_hash(conn: Connection, account_id: int, password: str) -> None:
        conn.execute(t.accounts.update().where(t.accounts.c.id == account_id).values(
            password_hash=_HASHER.hash(password), failed_attempts=0, locked_until=None, updated_at=_now()))


def _verify(stored: str, password: str) -> bool:
    if not stored:
        return False
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False

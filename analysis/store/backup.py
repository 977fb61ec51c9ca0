"""Backup and restore of the whole workspace: one JSON-lines member per table plus manifest.json with each member's
SHA-256 and row count, in one .zip.

The members are deterministic (rows in primary-key order, fixed value forms, fixed zip timestamps), so a backup taken
right after a restore has the same member hashes. A restore checks everything first (the zip, the manifest, every
hash, every row's columns) and then writes in one transaction: a damaged or foreign file changes nothing.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

import sqlalchemy as sa

from analysis.common.text import t
from analysis.store import tables
from analysis.store.store import Store

log = logging.getLogger(__name__)

FORMAT = "ita-workspace-backup"
VERSION = 1
MANIFEST = "manifest.json"
# parents before children: restored in this order, emptied in the reverse one
TABLES: tuple[sa.Table, ...] = (
    tables.meta, tables.datasets, tables.scores, tables.published,
    tables.measures, tables.measure_links, tables.measure_progress, tables.measure_log,
    tables.complaint_uploads, tables.complaint_records, tables.complaint_counts,
    tables.accounts, tables.audit_log, tables.oit_checklist, tables.oit_link_checks,
    tables.frameworks,
)
# columns holding secrets (password hashes): written blank unless asked for (the accounts then restore without a
# password: an admin resets it)
SECRET_COLUMNS: dict[str, tuple[str, ...]] = {"accounts": ("password_hash",)}
MAX_MEMBER_BYTES = 4 * 1024 ** 3          # a member larger than this unpacked is not a backup of ours
MAX_RATIO = 200                           # unpacked / packed: a higher ratio is a zip bomb, not JSON lines
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)         # fixed member timestamps: the same content gives the same zip members


class BackupError(Exception):
    """A backup that cannot be restored (or a restore refused); message(lang) says why and what to do."""

    def __init__(self, code: str, **params: Any):
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "th") -> str:
        return t(f"backup.{self.code}", lang, **self.params)


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds or a restore wrote: rows per table (members in restore order) and their SHA-256."""
    rows: dict[str, int]
    sha256: dict[str, str]


# --- values -----------------------------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """A stored value in its JSON form: UTC ISO timestamps, ISO dates, finite floats (NaN → null)."""
    if isinstance(value, datetime):
        value = value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _column_reader(column: sa.Column):
    """How a JSON value becomes the column's Python value again."""
    kind = column.type
    if isinstance(kind, tables.UTCDateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(kind, sa.DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v).replace(tzinfo=None)
    if isinstance(kind, sa.Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    if isinstance(kind, sa.Boolean):
        return lambda v: None if v is None else bool(v)
    if isinstance(kind, sa.Integer):
        return lambda v: None if v is None else int(v)
    if isinstance(kind, sa.Float):
        return lambda v: None if v is None else float(v)
    return lambda v: v


def _member(table: sa.Table) -> str:
    return f"{table.name}.jsonl"


# --- backup -----------------------------------------------------------------------------------------------

def _dump(conn: sa.Connection, table: sa.Table, blank: tuple[str, ...] = ()) -> tuple[bytes, int]:
    names = [c.name for c in table.columns]
    order = [table.c[k.name] for k in table.primary_key.columns]
    out = io.StringIO()
    n = 0
    for row in conn.execute(sa.select(table).order_by(*order)):
        record = {name: "" if name in blank else _plain(value) for name, value in zip(names, row)}
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False))
        out.write("\n")
        n += 1
    return out.getvalue().encode("utf-8"), n


def _zip_member(zf: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, data)


def backup_workspace(store: Store, with_accounts: bool = False) -> tuple[bytes, BackupSummary]:
    """The whole workspace as a .zip (bytes) and what it holds; read in one transaction (a consistent snapshot)."""
    rows: dict[str, int] = {}
    digests: dict[str, str] = {}
    members: list[tuple[str, bytes]] = []
    with store.engine.begin() as conn:
        for table in TABLES:
            data, n = _dump(conn, table, () if with_accounts else SECRET_COLUMNS.get(table.name, ()))
            name = _member(table)
            members.append((name, data))
            rows[table.name], digests[name] = n, hashlib.sha256(data).hexdigest()
        schema = _revision(conn)
    manifest = {"format": FORMAT, "version": VERSION, "schema": schema,
                "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "with_accounts": with_accounts,
                "members": {name: {"sha256": digests[name], "rows": rows[name.removesuffix(".jsonl")]}
                            for name, _ in members}}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        _zip_member(zf, MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8"))
        for name, data in members:
            _zip_member(zf, name, data)
    return buffer.getvalue(), BackupSummary(rows, digests)


def _revision(conn: sa.Connection) -> str | None:
    try:
        return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    except sa.exc.DBAPIError:
        return None


# --- restore ----------------------------------------------------------------------------------------------

def _open(data: bytes) -> tuple[zipfile.ZipFile, dict]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError):
        raise BackupError("not_zip") from None
    if MANIFEST not in names:
        raise BackupError("no_manifest")
    try:
        manifest = json.loads(_read(zf, MANIFEST))
    except (ValueError, UnicodeDecodeError):
        raise BackupError("bad_manifest") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("foreign")
    if manifest.get("version") != VERSION or not isinstance(manifest.get("members"), dict):
        raise BackupError("bad_version", version=str(manifest.get("version")))
    return zf, manifest


def _read(zf: zipfile.ZipFile, name: str) -> bytes:
    info = zf.getinfo(name)
    if info.file_size > MAX_MEMBER_BYTES or info.file_size > MAX_RATIO * max(info.compress_size, 1024):
        raise BackupError("too_large", member=name)
    try:
        return zf.read(name)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError):
        raise BackupError("damaged", member=name) from None


def _rows(zf: zipfile.ZipFile, manifest: dict, table: sa.Table) -> list[dict]:
    """The rows of one member, checked against its manifest hash and the table's columns."""
    name = _member(table)
    entry = manifest["members"].get(name)
    if entry is None:
        return []
    if name not in zf.namelist():
        raise BackupError("missing_member", member=name)
    data = _read(zf, name)
    if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
        raise BackupError("hash_mismatch", member=name)
    readers = {c.name: _column_reader(c) for c in table.columns}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BackupError("damaged", member=name) from None
    out = []
    for line_no, line in enumerate(text.splitlines(), 1):
        try:
            record = json.loads(line)
            if not isinstance(record, dict) or set(record) != set(readers):
                raise ValueError
            out.append({k: readers[k](v) for k, v in record.items()})
        except (ValueError, TypeError):
            raise BackupError("bad_row", member=name, line=line_no) from None
    return out


def is_empty(store: Store) -> bool:
    """True when no table of the workspace holds a row."""
    with store.engine.connect() as conn:
        return all(conn.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first() is None
                   for table in TABLES)


def restore_workspace(store: Store, data: bytes, replace: bool = False) -> BackupSummary:
    """Load a backup into the workspace (refused unless it is empty or replace=True); all or nothing.

    Raises BackupError for a damaged, foreign or newer-schema file, and when the workspace holds data and replace is
    False; the workspace is then unchanged."""
    zf, manifest = _open(data)
    with store.engine.connect() as conn:
        here = _revision(conn)
    if manifest.get("schema") != here:
        raise BackupError("other_schema", theirs=str(manifest.get("schema")), ours=str(here))
    unknown = set(manifest["members"]) - {_member(tb) for tb in TABLES}
    if unknown:
        raise BackupError("unknown_member", member=sorted(unknown)[0])
    content = {table.name: _rows(zf, manifest, table) for table in TABLES}   # every check before any write
    if not replace and not is_empty(store):
        raise BackupError("not_empty")
    try:
        with store.engine.begin() as conn:
            for table in reversed(TABLES):
                conn.execute(table.delete())
            for table in TABLES:
                if content[table.name]:
                    conn.execute(table.insert(), content[table.name])
            if conn.dialect.name == "postgresql":
                _reset_sequences(conn)
    except (sa.exc.IntegrityError, sa.exc.DataError) as exc:   # rows that break a constraint: the transaction undid all
        log.warning("restore refused: %s", exc)
        raise BackupError("bad_content") from None
    log.info("workspace restored from a backup of %s", manifest.get("created_at"))
    return BackupSummary({name: len(rows) for name, rows in content.items()},
                         {name: entry.get("sha256", "") for name, entry in manifest["members"].items()})


def _reset_sequences(conn: sa.Connection) -> None:
    """PostgreSQL: the id sequences continue after the restored ids (rows were inserted with their own ids)."""
    for table in TABLES:
        if "id" not in table.c:
            continue
        conn.execute(sa.text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"))

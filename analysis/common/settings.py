"""Settings as one declarative table (environment variable, default, help); read them with get()."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

OFFICE_FONT = "TH Sarabun New"   # the default font of exported Word/PowerPoint files (setting ITA_OFFICE_FONT)


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("ITA_DATA_DIR", "~/.local/share/ita-dashboard",
            "Folder for runtime state (the SQLite database); kept outside the repository."),
    Setting("ITA_DATABASE_URL", "sqlite:///$ITA_DATA_DIR/ita.sqlite3",
            "Any SQLAlchemy URL; e.g. postgresql+psycopg://user@host:5432/db for a shared deployment."),
    Setting("ITA_LOAD_DEMO", "1",
            "1 = load the demo datasets on first start when the database is empty; 0 = start empty."),
    Setting("ITA_ADDRESS", "127.0.0.1",
            "Address `make run` listens on: loopback by default; 0.0.0.0 (all interfaces) only for a shared deployment."),
    Setting("ITA_AUTH", "",
            "Sign-in: local (accounts in the workspace database), none (one person on this machine: loopback only) or "
            "oidc; empty = none when ITA_ADDRESS is a loopback address, local otherwise."),
    Setting("ITA_SESSION_HOURS", "8", "Hours a sign-in lasts before the user signs in again (ITA_AUTH=local)."),
    Setting("ITA_MAX_UPLOAD_MB", "25", "Largest file accepted for upload or ingest, in MB."),
    Setting("ITA_MAX_UNCOMPRESSED_MB", "300",
            "Largest declared uncompressed size of an .xlsx/.ods (zip) file, in MB; guards against zip bombs."),
    Setting("ITA_MAX_CELLS", "2000000",
            "Largest used range (rows × columns) of one sheet that is read; a larger sheet is refused before parsing."),
    Setting("ITA_PARSE_SECONDS", "30",
            "Longest time one workbook may take to read; past it the reading is stopped with a message."),
    Setting("ITA_PARSE_MEMORY_MB", "4096",
            "Memory limit (address space, MB) of the worker process that reads a workbook; 0 = no limit."),
    Setting("ITA_DATE_WINDOW_BE", "2500-2600",
            "Buddhist-era years a typed or imported date may fall in (first-last); dates outside are refused."),
    Setting("ITA_COMPLAINT_RETENTION_YEARS", "5",
            "Fiscal years of complaint records kept in detail (the current one included); older records are reduced "
            "to yearly counts at start and on demand. 0 = keep every record."),
    Setting("ITA_OFFICE_FONT", OFFICE_FONT,
            "Font named in exported Word/PowerPoint files (the font government machines use for official documents)."),
    Setting("ITA_EVIDENCE_HOSTS", "bangkok.go.th",
            "Hosts whose evidence links the OIT tracker may check (comma-separated; a host covers its subdomains); "
            "none = no link is checked."),
    Setting("ITA_EVIDENCE_ALLOW_LOCAL", "0",
            "Tests only: 1 lets the evidence link check reach private, loopback and link-local addresses."),
    Setting("ITA_TEST_POSTGRES_URL", "",
            "Tests only: a PostgreSQL SQLAlchemy URL; when set, storage tests also run against it."),
)
_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The value of a setting: the environment variable when set and not empty, else the default."""
    value = os.environ.get(name, "")
    return value if value.strip() else _BY_NAME[name].default


def data_dir() -> Path:
    """The runtime-state folder (created when missing)."""
    path = Path(os.path.expanduser(get("ITA_DATA_DIR")))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    """The SQLAlchemy URL of the workspace database."""
    url = get("ITA_DATABASE_URL")
    if "$ITA_DATA_DIR" in url:
        url = url.replace("$ITA_DATA_DIR", str(data_dir()))
    return url


def get_int(name: str) -> int:
    return int(float(get(name)))


def date_window_be() -> tuple[int, int]:
    """(first, last) Buddhist-era year of ITA_DATE_WINDOW_BE, e.g. (2500, 2600)."""
    first, _, last = get("ITA_DATE_WINDOW_BE").partition("-")
    try:
        lo, hi = int(first), int(last)
    except ValueError:
        lo, hi = 2500, 2600
    return (lo, hi) if lo <= hi else (hi, lo)


AUTH_MODES = ("none", "local", "oidc")


def is_loopback(address: str) -> bool:
    """True for an address only this machine reaches: 127.x.x.x, ::1, localhost."""
    import ipaddress

    host = address.strip().strip("[]").lower()
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def auth_mode(address: str | None = None) -> tuple[str, str | None]:
    """(the sign-in mode, None) or (the mode, a catalogue code saying why the server must not start): "none" is
    refused on an address other machines reach; an unknown mode is refused too."""
    address = get("ITA_ADDRESS") if address is None else address
    mode = get("ITA_AUTH").strip().lower() or ("none" if is_loopback(address) else "local")
    if mode not in AUTH_MODES:
        return mode, "auth.unknown_mode"
    if mode == "none" and not is_loopback(address):
        return mode, "auth.none_not_loopback"
    return mode, None

"""The audit trail in words: what was done (an action code such as "measures.update" → แก้ไขมาตรการ), to what
("measures:12" → มาตรการ 12) and the details (argument names and stored values as the forms show them), so the
audit page shows no internal name. An action, object or detail the catalogue does not know is shown as stored."""
from __future__ import annotations

from typing import Any

from analysis.common.text import TEXT, t
from analysis.ita import family_name
from analysis.plan.history import FIELD_KEYS, field_label, field_value
from analysis.store.access import LOCAL_USER
from analysis.store.accounts import ALL_UNITS

_HIDDEN = {"sha256", "expected_version", "toml_text"}     # kept in the record, of no use to a reader


def _code(kind: str, name: str) -> str:
    return f"audit.{kind}_{name.replace('.', '_')}"


def action_name(action: str, lang: str = "th") -> str:
    """An audit action in words ("" stays "")."""
    code = _code("do", action)
    return t(code, lang) if action and code in TEXT else action


def user_name(user: str, lang: str = "th") -> str:
    """An account as the audit trail names it: the one person of single-user mode in words, others by name."""
    return t("audit.local_user", lang) if user == LOCAL_USER else user


def object_name(obj: str, lang: str = "th") -> str:
    """What an entry is about in words: "measures:12" → "มาตรการ 12", a repository alone → its name."""
    repo, sep, rest = str(obj or "").partition(":")
    code = _code("obj", repo)
    if code not in TEXT:
        return str(obj or "")
    return f"{t(code, lang)} {rest}".strip() if sep else t(code, lang)


def _key(key: str, lang: str) -> str:
    code = _code("key", key)
    if code in TEXT:
        return t(code, lang)
    return field_label(key, lang) if key in FIELD_KEYS else key


def _value(key: str, value: Any, lang: str) -> str:
    if isinstance(value, bool):
        return t("audit.yes" if value else "audit.no", lang)
    if isinstance(value, dict):
        return "; ".join(f"{_key(k, lang)} = {_value(k, v, lang)}" for k, v in value.items() if v not in (None, ""))
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(key, v, lang) for v in value)
    if key == "units" and value == ALL_UNITS:
        return t("access.every_unit", lang)
    if key == "role" and f"auth.role_{value}" in TEXT:
        return t(f"auth.role_{value}", lang)
    if key == "family":
        return family_name(str(value), lang)
    if key == "action":
        return action_name(str(value), lang)
    if key == "round_" and f"msr.round_{value}" in TEXT:
        return t(f"msr.round_{value}", lang)
    if key in ("kind", "key") and _code("value", str(value)) in TEXT:
        return t(_code("value", str(value)), lang)
    if key in FIELD_KEYS:
        return field_value(key, value, lang)
    return str(value)


def details_text(details: dict | None, lang: str = "th") -> str:
    """An entry's details as "name: value · name: value" in words; empty values and bookkeeping left out."""
    parts = [f"{_key(k, lang)}: {_value(k, v, lang)}" for k, v in (details or {}).items()
             if k not in _HIDDEN and v not in (None, "", [], {})]
    return " · ".join(parts)

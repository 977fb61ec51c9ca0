"""Who may change what, enforced in the store: for_user(store, account) gives the same repositories, whose every
write first checks the acting account's role and units (raising Denied) and then writes its audit entry; reads
pass through. Every public method of every repository is classified below as a read or a write (a test keeps
the table complete, so a new method cannot slip past unchecked).

Rules: viewers change nothing; editors edit the measures and progress of the units granted (a measure with no
unit needs every unit) and upload files; admins also remove datasets and complaint files, manage the demo, the
workspace flags and the accounts."""
from __future__ import annotations

import functools
import inspect
from typing import Any, Callable

from analysis.common.text import t
from analysis.store.accounts import ALL_UNITS, Account, audit

EDIT, ADMIN, SELF = "edit", "admin", "self"
UNIT_OF_MEASURE, UNIT_OF_FIELDS, UNIT_ARG = "unit:measure", "unit:fields", "unit:arg"
COMPLAINT_EXPORT = "complaints.export"      # the audit action of a download of complaint data

# repository -> method -> rule ("read" passes through)
RULES: dict[str, dict[str, str]] = {
    "datasets": {"save": EDIT, "remove": ADMIN, "remove_demo": ADMIN, "set_demo_shown": ADMIN,
                 "list_all": "read", "has_data": "read", "has_real_data": "read", "version": "read",
                 "demo_in_analysis": "read", "load_scores": "read", "load_published": "read",
                 "find_by_sha256": "read", "provenance": "read"},
    "measures": {"add": UNIT_OF_FIELDS, "add_many": ADMIN, "import_plan": UNIT_ARG, "update_from_plan": UNIT_ARG,
                 "update": UNIT_OF_MEASURE, "duplicate": UNIT_OF_MEASURE, "delete": UNIT_OF_MEASURE,
                 "set_link": UNIT_OF_MEASURE, "save_progress": UNIT_OF_MEASURE, "remove_created_by": ADMIN,
                 "plan_repeats": "read", "get": "read", "list_all": "read", "demo_in_list": "read",
                 "undo_last": UNIT_OF_MEASURE, "history": "read", "last_change": "read", "manual_links": "read", "current_statuses": "read", "list_progress": "read"},
    "complaints": {"save": EDIT, "remove": ADMIN, "remove_demo": ADMIN, "apply_retention": ADMIN,
                   "list_all": "read", "has_data": "read", "year_sources": "read", "load": "read",
                   "find_by_sha256": "read", "provenance": "read", "version": "read"},
    "meta": {"set": ADMIN, "set_demo_dismissed": ADMIN, "set_demo_shown": ADMIN,
             "get": "read", "demo_dismissed": "read", "demo_shown": "read"},
    "accounts": {"add": ADMIN, "set_role": ADMIN, "remove": ADMIN, "reset_password": ADMIN,
                 "change_password": SELF, "sign_in": "read", "get": "read", "by_email": "read",
                 "list_all": "read", "count": "read"},
    "audit": {"record": "read", "list": ADMIN},
    "checklists": {"save": UNIT_ARG, "import_entries": UNIT_ARG, "record_checks": UNIT_ARG, "remove_created_by": ADMIN,
                   "load": "read", "years": "read", "checks": "read", "has_demo": "read"},
    "frameworks": {"save": EDIT, "latest": "read", "versions": "read", "signature": "read"},
}


class Denied(Exception):
    """A change the acting account may not make; message(lang) says which and why."""

    def __init__(self, code: str, **params: Any):
        self.code, self.params = code, params
        super().__init__(self.message("en"))

    def message(self, lang: str = "th") -> str:
        return t(self.code, lang, **self.params)


def check(account: Account, rule: str, unit: str | None = None) -> None:
    """Raise Denied unless the account may do what the rule needs (for a unit rule: on `unit`)."""
    if rule == "read":
        return
    if account.role == "admin":
        return
    if rule == ADMIN:
        raise Denied("access.admin_only", name=account.name)
    if account.role != "editor":
        raise Denied("access.viewer", name=account.name)
    if rule in (UNIT_OF_MEASURE, UNIT_OF_FIELDS, UNIT_ARG) and not account.may_edit(unit or ""):
        raise Denied("access.unit", name=account.name, unit=unit or t("access.every_unit"))


class _Guarded:
    """A repository seen by one account: writes checked, then audited; reads as they are."""

    def __init__(self, name: str, repo: Any, account: Account, engine):
        self._name, self._repo, self._account, self._engine = name, repo, account, engine

    def __getattr__(self, attr: str):
        value = getattr(self._repo, attr)
        if attr.startswith("_") or not callable(value):
            return value
        rule = RULES[self._name].get(attr)
        if rule is None:
            raise Denied("access.unclassified", method=f"{self._name}.{attr}")
        if rule == "read":
            return value
        return self._writer(attr, rule, value)

    def _unit(self, rule: str, bound: inspect.BoundArguments) -> str | None:
        args = bound.arguments
        if rule == UNIT_OF_MEASURE:
            measure = self._repo.get(args["measure_id"])
            return measure.unit if measure is not None else ""
        if rule == UNIT_OF_FIELDS:
            return (args.get("fields") or {}).get("unit", "")
        if rule == UNIT_ARG:
            return args.get("unit", "")
        return None

    def _writer(self, attr: str, rule: str, method: Callable) -> Callable:
        signature = inspect.signature(method)
        account = self._account

        @functools.wraps(method)
        def write(*args, **kwargs):
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            unit = self._unit(rule, bound)
            if rule == SELF:
                if bound.arguments.get("name") != account.name and account.role != "admin":
                    raise Denied("access.admin_only", name=account.name)
            else:
                check(account, rule, unit)
            for signer in ("who", "uploaded_by"):                 # a change is signed by the signed-in account
                if account.name != LOCAL_USER and signer in bound.arguments:
                    bound.arguments[signer] = account.name
            before = self._before(attr, bound)
            result = method(*bound.args, **bound.kwargs)
            if unit is None:
                unit = getattr(result, "unit", "") if isinstance(getattr(result, "unit", None), str) else ""
            with self._engine.begin() as conn:
                audit(conn, account.name, f"{self._name}.{attr}", _object(self._name, bound, result),
                      _details(bound, before), unit=_unit_text(unit))
            return result

        return write

    def _before(self, attr: str, bound) -> dict | None:
        """What an edit of a measure replaces: {"before": …} for an update, before and after for an undo."""
        if self._name == "measures" and attr == "update":
            current = self._repo.get(bound.arguments["measure_id"])
            if current is not None:
                return {"before": {k: _plain(getattr(current, k, None)) for k in (bound.arguments.get("fields") or {})}}
        if self._name == "measures" and attr == "undo_last":
            last = self._repo.last_change(bound.arguments["measure_id"])
            if last is not None:
                changes = last.detail["changes"].items()
                return {"before": {c: new for c, (_old, new) in changes}, "after": {c: old for c, (old, _new) in changes}}
        return None


def _plain(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return str(value)


def _unit_text(unit: str) -> str:
    return "" if unit == ALL_UNITS else unit


def _object(repo: str, bound, result) -> str:
    args = bound.arguments
    for key in ("measure_id", "dataset_id", "upload_id", "name", "file_name"):
        if key in args and args[key] not in (None, ""):
            return f"{repo}:{args[key]}"
    rid = getattr(result, "id", None)
    return f"{repo}:{rid}" if rid is not None else repo


def _details(bound, before: dict | None) -> dict:
    keep = {}
    for key, value in bound.arguments.items():
        if key in ("self", "result", "data", "password", "new", "old", "plan_measures", "items"):
            continue
        if key == "fields" and isinstance(value, dict):
            keep["after"] = {k: _plain(v) for k, v in value.items()}
            continue
        if isinstance(value, (str, int, float, bool)) or value is None:
            keep[key] = value
    return keep | (before or {})


LOCAL_USER = "local"      # the one person of ITA_AUTH=none: an admin, signing edits with the name they type


def local_account() -> Account:
    """The account of single-user mode (ITA_AUTH=none on loopback): everything allowed."""
    return Account(LOCAL_USER, "admin", (ALL_UNITS,), "", None)


class UserStore:
    """A Store as one account sees it: the same repositories with writes checked and audited (engine, schema and
    close pass through for the parts of the app that work on the whole database, e.g. backup for admins)."""

    def __init__(self, store, account: Account):
        self._store, self.account = store, account
        for name in RULES:
            setattr(self, name, _Guarded(name, getattr(store, name), account, store.engine))

    def __getattr__(self, attr: str):
        return getattr(self._store, attr)


def for_user(store, account: Account) -> UserStore:
    """The store as `account` may use it."""
    return UserStore(store, account)

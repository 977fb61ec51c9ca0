"""`python -m analysis users add|list|set-role|remove …` and `python -m analysis audit [--since DATE] --format json`:
the administrator's accounts and the audit trail (the first admin is created this way)."""
from __future__ import annotations

import sys
from datetime import datetime, time, timezone

from analysis.cli.args import EXIT_BAD_INPUT, lines, print_json


def _store():
    from analysis.store import Store

    return Store()


def _refused(exc) -> int:
    print(lines(f"acct.{exc.code}", **exc.params), file=sys.stderr)
    return EXIT_BAD_INPUT


def _run(action) -> int:
    from analysis.store import AccountError

    store = _store()
    try:
        return action(store)
    except AccountError as exc:
        return _refused(exc)
    finally:
        store.close()


def _add(args) -> int:
    password = ""
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            print(lines("acct.password_stdin_empty"), file=sys.stderr)
            return EXIT_BAD_INPUT

    def add(store) -> int:
        acct = store.accounts.add(args.name, args.role, args.unit, args.all_units, password, args.email, actor="cli")
        print(lines("acct.added", name=acct.name, role=acct.role))
        return 0
    return _run(add)


def _list(args) -> int:
    def show(store) -> int:
        rows = [{"name": a.name, "role": a.role, "units": list(a.units), "locked": a.locked()}
                for a in store.accounts.list_all()]
        if args.format == "json":
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['name']}\t{r['role']}\t{', '.join(r['units'])}\t{'locked' if r['locked'] else ''}")
        return 0
    return _run(show)


def _set_role(args) -> int:
    def change(store) -> int:
        acct = store.accounts.set_role(args.name, args.role, args.unit, args.all_units, actor="cli")
        print(lines("acct.role_set", name=acct.name, role=acct.role))
        return 0
    return _run(change)


def _remove(args) -> int:
    def remove(store) -> int:
        store.accounts.remove(args.name, actor="cli")
        print(lines("acct.removed", name=args.name))
        return 0
    return _run(remove)


def _since(text: str | None) -> datetime | None:
    from analysis.plan import parse_typed_date

    if not text:
        return None
    day = parse_typed_date(text)          # BE or CE, d/m/y or ISO; ValueError when not a date
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def _audit(args) -> int:
    try:
        since = _since(args.since)
    except ValueError as exc:       # args[0]: the catalogue message (unreadable, or outside the allowed years)
        why = exc.args[0] if exc.args and isinstance(exc.args[0], dict) else {"code": "acct.bad_since", "params": {}}
        print(lines("acct.bad_since", value=args.since, why=why), file=sys.stderr)
        return EXIT_BAD_INPUT

    def show(store) -> int:
        rows = [{"at": e.at.isoformat(), "user": e.user, "action": e.action, "object": e.object,
                 "details": e.details} for e in store.audit.list(since=since)]
        if args.format == "json":
            print_json(rows)
        else:
            for r in rows:
                print(f"{r['at']}\t{r['user']}\t{r['action']}\t{r['object']}")
        return 0
    return _run(show)


def _roles(p) -> None:
    from analysis.store import ROLES

    p.add_argument("--role", required=True, choices=ROLES, help="viewer reads; editor edits the units granted; "
                                                                "admin also manages accounts, removals and the audit")
    p.add_argument("--unit", action="append", default=[], help="a unit the editor may edit (repeat for several)")
    p.add_argument("--all-units", action="store_true", help="every unit")


def register(sub) -> None:
    """Add the `users` and `audit` subcommands."""
    users = sub.add_parser("users", help="accounts: add, list, set-role, remove")
    actions = users.add_subparsers(dest="users_command", required=True)
    add = actions.add_parser("add", help="create an account (the first admin is created this way)")
    add.add_argument("name")
    _roles(add)
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    add.add_argument("--email", default="", help="the e-mail the identity provider signs in with (ITA_AUTH=oidc)")
    add.set_defaults(func=_add)
    show = actions.add_parser("list", help="every account: name, role, units, locked")
    show.add_argument("--format", choices=("json", "table"), default="table")
    show.set_defaults(func=_list)
    role = actions.add_parser("set-role", help="change an account's role and units")
    role.add_argument("name")
    _roles(role)
    role.set_defaults(func=_set_role)
    remove = actions.add_parser("remove", help="remove an account")
    remove.add_argument("name")
    remove.set_defaults(func=_remove)
    audit = sub.add_parser("audit", help="the audit trail: every change and security event")
    audit.add_argument("--since", help="from this date on (DD/MM/YYYY in BE or CE, or YYYY-MM-DD)")
    audit.add_argument("--format", choices=("json", "table"), default="table")
    audit.set_defaults(func=_audit)

"""Accounts (issue 11.1–11.4): roles per unit, argon2 hashes, lock-out after five wrong passwords, the append-only
audit trail, the administrator's command line, and backups that leave the password hashes out unless asked."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta

import pytest

from analysis.cli.main import main
from analysis.store import AccountError
from analysis.store.backup import backup_workspace, restore_workspace

PASSWORD = "correct horse battery"


def test_an_editor_may_edit_the_units_granted_only(store):
    acct = store.accounts.add("somsri", "editor", ["สำนักงานเขตบางรัก"], password=PASSWORD)
    assert acct.units == ("สำนักงานเขตบางรัก",) and acct.may_edit("สำนักงานเขตบางรัก")
    assert not acct.may_edit("สำนักงานเขตพระนคร")
    assert store.accounts.add("viewer", "viewer").may_edit("สำนักงานเขตบางรัก") is False
    assert store.accounts.add("finance", "editor", all_units=True).may_edit("สำนักงานเขตพระนคร")
    assert store.accounts.add("root", "admin").units == ("*",)


@pytest.mark.parametrize(("call", "code"), [
    (lambda s: s.accounts.add("a", "editor"), "editor_needs_unit"),
    (lambda s: s.accounts.add("a", "owner"), "bad_role"),
    (lambda s: s.accounts.add("a", "viewer", password="short"), "password_short"),
    (lambda s: s.accounts.add("  ", "viewer"), "name_empty"),
    (lambda s: s.accounts.set_role("nobody", "viewer"), "unknown"),
    (lambda s: s.accounts.remove("nobody"), "unknown"),
])
def test_a_refused_account_change_names_its_reason(store, call, code):
    with pytest.raises(AccountError) as err:
        call(store)
    assert err.value.code == code
    assert store.accounts.list_all() == []


def test_a_second_account_of_the_same_name_is_refused(store):
    store.accounts.add("somsri", "viewer")
    with pytest.raises(AccountError) as err:
        store.accounts.add("somsri", "admin")
    assert err.value.code == "exists" and store.accounts.get("somsri").role == "viewer"


def test_the_password_is_kept_as_an_argon2_hash_only(store):
    store.accounts.add("somsri", "viewer", password=PASSWORD)
    with store.engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT password_hash FROM accounts").scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(store):
    store.accounts.add("somsri", "editor", ["ก"], password=PASSWORD)
    outcomes = [store.accounts.sign_in("somsri", "wrong password!") for _ in range(5)]
    assert [o.status for o in outcomes] == ["wrong"] * 4 + ["locked"]
    assert [o.tries_left for o in outcomes[:4]] == [4, 3, 2, 1]
    until = outcomes[-1].locked_until
    assert store.accounts.sign_in("somsri", PASSWORD).status == "locked", "the right password is refused while locked"
    assert store.accounts.get("somsri").locked()
    later = store.accounts.sign_in("somsri", PASSWORD, now=until + timedelta(seconds=1))
    assert later.status == "ok" and later.account.name == "somsri"
    assert store.accounts.sign_in("nobody", PASSWORD).status == "unknown"
    actions = [e.action for e in store.audit.list(user="somsri")]
    assert actions.count("sign_in_failed") == 6 and actions.count("lock_out") == 1 and actions[-1] == "sign_in"


def test_a_password_change_needs_the_old_one_and_an_admin_reset_lifts_a_lock(store):
    store.accounts.add("somsri", "viewer", password=PASSWORD)
    with pytest.raises(AccountError):
        store.accounts.change_password("somsri", "not the old one", "a new long password")
    store.accounts.change_password("somsri", PASSWORD, "a new long password")
    assert store.accounts.sign_in("somsri", "a new long password").status == "ok"
    for _ in range(5):
        store.accounts.sign_in("somsri", "wrong password!")
    store.accounts.reset_password("somsri", "reset by the admin", actor="root")
    assert store.accounts.sign_in("somsri", "reset by the admin").status == "ok"
    assert any(e.action == "password_reset" and e.user == "root" for e in store.audit.list())


def test_a_role_change_is_audited_with_before_and_after(store):
    store.accounts.add("somsri", "viewer", actor="root")
    store.accounts.set_role("somsri", "editor", ["สำนักงานเขตบางรัก"], actor="root")
    change = [e for e in store.audit.list() if e.action == "role_change"][0]
    assert change.user == "root" and change.object == "somsri"
    assert change.details == {"before": {"role": "viewer", "units": []},
                              "after": {"role": "editor", "units": ["สำนักงานเขตบางรัก"]}}
    assert not hasattr(store.audit, "delete") and not hasattr(store.audit, "update"), "the trail is append-only"


def test_a_backup_leaves_the_password_hashes_out_unless_asked(make_store):
    source = make_store()
    source.accounts.add("somsri", "editor", ["ก"], password=PASSWORD)
    plain, _ = backup_workspace(source)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        rows = [json.loads(line) for line in zf.read("accounts.jsonl").decode().splitlines()]
        assert zf.read("audit_log.jsonl"), "the audit trail is backed up"
    assert [(r["name"], r["password_hash"]) for r in rows] == [("somsri", "")]
    full, _ = backup_workspace(source, with_accounts=True)
    target = make_store()
    restore_workspace(target, full, replace=True)
    assert target.accounts.sign_in("somsri", PASSWORD).status == "ok"
    restore_workspace(target, plain, replace=True)
    assert target.accounts.get("somsri").role == "editor"
    assert target.accounts.sign_in("somsri", PASSWORD).status == "wrong", "restored without a password: reset it"


@pytest.fixture
def cli_db(tmp_path, monkeypatch):
    monkeypatch.setenv("ITA_DATABASE_URL", f"sqlite:///{tmp_path / 'ita.sqlite3'}")
    return tmp_path


def test_the_command_line_manages_accounts(cli_db, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["users", "add", "root", "--role", "admin", "--password-stdin"]) == 0
    assert main(["users", "add", "somsri", "--role", "editor", "--unit", "สำนักงานเขตบางรัก",
                 "--unit", "สำนักงานเขตสาทร"]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"name": "root", "role": "admin", "units": ["*"], "locked": False},
                      {"name": "somsri", "role": "editor", "units": ["สำนักงานเขตบางรัก", "สำนักงานเขตสาทร"],
                       "locked": False}]
    assert main(["users", "set-role", "somsri", "--role", "viewer"]) == 0
    assert main(["users", "remove", "somsri"]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--format", "json"]) == 0
    assert [a["name"] for a in json.loads(capsys.readouterr().out)] == ["root"]

    assert main(["audit", "--since", "01/01/2568", "--format", "json"]) == 0
    trail = json.loads(capsys.readouterr().out)
    assert all(set(e) == {"at", "user", "action", "object", "details"} for e in trail)
    assert [e["action"] for e in trail] == ["account_add", "account_add", "role_change", "account_remove"]
    assert main(["audit", "--since", "01/01/2599", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(("argv", "stdin", "words"), [
    (["users", "add", "a", "--role", "editor"], "", "--unit"),
    (["users", "add", "a", "--role", "viewer", "--password-stdin"], "", "stdin"),
    (["users", "add", "a", "--role", "viewer", "--password-stdin"], "short\n", "10"),
    (["users", "remove", "nobody"], "", "users list"),
    (["audit", "--since", "yesterday"], "", "DD/MM/YYYY"),
])
def test_the_command_line_refuses_with_a_bilingual_message(cli_db, monkeypatch, capsys, argv, stdin, words):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and any("\u0e00" <= ch <= "\u0e7f" for ch in err) and "Traceback" not in err


def test_an_audit_date_outside_the_allowed_years_says_so(cli_db, capsys):
    assert main(["audit", "--since", "01/01/2700"]) == 2
    assert "2700" in capsys.readouterr().err

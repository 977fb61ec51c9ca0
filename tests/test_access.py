"""Roles per unit enforced in the store (issue 11.2): for_user(store, account) refuses what the account may not do
before anything is written, signs what it may do with the account's name, and audits it with before/after."""
from __future__ import annotations

import inspect

import pytest

from analysis.store import Store
from analysis.store.access import RULES, Denied, for_user, local_account

A, B = "สำนักงานเขตบางรัก", "สำนักงานเขตสาทร"


@pytest.fixture
def accounts(store):
    return {"editor": store.accounts.add("somsri", "editor", [A]),
            "viewer": store.accounts.add("somchai", "viewer"),
            "admin": store.accounts.add("root", "admin")}


def test_every_repository_method_has_an_access_rule():
    store = Store("sqlite://")
    try:
        for name, rules in RULES.items():
            public = {m for m, v in inspect.getmembers(getattr(store, name)) if not m.startswith("_") and callable(v)}
            assert public == set(rules), f"{name}: classify {sorted(public ^ set(rules))} as read or write"
    finally:
        store.close()


def test_an_editor_changes_the_measures_of_the_units_granted_and_no_others(store, accounts):
    mine = store.measures.add({"title": "ของบางรัก", "unit": A}, who="x")
    theirs = store.measures.add({"title": "ของสาทร", "unit": B}, who="x")
    editor = for_user(store, accounts["editor"])
    saved = editor.measures.update(mine.id, {"title": "แก้แล้ว"}, mine.version, who="typed name")
    assert saved.title == "แก้แล้ว" and saved.updated_by == "somsri", "signed by the account, not a typed name"
    with pytest.raises(Denied) as err:
        editor.measures.update(theirs.id, {"title": "ไม่ควรได้"}, theirs.version, who="somsri")
    assert err.value.code == "access.unit" and B in err.value.message("th") and B in err.value.message("en")
    assert store.measures.get(theirs.id).title == "ของสาทร", "nothing was written"
    with pytest.raises(Denied):
        editor.measures.save_progress(theirs.id, 2568, "h1", {"status": "done"}, None, "somsri")
    with pytest.raises(Denied):
        editor.measures.add({"title": "ไม่ระบุหน่วยงาน"}, who="somsri")     # a measure of no unit needs every unit
    assert editor.measures.add({"title": "ใหม่ของบางรัก", "unit": A}, who="somsri").unit == A
    edit = [e for e in store.audit.list(user="somsri") if e.action == "measures.update"][0]
    assert edit.unit == A and edit.details["before"] == {"title": "ของบางรัก"} and edit.details["after"] == {"title": "แก้แล้ว"}


def test_a_viewer_changes_nothing(store, accounts):
    measure = store.measures.add({"title": "ของบางรัก", "unit": A}, who="x")
    viewer = for_user(store, accounts["viewer"])
    for write in (lambda: viewer.measures.update(measure.id, {"title": "x"}, measure.version, who="v"),
                  lambda: viewer.measures.add({"title": "x", "unit": A}, who="v"),
                  lambda: viewer.meta.set_demo_dismissed(True),
                  lambda: viewer.accounts.add("new", "admin")):
        with pytest.raises(Denied) as err:
            write()
        assert err.value.code in ("access.viewer", "access.admin_only")
    assert viewer.measures.list_all()[0].title == "ของบางรัก", "reads work"
    assert store.accounts.get("new") is None and not store.meta.demo_dismissed()


def test_removals_the_demo_and_accounts_are_for_admins(store, accounts):
    editor, admin = for_user(store, accounts["editor"]), for_user(store, accounts["admin"])
    with pytest.raises(Denied) as err:
        editor.datasets.remove_demo()
    assert err.value.code == "access.admin_only"
    with pytest.raises(Denied):
        editor.accounts.set_role("somchai", "admin")
    admin.accounts.set_role("somchai", "editor", [B])
    assert store.accounts.get("somchai").role == "editor"
    with pytest.raises(Denied):
        editor.accounts.change_password("root", "x" * 10, "y" * 10)    # only one's own password


def test_single_user_mode_may_do_everything_and_keeps_the_typed_name(store):
    local = for_user(store, local_account())
    measure = local.measures.add({"title": "ของกลุ่ม"}, who="สมศรี")
    assert measure.created_by == "สมศรี"
    local.datasets.remove_demo()
    assert [e.user for e in store.audit.list()] == ["local", "local"]


def test_undo_follows_the_units_granted_and_is_audited_with_before_and_after(store, accounts):
    mine = store.measures.add({"title": "ของบางรัก", "unit": A}, who="x")
    theirs = store.measures.add({"title": "ของสาทร", "unit": B}, who="x")
    theirs = store.measures.update(theirs.id, {"title": "สาทรแก้"}, theirs.version, who="x")
    editor = for_user(store, accounts["editor"])
    with pytest.raises(Denied):
        editor.measures.undo_last(theirs.id, theirs.version, who="somsri")
    assert store.measures.get(theirs.id).title == "สาทรแก้"
    edited = editor.measures.update(mine.id, {"title": "แก้แล้ว"}, mine.version, who="somsri")
    assert editor.measures.undo_last(mine.id, edited.version, who="somsri").title == "ของบางรัก"
    undo = [e for e in store.audit.list(user="somsri") if e.action == "measures.undo_last"][0]
    assert undo.unit == A and undo.details["before"] == {"title": "แก้แล้ว"} and undo.details["after"] == {"title": "ของบางรัก"}

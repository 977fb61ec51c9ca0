"""Sign-in and roles in the app (issue 11.1–11.2), AppTest on the real app with ITA_AUTH=local: an anonymous
visitor sees only the sign-in form and no unit name; five wrong passwords lock the account; a viewer sees no
uploader, edit form or remove button; an editor of one unit edits its measures and only reads another's."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from analysis.common import settings
from analysis.common.text import t
from analysis.store import Store
from tests.apptest_support import open_app, page_path
from ui import state

PASSWORD = "correct horse battery"
A, B = "สำนักการคลัง", "สำนักงานเขตบางรัก"


@pytest.fixture
def local_auth(workspace_env, monkeypatch):
    """The demo workspace with sign-in on and three accounts."""
    monkeypatch.setenv("ITA_AUTH", "local")
    store = Store(settings.database_url())
    store.accounts.add("root", "admin", password=PASSWORD)
    store.accounts.add("viewer", "viewer", password=PASSWORD)
    store.accounts.add("somsri", "editor", [A], password=PASSWORD)
    yield store
    store.close()


def _texts(at) -> str:
    kinds = ("markdown", "caption", "info", "warning", "success", "error", "title", "header", "subheader", "metric")
    return " ".join(str(getattr(e, "value", "")) + str(getattr(e, "label", "")) for k in kinds for e in at.get(k))


def _sign_in(at, name: str, password: str = PASSWORD):
    at.text_input(key="auth_name").input(name)
    at.text_input(key="auth_password").input(password)
    at.button[0].click().run()
    return at


def _signed_in(name: str, page: str | None = None):
    at = open_app(page, **{state.ACCOUNT: name, state.SIGNED_AT: datetime.now(timezone.utc)})
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_an_anonymous_visitor_sees_only_the_sign_in_form(local_auth):
    for page in (None, page_path("data"), page_path("measures")):
        at = open_app(page)
        assert not at.exception
        assert [x.value for x in at.title] == [t("auth.title")]
        text = _texts(at)
        assert "สำนักงานเขต" not in text and A not in text, "no unit name before signing in"
        assert not at.get("plotly_chart") and not at.metric and not at.dataframe


def test_with_no_account_yet_the_form_says_how_to_create_the_first_admin(workspace_env, monkeypatch):
    monkeypatch.setenv("ITA_AUTH", "local")
    at = open_app()
    assert t("auth.no_accounts") in [i.value for i in at.info]


def test_a_right_password_signs_in_and_five_wrong_ones_lock_the_account(local_auth):
    at = _sign_in(open_app(), "root")
    assert not at.exception and at.title[0].value == t("overview.title")
    assert t("auth.signed_in_as", name="root", role=t("auth.role_admin")) in [c.value for c in at.sidebar.caption]
    at = open_app()
    for n in range(4):
        _sign_in(at, "viewer", "wrong password!")
        assert at.error[0].value == t("auth.wrong", n=4 - n)
    _sign_in(at, "viewer", "wrong password!")
    assert at.error[0].value.startswith(t("auth.locked", until="")[:20])
    _sign_in(at, "viewer", PASSWORD)
    assert at.title[0].value == t("auth.title"), "the right password does not open a locked account"
    assert local_auth.accounts.get("viewer").locked()


def test_a_session_ends_after_the_configured_hours(local_auth, monkeypatch):
    monkeypatch.setenv("ITA_SESSION_HOURS", "8")
    at = open_app(**{state.ACCOUNT: "root", state.SIGNED_AT: datetime.now(timezone.utc) - timedelta(hours=9)})
    assert at.title[0].value == t("auth.title")
    assert t("auth.expired", hours=8) in [i.value for i in at.info]


def test_a_viewer_sees_no_uploader_no_edit_form_and_no_remove_button(local_auth):
    data = _signed_in("viewer", page_path("data"))
    assert not data.get("file_uploader") and not data.main.button, "no uploader, no remove or demo buttons"
    assert t("auth.read_only") in [i.value for i in data.info]
    measures = _signed_in("viewer", page_path("measures"))
    assert measures.selectbox(key=state.MSR_EDIT_ID).value is not None, "the measures are there to read"
    assert not [b for b in measures.button if (b.form_id or "").startswith(("msr_form_", "msr_prog_"))], \
        "no edit or progress form"
    assert not [b for b in measures.button if b.key in ("msr_create", "msr_dup", "msr_del")]
    complaints = _signed_in("viewer", page_path("complaints"))
    assert not complaints.get("file_uploader") and not complaints.main.button
    backup = _signed_in("viewer", page_path("backup"))     # not in a viewer's navigation: the overview opens
    assert backup.title[0].value == t("overview.title") and not backup.get("download_button")


def test_an_editor_edits_the_measures_of_the_unit_granted_and_only_reads_the_others(local_auth):
    ours = local_auth.measures.add({"title": "ของเรา", "unit": A}, who="x")
    theirs = local_auth.measures.add({"title": "ของบางรัก", "unit": B}, who="x")
    at = open_app(page_path("measures"), **{state.ACCOUNT: "somsri", state.SIGNED_AT: datetime.now(timezone.utc),
                                            state.SELECTED_UNIT: A, state.MSR_EDIT_ID: ours.id})
    assert not at.exception and at.selectbox(key=state.MSR_EDIT_ID).value == ours.id
    assert [b for b in at.button if b.key == "msr_dup"], "the editor's own unit: the edit controls are there"
    at = open_app(page_path("measures"), **{state.ACCOUNT: "somsri", state.SIGNED_AT: datetime.now(timezone.utc),
                                            state.SELECTED_UNIT: B, state.MSR_EDIT_ID: theirs.id})
    assert not at.exception and at.selectbox(key=state.MSR_EDIT_ID).value == theirs.id
    assert t("auth.read_only_unit", unit=B) in [i.value for i in at.info]
    assert not [b for b in at.button if b.key in ("msr_dup", "msr_del")]
    assert not [b for b in at.button if (b.form_id or "").startswith(("msr_form_", "msr_prog_"))]


def test_no_sign_in_is_refused_on_an_address_other_machines_reach(workspace_env, monkeypatch):
    monkeypatch.setenv("ITA_AUTH", "none")
    monkeypatch.setenv("ITA_ADDRESS", "0.0.0.0")
    at = open_app()
    assert [e.value for e in at.error] == [t("auth.none_not_loopback")] and not at.title


def test_the_audit_page_lists_the_sign_ins_for_admins(local_auth):
    _sign_in(open_app(), "root")
    at = _signed_in("root", page_path("audit"))
    table = at.dataframe[0].value
    assert t("audit.do_sign_in") in set(table[t("audit.col_action")]) and "root" in set(table[t("audit.col_user")])


def test_oidc_without_a_configured_provider_says_what_to_set_and_shows_nothing_else(workspace_env, monkeypatch):
    monkeypatch.setenv("ITA_AUTH", "oidc")
    at = open_app(page_path("measures"))
    assert not at.exception
    assert [e.value for e in at.error] == [t("auth.oidc_not_configured")]
    assert "secrets.toml" in t("auth.oidc_not_configured", "en") and A not in _texts(at) and not at.button

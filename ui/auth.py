"""Sign-in (ITA_AUTH): the gate app.py runs before anything else, the signed-in account, and what it may do.

none  — one person on this machine (loopback only): everything allowed, edits signed with the typed name;
local — accounts in the workspace database: a sign-in form (nothing else, no unit name, before it), sessions
        that end after ITA_SESSION_HOURS, lock-out after five wrong passwords, a password change in the sidebar.
The store enforces the rules (analysis.store.access); the pages only hide what the account may not do."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import streamlit as st

from analysis.common import auth_mode, format_datetime, setting, setting_int
from analysis.store import LOCAL_USER, Account, Denied, check_access, local_account
from ui import cache, state
from ui.lang import lang, tr


def _address() -> str:
    return str(st.get_option("server.address") or setting("ITA_ADDRESS"))


def current() -> Account | None:
    """The signed-in account (single-user mode: the local account); None when nobody is signed in."""
    mode, _ = auth_mode(_address())
    if mode == "none":
        return local_account()
    name = st.session_state.get(state.ACCOUNT)
    signed_at = st.session_state.get(state.SIGNED_AT)
    if not name or signed_at is None:
        return None
    if datetime.now(timezone.utc) - signed_at > timedelta(hours=setting_int("ITA_SESSION_HOURS")):
        sign_out(tr("auth.expired", hours=setting_int("ITA_SESSION_HOURS")))
        return None
    account = cache.raw_store().accounts.get(name)     # read each run: a role change or removal applies at once
    if account is None:
        sign_out()
    return account


def can(rule: str, unit: str | None = None) -> bool:
    """True when the signed-in account may do what `rule` needs (analysis.store.access: edit, admin, unit:…)."""
    account = current()
    if account is None:
        return False
    try:
        check_access(account, rule, unit)
    except Denied:
        return False
    return True


def sign_out(message: str | None = None) -> None:
    for key in (state.ACCOUNT, state.SIGNED_AT):
        st.session_state.pop(key, None)
    if message:
        st.session_state[state.AUTH_FLASH] = message


def gate() -> None:
    """Stop the run unless the app may be used: a refused configuration shows why; ITA_AUTH=local without a
    signed-in account shows only the sign-in form."""
    mode, why = auth_mode(_address())
    if why or mode == "oidc":
        _only(lambda: st.error(tr(why or "auth.oidc_not_yet")))
    if mode == "none" or current() is not None:
        return
    _only(_sign_in_form)


def _only(render) -> None:
    """Run `render` in place of every page, unlisted, and stop: no page list, no other page reachable."""
    from ui.navigation import PAGES

    # every page's address shows this, so a deep link (…/measures) gets the form, then the page after sign-in
    st.navigation([st.Page(render, title=tr("auth.title"), icon=":material/lock:", url_path=p.url_path,
                           default=p.default) for p in PAGES], position="hidden").run()
    st.stop()


def _sign_in_form() -> None:
    st.title(tr("auth.title"))
    if flash := st.session_state.pop(state.AUTH_FLASH, None):
        st.info(flash)
    accounts = cache.raw_store().accounts
    if accounts.count() == 0:
        st.info(tr("auth.no_accounts"))
        return
    with st.form("auth_sign_in"):
        name = st.text_input(tr("auth.name"), key="auth_name")
        password = st.text_input(tr("auth.password"), type="password", key="auth_password")
        submitted = st.form_submit_button(tr("auth.sign_in"), type="primary")
    if not submitted:
        return
    outcome = accounts.sign_in(name.strip(), password)
    if outcome.status == "ok":
        st.session_state[state.ACCOUNT] = outcome.account.name
        st.session_state[state.SIGNED_AT] = datetime.now(timezone.utc)
        st.rerun()
    elif outcome.status == "locked":
        st.error(tr("auth.locked", until=format_datetime(outcome.locked_until, lang())))
    elif outcome.status == "wrong":
        st.error(tr("auth.wrong", n=outcome.tries_left))
    else:
        st.error(tr("auth.wrong_unknown"))


def sidebar() -> None:
    """Who is signed in, sign-out and the password change (ITA_AUTH=local)."""
    mode, _ = auth_mode(_address())
    account = current()
    if mode == "none" or account is None:
        return
    with st.sidebar:
        st.caption(tr("auth.signed_in_as", name=account.name, role=tr(f"auth.role_{account.role}")))
        if st.button(tr("auth.sign_out"), key="auth_sign_out"):
            sign_out()
            st.rerun()
        with st.expander(tr("auth.change_password")):
            with st.form("auth_change_password", clear_on_submit=True):
                old = st.text_input(tr("auth.old_password"), type="password")
                new = st.text_input(tr("auth.new_password"), type="password")
                again = st.text_input(tr("auth.new_password_again"), type="password")
                if st.form_submit_button(tr("auth.change")):
                    _change_password(account, old, new, again)


def _change_password(account: Account, old: str, new: str, again: str) -> None:
    from analysis.store import AccountError

    if new != again:
        st.error(tr("auth.passwords_differ"))
        return
    try:
        cache.store().accounts.change_password(account.name, old, new)
    except AccountError as exc:
        st.error(tr(f"acct.{exc.code}", **exc.params))
        return
    st.success(tr("auth.password_changed"))


def who(label: str, key: str) -> str:
    """The name a change is signed with: typed by the one user of single-user mode, else the signed-in account's."""
    account = current()
    if account is None or account.name == LOCAL_USER:
        return st.text_input(label, key=key)
    return account.name

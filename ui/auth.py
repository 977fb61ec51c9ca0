"""Sign-in (ITA_AUTH): the gate app.py runs before anything else, the signed-in account, and what it may do.

none  — one person on this machine (loopback only): everything allowed, edits signed with the typed name;
local — accounts in the workspace database: a sign-in form (nothing else, no unit name, before it), sessions
        that end after ITA_SESSION_HOURS, lock-out after five wrong passwords, a password change in the sidebar;
oidc  — the agency's identity provider through st.login ([auth] in .streamlit/secrets.toml): the e-mail claim
        names the account (users add … --email), whose role and units apply.
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
    if mode == "oidc":
        return _oidc_account()
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


def _oidc_configured() -> bool:
    """True when .streamlit/secrets.toml has the [auth] section st.login needs (and Authlib is installed)."""
    from streamlit.auth_util import is_authlib_installed

    try:
        section = st.secrets.get("auth")
    except Exception:     # no secrets file at all, or one that is not valid TOML
        return False
    return bool(section) and is_authlib_installed()


def _oidc_email() -> str:
    """The e-mail claim of the identity provider's signed-in user ('' when nobody is signed in there)."""
    user = st.user
    return str(user.get("email") or "").strip() if user.get("is_logged_in", False) else ""


def _oidc_account() -> Account | None:
    """ITA_AUTH=oidc: the account whose e-mail is the provider's e-mail claim (checked on every run, so a role
    change or removal applies at once); the sign-in is audited once per session, and it ends after
    ITA_SESSION_HOURS from when the provider issued it."""
    email = _oidc_email()
    if not email:
        return None
    issued = st.user.get("iat")
    hours = setting_int("ITA_SESSION_HOURS")
    if isinstance(issued, (int, float)) and \
            datetime.now(timezone.utc) - datetime.fromtimestamp(issued, timezone.utc) > timedelta(hours=hours):
        st.session_state[state.AUTH_FLASH] = tr("auth.expired", hours=hours)
        st.logout()
        return None
    store = cache.raw_store()
    account = store.accounts.by_email(email)
    seen = st.session_state.get(state.OIDC_AUDITED)
    if seen != email:
        st.session_state[state.OIDC_AUDITED] = email
        if account is None:
            store.audit.record(email, "sign_in_failed", email, {"reason": "no account for this e-mail", "via": "oidc"})
        else:
            store.audit.record(account.name, "sign_in", account.name, {"via": "oidc", "email": email})
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
    if why:
        _only(lambda: st.error(tr(why)))
    if mode == "none" or current() is not None:
        return
    _only(_oidc_form if mode == "oidc" else _sign_in_form)


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


def _oidc_form() -> None:
    """ITA_AUTH=oidc: one button to the agency's identity provider (st.login); an e-mail without an account is
    told so, with a way to sign out of the provider."""
    st.title(tr("auth.title"))
    if flash := st.session_state.pop(state.AUTH_FLASH, None):
        st.info(flash)
    if not _oidc_configured():
        st.error(tr("auth.oidc_not_configured"))
        return
    if email := _oidc_email():
        st.error(tr("auth.oidc_no_account", email=email))
        if st.button(tr("auth.sign_out"), key="auth_oidc_out"):
            st.logout()
        return
    st.caption(tr("auth.oidc_help"))
    if st.button(tr("auth.oidc_sign_in"), type="primary", key="auth_oidc_in", icon=":material/login:"):
        st.login()


def sidebar() -> None:
    """Who is signed in, sign-out and the password change (ITA_AUTH=local)."""
    mode, _ = auth_mode(_address())
    account = current()
    if mode == "none" or account is None:
        return
    with st.sidebar:
        st.caption(tr("auth.signed_in_as", name=account.name, role=tr(f"auth.role_{account.role}")))
        if st.button(tr("auth.sign_out"), key="auth_sign_out"):
            if mode == "oidc":
                st.logout()
            sign_out()
            st.rerun()
        if mode == "oidc":
            return         # the password lives with the identity provider
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


def who_name() -> str:
    """The name a change is signed with, without asking: the signed-in account's, or in single-user mode the name
    typed on the measures pages (else the local user's)."""
    account = current()
    if account is not None and account.name != LOCAL_USER:
        return account.name
    return str(st.session_state.get(state.MSR_WHO) or LOCAL_USER)

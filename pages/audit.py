"""Audit trail (admins): every change and security event, filtered by date, account and action, as .xlsx."""
from datetime import datetime, time, timezone

import streamlit as st

from analysis.store import ADMIN, audit_action_name, audit_table, audit_user_name
from ui import auth, cache, downloads, state
from ui.chrome import page_setup
from ui.lang import lang, tr

page_setup("audit.title", "audit.intro", workspace=False)
if not auth.can(ADMIN):
    st.info(tr("auth.admin_page"))
    st.stop()
store = cache.store()
c1, c2, c3 = st.columns(3)
since = c1.date_input(tr("audit.since"), value=None, key="audit_since", format="DD/MM/YYYY")
entries = store.audit.list(since=datetime.combine(since, time.min, tzinfo=timezone.utc) if since else None)
users = sorted({e.user for e in entries})
actions = sorted({e.action for e in entries})
user = c2.selectbox(tr("audit.user"), ["", *users], key=state.AUDIT_USER,
                    format_func=lambda u: audit_user_name(u, lang()) or tr("audit.all"))
action = c3.selectbox(tr("audit.action"), ["", *actions], key=state.AUDIT_ACTION,
                      format_func=lambda a: audit_action_name(a, lang()) or tr("audit.all"))
table = audit_table(entries, lang(), user, action)
if table.empty:
    st.info(tr("audit.empty"))
else:
    st.caption(tr("audit.count", n=len(table)))
    downloads.dataframe("audit_trail", "audit_xlsx", table, source=downloads.stored("book.what_audit"), hide_index=True,
                        width="stretch")

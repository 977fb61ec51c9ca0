"""Backup and restore: the whole workspace to one .zip and back (the same files as `python -m analysis backup`)."""
from datetime import datetime

import streamlit as st

from analysis.common import setting_int
from analysis.store import ADMIN, BackupError, backup_workspace, is_empty, restore_workspace
from ui import auth, cache, state
from ui.chrome import page_setup
from ui.lang import lang, tr

page_setup("backup.title", "backup.intro", workspace=False)
if not auth.can(ADMIN):
    st.info(tr("auth.admin_page"))
    st.stop()
store = cache.store()
if flash := st.session_state.pop(state.BACKUP_FLASH, None):
    st.success(flash)

st.subheader(tr("backup.make_header"))
if st.button(tr("backup.make"), icon=":material/archive:", key="backup_make"):
    with st.spinner(tr("backup.make")):
        data, summary = backup_workspace(store)
        store.audit.record(store.account.name, "backup.make", "workspace", {"rows": sum(summary.rows.values())})
    st.session_state[state.BACKUP_FILE] = (data, sum(summary.rows.values()), len(summary.rows),
                                           f"ita-backup-{datetime.now():%Y%m%d-%H%M}.zip")
made = st.session_state.get(state.BACKUP_FILE)
if made:
    data, rows, tables, name = made
    st.caption(tr("backup.made", rows=rows, tables=tables))
    st.download_button(tr("backup.download"), data, file_name=name, mime="application/zip",
                       icon=":material/download:", key="backup_download")

st.subheader(tr("backup.restore_header"))
st.caption(tr("backup.restore_help"))
upload = st.file_uploader(tr("backup.upload"), type=["zip"], max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"),
                          key=f"backup_upload_{st.session_state.get(state.BACKUP_UPLOADER, 0)}")
empty = is_empty(store)
replace = False if empty else st.checkbox(tr("backup.replace"), help=tr("backup.replace_help"), key="backup_replace")
if upload is not None and st.button(tr("backup.restore"), type="primary", icon=":material/restore:",
                                    key="backup_restore"):
    try:
        with st.spinner(tr("backup.restore")):
            summary = restore_workspace(store, upload.getvalue(), replace=replace)
    except BackupError as exc:
        st.error(f"{upload.name}: {exc.message(lang())}")
    else:
        store.audit.record(store.account.name, "backup.restore", upload.name, {"rows": sum(summary.rows.values())})
        cache.forget()
        st.session_state[state.BACKUP_FLASH] = tr("backup.restored", rows=sum(summary.rows.values()),
                                                  tables=len(summary.rows))
        st.session_state[state.BACKUP_UPLOADER] = st.session_state.get(state.BACKUP_UPLOADER, 0) + 1
        st.rerun()

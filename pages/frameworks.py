"""Frameworks: the years known (shipped files and the versions the group saved), a new year made from the one
before, a year's tools, indicators, weights, grading rule, bands and gates and OIT item lists edited and saved as
a new version (validated as the shipped files are), an OIT item list imported from the NACC's table, the TOML
file of a year, and every saved version."""
import pandas as pd
import streamlit as st

from analysis.common import FrameworkError, IngestError, format_datetime, setting_int
from analysis.ita import (
    FRAMEWORK_STATUSES,
    editor_tables,
    framework_data,
    framework_from_previous,
    framework_to_toml,
    frameworks_overview,
    load_all,
    read_item_list,
    validated,
    with_item_list,
)
from analysis.store import EDIT
from ui import auth, cache, report_view, state
from ui.chrome import page_setup
from ui.lang import lang, tr

page_setup("fwk.title", "fwk.intro", workspace=False)
store = cache.store()
cache.workspace()                                   # brings the saved frameworks into use
if flash := st.session_state.pop(state.FWK_FLASH, None):
    st.success(flash)
frameworks = load_all()
editable = auth.can(EDIT)
gen = st.session_state.get(state.FWK_GEN, 0)


def _status(fw) -> str:
    return tr(f"fw.status_{fw.status}", source=fw.source)


overview = frameworks_overview(frameworks, lang())
st.dataframe(overview, hide_index=True, width="stretch",
             column_config={tr("fwk.col_year"): st.column_config.NumberColumn(format="%d")})

newest = max(frameworks)
if editable and st.button(tr("fwk.create", year=newest + 1, prev=newest), key="fwk_create", icon=":material/add:"):
    copy = framework_from_previous(frameworks[newest], newest + 1)
    store.frameworks.save(framework_to_toml(copy), tr("fwk.created_note", prev=newest), who=auth.who_name())
    st.session_state[state.FWK_FLASH] = tr("fwk.created", year=newest + 1, prev=newest)
    st.session_state[state.FWK_YEAR] = newest + 1
    st.rerun()

year = st.selectbox(tr("fwk.pick_year"), sorted(frameworks, reverse=True), key=state.FWK_YEAR,
                    format_func=lambda y: tr("common.be_year", year=y))
fw = frameworks[year]
st.caption(tr("fwk.now", status=_status(fw), origin=tr("fwk.origin_saved", version=fw.version) if fw.version
              else tr("fwk.origin_file")))
st.download_button(tr("fwk.download", year=year), lambda: framework_to_toml(fw).encode("utf-8"), f"fy{year}.toml",
                   "application/toml", key="fwk_download", icon=":material/download:", on_click="ignore")
if not editable:
    st.info(tr("auth.read_only"))

# --- the editor ----------------------------------------------------------------------------------------------------
tables = editor_tables(fw, lang())
key = f"fwk_{year}_{fw.version}_{gen}"
st.subheader(tr("fwk.edit_header", year=year))
a, b, c = st.columns([1, 1, 1])
status = a.selectbox(tr("fwk.status"), FRAMEWORK_STATUSES, index=FRAMEWORK_STATUSES.index(fw.status),
                     format_func=lambda s: tr(f"fwk.status_{s}"), key=f"{key}_status", disabled=not editable)
grading = b.selectbox(tr("fwk.grading"), ["levels", "bands"], index=["levels", "bands"].index(fw.grading),
                      format_func=lambda g: tr(f"fwk.grading_{g}"), key=f"{key}_grading", disabled=not editable)
pass_mark = c.number_input(tr("fwk.pass_mark"), 0.0, 100.0, float(fw.pass_mark), 0.5, key=f"{key}_pass",
                           disabled=not editable)
source = st.text_input(tr("fwk.source"), fw.source, key=f"{key}_source", disabled=not editable,
                       help=tr("fwk.source_help"))
notes = st.text_area(tr("fwk.notes"), fw.notes, key=f"{key}_notes", height=100, disabled=not editable)
FAMILIES = ["nacc", "obec_school", "vec_college"]
num = st.column_config.NumberColumn
txt = st.column_config.TextColumn
edited = {
    "parts": (tr("fwk.parts"), {"label": txt(tr("fwk.col_part"), disabled=True),
                                "status": st.column_config.SelectboxColumn(
                                    tr("fwk.col_status"), options=list(FRAMEWORK_STATUSES),
                                    format_func=lambda s: tr(f"fwk.status_{s}")),
                                "source": txt(tr("fwk.source"), width="large")}, "fixed"),
    "tools": (tr("fwk.tools"), {"code": txt(tr("fwk.col_code"), disabled=True), "name_th": txt(tr("fwk.col_name_th")),
                                "name_en": txt(tr("fwk.col_name_en")), "weight": num(tr("fwk.col_weight"), format="%.2f")},
              "fixed"),
    "indicators": (tr("fwk.indicators"), {"number": num(tr("fwk.col_number"), format="%d"),
                                          "name_th": txt(tr("fwk.col_name_th")), "name_en": txt(tr("fwk.col_name_en")),
                                          "tool": st.column_config.SelectboxColumn(tr("fwk.col_tool"),
                                                                                   options=["IIT", "EIT", "OIT"]),
                                          "weight": num(tr("fwk.col_weight"), format="%.2f")}, "dynamic"),
    "levels" if grading == "levels" else "bands": (
        tr("fwk.levels") if grading == "levels" else tr("fwk.bands"),
        {"label": txt(tr("fwk.col_label")), "label_en": txt(tr("fwk.col_label_en")),
         "min_total": num(tr("fwk.col_min_total"), format="%.2f"), "tool_gate": num(tr("fwk.col_gate"), format="%.2f"),
         "passed": st.column_config.CheckboxColumn(tr("fwk.col_passed"))}, "dynamic"),
    "items": (tr("fwk.items"), {"family": st.column_config.SelectboxColumn(
                                    tr("fwk.col_family"), options=FAMILIES, format_func=lambda f: tr(f"oit.family_{f}")), "code": txt(tr("fwk.col_code")),
                                "name_th": txt(tr("fwk.col_name_th"), width="large"),
                                "indicator": num(tr("fwk.col_indicator"), format="%d"),
                                "sub_indicator": txt(tr("fwk.col_sub"))}, "dynamic"),
    "lists": (tr("fwk.lists"), {"family": st.column_config.SelectboxColumn(
                                    tr("fwk.col_family"), options=FAMILIES, format_func=lambda f: tr(f"oit.family_{f}")),
                                "status": st.column_config.SelectboxColumn(
                                    tr("fwk.col_status"), options=["complete", "partial", "unknown"],
                                    format_func=lambda s: tr(f"oit.list_{s}"))},
              "dynamic"),
}
result = dict(tables)
for part, (title, config, rows) in edited.items():
    st.markdown(f"**{title}**")
    frame = tables[part]
    order = [c for c in frame.columns if c != "part"]          # the part's code stays out of sight
    if editable:
        result[part] = st.data_editor(frame, hide_index=True, width="stretch", column_config=config, num_rows=rows,
                                      key=f"{key}_{part}", column_order=order, placeholder="—")
    else:
        st.dataframe(frame, hide_index=True, width="stretch", column_config=config, column_order=order,
                     placeholder="—")
if editable:
    note = st.text_input(tr("fwk.note"), key=f"{key}_note", placeholder=tr("fwk.note_hint"))
    if st.button(tr("fwk.save", year=year), type="primary", key="fwk_save", icon=":material/save:"):
        top = {"fiscal_year": year, "grading": grading, "pass_mark": pass_mark, "status": status, "source": source,
               "notes": notes}
        try:
            new = validated(framework_data(fw, top, result), f"fy{year}")
            saved = store.frameworks.save(framework_to_toml(new), note, who=auth.who_name())
        except FrameworkError as exc:
            st.error(tr("fwk.invalid", field=exc.field_name, message=exc.message(lang())))
        else:
            st.session_state[state.FWK_FLASH] = tr("fwk.saved", year=year, version=saved.version)
            st.session_state[state.FWK_GEN] = gen + 1
            st.rerun()

    # --- an OIT item list from the NACC's table ----------------------------------------------------------------------
    st.subheader(tr("fwk.import_header", year=year))
    st.caption(tr("fwk.import_help"))
    i1, i2 = st.columns([3, 1])
    upload = i1.file_uploader(tr("fwk.import_file"), type=["xlsx", "xls", "ods", "csv", "docx"],
                              max_upload_size=setting_int("ITA_MAX_UPLOAD_MB"), key=f"fwk_upload_{gen}")
    families = sorted({i.family for i in fw.oit_items} | {"nacc"})
    family = i2.selectbox(tr("fwk.import_family"), families, key="fwk_import_family",
                          format_func=lambda f: tr(f"oit.family_{f}"))
    if upload is not None:
        try:
            items, report = read_item_list(upload.getvalue(), upload.name, family, fw)
        except IngestError as exc:
            st.error(tr("fwk.import_failed", file=upload.name))
            report_view.render(exc.report, expanded=True)
        else:
            report_view.render(report, expanded=bool(report.problems))
            st.dataframe(pd.DataFrame([[i.code, i.name_th, i.indicator] for i in items],
                                      columns=[tr("fwk.col_code"), tr("fwk.col_name_th"), tr("fwk.col_indicator")]),
                         hide_index=True, width="stretch")
            if st.button(tr("fwk.import_save", n=len(items), family=tr(f"oit.family_{family}"), year=year),
                         type="primary", key="fwk_import_save"):
                try:
                    new = validated(with_item_list(fw, family, items), f"fy{year}")
                    saved = store.frameworks.save(framework_to_toml(new), tr("fwk.imported_note", file=upload.name),
                                                  who=auth.who_name())
                except FrameworkError as exc:
                    st.error(tr("fwk.invalid", field=exc.field_name, message=exc.message(lang())))
                else:
                    st.session_state[state.FWK_FLASH] = tr("fwk.saved", year=year, version=saved.version)
                    st.session_state[state.FWK_GEN] = gen + 1
                    st.rerun()

# --- the saved versions ----------------------------------------------------------------------------------------------
versions = store.frameworks.versions(year)
st.subheader(tr("fwk.versions_header", year=year))
if not versions:
    st.caption(tr("fwk.no_versions", year=year))
else:
    st.dataframe(pd.DataFrame([{tr("fwk.col_version"): v.version, tr("fwk.col_saved_at"): format_datetime(v.created_at, lang()),
                                tr("fwk.col_by"): v.created_by or "—", tr("fwk.col_status"): tr(f"fwk.status_{v.status}"),
                                tr("fwk.col_note"): v.note} for v in versions]),
                 hide_index=True, width="stretch")

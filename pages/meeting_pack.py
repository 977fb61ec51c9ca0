"""Meeting pack: a .pptx with native charts and an .xlsx of every table, for the group or one unit."""
import streamlit as st

from analysis.common import settings
from analysis.export.deck import build_deck, build_workbook
from analysis.export.deck_data import DeckError, gather
from analysis.export.deck_sections import complaint_years, measures_status
from analysis.ita import overview
from ui import boot, cache, state
from ui.lang import lang, tr

boot.ensure_navigation()
st.title(tr("pack.title"))
st.caption(tr("pack.intro"))
ws = cache.workspace()
years = overview.available_years(ws.results)
if not years:
    st.info(tr("pack.empty"))
    st.stop()
boot.demo_notice(ws.has_demo)

c1, c2, c3 = st.columns([1, 2, 1])
year = c1.selectbox(tr("pack.year"), years, format_func=lambda y: tr("common.be_year", year=y))
units = sorted(ws.results.loc[ws.results["fiscal_year"] == year, "unit"].unique())
scope = c2.selectbox(tr("pack.scope"), [None, *units], format_func=lambda u: tr("pack.whole_group") if u is None else u)
font = c3.text_input(tr("pack.font"), value=settings.get("ITA_OFFICE_FONT"))

if st.button(tr("pack.build"), type="primary", icon=":material/slideshow:"):
    with st.spinner(tr("pack.building")):
        store = cache.store()
        records, aggregates, _ = store.complaints.load()
        statuses = [m.status for m in store.measures.list_all(unit=scope)]
        try:
            content = gather(ws.scores, ws.published, unit=scope, year=year, lang=lang(), is_demo=ws.has_demo,
                             measures=measures_status(statuses, lang()), complaints=complaint_years(records, aggregates))
        except DeckError as exc:
            st.error(str(exc))
            st.stop()
        stem = f"ITA-{year}-{scope or 'group'}".replace(" ", "_")
        st.session_state[state.DECK_FILES] = {"pptx": build_deck(content, font=font or settings.get("ITA_OFFICE_FONT")),
                                              "xlsx": build_workbook(content), "name": stem}
files = st.session_state.get(state.DECK_FILES)
if files:
    st.success(tr("pack.ready", name=files["name"]))
    d1, d2 = st.columns(2)
    d1.download_button(tr("pack.download_pptx"), files["pptx"], file_name=files["name"] + ".pptx",
                       mime="application/vnd.openxmlformats-officedocument.presentationml.presentation",
                       icon=":material/download:")
    d2.download_button(tr("pack.download_xlsx"), files["xlsx"], file_name=files["name"] + ".xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       icon=":material/download:")
st.caption(tr("pack.cli"))

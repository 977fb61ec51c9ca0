"""Meeting pack: a .pptx with native charts and an .xlsx of every table, for the group or one unit."""
import streamlit as st

from analysis.common import PPTX_MIME, XLSX_MIME
from analysis.export import DeckError, build_meeting_pack, meeting_pack_view
from ui import cache, state
from ui.chrome import page_setup
from ui.lang import lang, tr
from ui.widgets_indicators import framework_caption

ws = page_setup("pack.title", "pack.intro")
v = cache.view(meeting_pack_view, ws)
if not v.years:
    st.info(tr("pack.empty"))
    st.stop()

c1, c2, c3 = st.columns([1, 2, 1])
year = c1.selectbox(tr("pack.year"), v.years, format_func=lambda y: tr("common.be_year", year=y))
scope = c2.selectbox(tr("pack.scope"), [None, *v.units[year]],
                     format_func=lambda u: tr("pack.whole_group") if u is None else u)
font = c3.text_input(tr("pack.font"), value=v.default_font)
framework_caption(year)

if st.button(tr("pack.build"), type="primary", icon=":material/slideshow:"):
    with st.spinner(tr("pack.building")):
        measures, complaints = cache.deck_sections(lang(), scope)
        try:
            st.session_state[state.DECK_FILES] = build_meeting_pack(
                ws.scores, ws.published, year, scope, lang(), ws.has_demo, measures, complaints, font)
        except DeckError as exc:
            st.error(exc.message(lang()))
            st.stop()
pack = st.session_state.get(state.DECK_FILES)
if pack:
    st.success(tr("pack.ready", name=pack.name))
    d1, d2 = st.columns(2)
    d1.download_button(tr("pack.download_pptx"), pack.pptx, file_name=pack.name + ".pptx", mime=PPTX_MIME,
                       icon=":material/download:")
    d2.download_button(tr("pack.download_xlsx"), pack.xlsx, file_name=pack.name + ".xlsx", mime=XLSX_MIME,
                       icon=":material/download:")
st.caption(tr("pack.cli"))

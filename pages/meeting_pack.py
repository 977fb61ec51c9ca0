"""Meeting pack: a .pptx with native charts and an .xlsx of every table, for the group or one unit."""
import streamlit as st

from analysis.common import PDF_MIME, PPTX_MIME, XLSX_MIME
from analysis.export import DeckError, PdfError, build_meeting_pack, meeting_pack_view, pptx_to_pdf
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
                ws.scores, ws.published, year, scope, lang(), ws.has_demo, measures, complaints, font,
                cache.stored_sources())
            st.session_state.pop(state.DECK_PDF, None)          # the PDF of an earlier pack is not this one's
        except DeckError as exc:
            st.error(exc.message(lang()))
            st.stop()
pack = st.session_state.get(state.DECK_FILES)
if pack:
    st.success(tr("pack.ready", name=pack.name))
    d1, d2, d3 = st.columns(3)
    d1.download_button(tr("pack.download_pptx"), pack.pptx, file_name=pack.name + ".pptx", mime=PPTX_MIME,
                       icon=":material/download:")
    d2.download_button(tr("pack.download_xlsx"), pack.xlsx, file_name=pack.name + ".xlsx", mime=XLSX_MIME,
                       icon=":material/download:")
    pdf = st.session_state.get(state.DECK_PDF)
    if pdf:
        d3.download_button(tr("pack.download_pdf"), pdf, file_name=pack.name + ".pdf", mime=PDF_MIME,
                           icon=":material/picture_as_pdf:", key="pack_pdf_download")
    elif d3.button(tr("pack.build_pdf"), disabled=not v.can_pdf, icon=":material/picture_as_pdf:",
                   key="pack_pdf_build", help=tr("pack.pdf_help")):
        with st.spinner(tr("pack.building_pdf")):
            try:
                st.session_state[state.DECK_PDF] = pptx_to_pdf(pack.pptx)
                st.rerun()
            except PdfError as exc:
                st.error(exc.message(lang()))
    if not v.can_pdf:
        d3.caption(tr("pack.pdf_unavailable"))
st.caption(tr("pack.cli"))

"""Year over year: per unit and indicator change, units crossing 85, a slope chart, and group-wide paired tests."""
import streamlit as st

from analysis.ita import yoy
from analysis.ita.framework import for_year
from analysis.ita.scoring import DEFAULT_PASS_MARK
from ui import boot, cache, charts_indicators, state
from ui.lang import lang, tr
from ui.theme import PLOTLY_CONFIG
from ui.widgets_indicators import p_text, pick, table

boot.ensure_navigation()
st.title(tr("yoy.title"))
ws = cache.workspace()
years = yoy.years_with_data(ws.scores, ws.results)
boot.require(years)
boot.demo_notice(ws.has_demo)

col_year, col_unit = st.columns([1, 3])
year = pick(tr("ind.pick_year"), years, state.SELECTED_YEAR, "yoy_year",
            lambda y: tr("common.be_year", year=y), col_year)
prev = yoy.previous_of(years, year)
if prev is None:
    st.info(tr("yoy.no_prev", year=year))
    st.stop()
st.caption(tr("yoy.caption", year=year, prev=prev))
fw = for_year(year)
pass_mark = fw.pass_mark if fw else DEFAULT_PASS_MARK
name_col = "name_th" if lang() == "th" else "name_en"
crossed_text = {"up": tr("yoy.up"), "down": tr("yoy.down"), "": ""}
totals = yoy.total_changes(ws.results, year, prev, pass_mark).assign(
    crossed_text=lambda d: d["crossed"].map(crossed_text))
changes = yoy.indicator_changes(ws.scores, year, prev, pass_mark).assign(
    crossed_text=lambda d: d["crossed"].map(crossed_text))
group = yoy.group_changes(changes)

m1, m2, m3, m4 = st.columns(4)
m1.metric(tr("yoy.metric_units"), f"{len(totals):,}")
m2.metric(tr("yoy.metric_up"), f"{int((totals['crossed'] == 'up').sum())}")
m3.metric(tr("yoy.metric_down"), f"{int((totals['crossed'] == 'down').sum())}")
m4.metric(tr("yoy.metric_median"), f"{totals['change'].median():+.2f}" if len(totals) else "–")

options = ["total", *sorted(changes["indicator"].unique().tolist())]
names = dict(zip(changes["indicator"], changes[name_col]))
labels = {m: tr("yoy.measure_total") if m == "total" else tr("yoy.measure_indicator", number=m, name=names[m])
          for m in options}
measure = st.selectbox(tr("yoy.measure"), options, key="yoy_measure", format_func=labels.__getitem__)
if measure == "total":
    slope_rows, before, after = totals, "total_prev", "total"
else:
    slope_rows, before, after = changes.loc[changes["indicator"] == measure], "score_prev", "score"
label = labels[measure]
st.plotly_chart(charts_indicators.slope(
    slope_rows, before, after, tr("common.be_year", year=prev), tr("common.be_year", year=year),
    tr("yoy.chart_slope", measure=label, prev=prev, year=year), pass_mark, tr("common.pass_line"),
    {"up": tr("yoy.legend_up"), "down": tr("yoy.legend_down"), "": tr("yoy.legend_same")}),
    config=PLOTLY_CONFIG, width="stretch")

col_prev, col_now = tr("yoy.col_prev", prev=prev), tr("yoy.col_now", year=year)
st.subheader(tr("yoy.crossed_header"))
crossed = totals.loc[totals["crossed"] != ""]
if crossed.empty:
    st.info(tr("yoy.no_crossings"))
else:
    table(crossed, {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"), "total_prev": col_prev,
                    "total": col_now, "change": tr("yoy.col_change"), "crossed_text": tr("yoy.col_crossed")},
          f"crossed_85_{prev}-{year}", "yoy_crossed",
          formats={"total_prev": "%.2f", "total": "%.2f", "change": "%+.2f"})

units = sorted(ws.results.loc[ws.results["fiscal_year"] == year, "unit"].unique())
unit = pick(tr("ind.pick_unit"), units, state.SELECTED_UNIT, "yoy_unit", container=col_unit)
st.subheader(tr("yoy.unit_header", unit=unit))
mine = changes.loc[changes["unit"] == unit]
ind_cols = {"indicator": tr("ind.col_indicator"), name_col: tr("ind.col_name"), "score_prev": col_prev,
            "score": col_now, "change": tr("yoy.col_change"), "crossed_text": tr("yoy.col_crossed")}
ind_formats = {"score_prev": "%.2f", "score": "%.2f", "change": "%+.2f"}
if mine.empty:
    st.info(tr("yoy.unit_no_pairs", unit=unit))
else:
    table(mine, ind_cols, f"yoy_{unit}_{prev}-{year}", "yoy_unit_table", formats=ind_formats)

st.subheader(tr("yoy.group_header"))
if group.empty:
    st.info(tr("yoy.no_pairs", prev=prev, year=year))
else:
    best, worst = group.iloc[0], group.iloc[-1]
    st.markdown(tr("yoy.group_summary", best=best["indicator"], best_name=best[name_col],
                   best_change=best["median_change"], worst=worst["indicator"], worst_name=worst[name_col],
                   worst_change=worst["median_change"]))
    st.plotly_chart(charts_indicators.change_bars(group, name_col, tr("yoy.chart_group", prev=prev, year=year),
                                                  tr("yoy.change_axis")), config=PLOTLY_CONFIG, width="stretch")
    if int(group["n_pairs"].max()) < yoy.MIN_PAIRS:
        st.warning(tr("yoy.caveat_few", n=int(group["n_pairs"].max())))
    st.info(tr("yoy.test_explain"), icon=":material/info:")
    group["test_text"] = [p_text(p, tr("yoy.few_pairs", n=n) if t == "few_pairs" else tr("yoy.no_change"))
                          for p, n, t in zip(group["p_value"], group["n_pairs"], group["test"])]
    table(group, {"indicator": tr("ind.col_indicator"), name_col: tr("ind.col_name"),
                  "n_pairs": tr("yoy.col_pairs"), "median_prev": tr("yoy.col_median_prev", prev=prev),
                  "median": tr("yoy.col_median_now", year=year), "median_change": tr("yoy.col_median_change"),
                  "improved": tr("yoy.col_improved"), "declined": tr("yoy.col_declined"),
                  "unchanged": tr("yoy.col_unchanged"), "test_text": tr("yoy.col_test")},
          f"yoy_group_{prev}-{year}", "yoy_group",
          formats={"median_prev": "%.2f", "median": "%.2f", "median_change": "%+.2f"})
    with st.expander(tr("yoy.all_changes")):
        table(changes, {"unit": tr("common.unit"), "unit_type": tr("common.unit_type"), **ind_cols},
              f"yoy_all_{prev}-{year}", "yoy_all", formats=ind_formats)

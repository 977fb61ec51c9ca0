"""Start the Streamlit server for app.py with the old pages-folder mode off from the very first visit.

`python -m ui.serve run app.py [streamlit options]` is `streamlit run app.py [options]`, except for one thing:
Streamlit decides once per server, at the first session, whether the app "uses the pages directory" (its old
multipage mode) because a folder named pages/ lies beside the entry point. In that mode the first run of the
first visitor lists every file of pages/ in the sidebar before app.py can take over (boot.ensure_navigation reruns
at once, but the list has already been sent: before sign-in a visitor could glimpse page names). Our screens are
routed by st.navigation only, so the server starts with that mode switched off. make run, make replicas, the load
benchmark and the browser tests all start the app this way; a plain `streamlit run app.py` still works (the
pages rerun through app.py), with that first-run glimpse.

It also warms the server up before it listens (issue 13.6): the app's modules are imported, the workspace database
opened (migrated, the demo loaded on a first start) and the workspace scored, all kept in this process's caches, so
the first visitor's page only lays itself out instead of waiting 10-15 s for that work. A failure there is logged
and left to the page, which reports it as it always did.
"""
from __future__ import annotations

import logging
import sys
import threading

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

WARM_UP_SECONDS = 60           # the longest the server's start waits for the warm-up
BARE_MODE_LOGGERS = ("streamlit.runtime.caching.cache_data_api", "streamlit.runtime.state.session_state_proxy",
                     "streamlit.runtime.scriptrunner_utils.script_run_context")


def warm_up() -> None:
    """Import the first page's modules, open the workspace store, score the workspace and work out the overview's
    first views into the caches the pages read (ui.cache); never raises."""
    # before the server runs, Streamlit warns that there is no runtime or session (the caches are process-wide: the
    # pages reuse what is kept here); those warnings would only confuse the server log
    quiet = [logging.getLogger(name) for name in BARE_MODE_LOGGERS]
    levels = [q.level for q in quiet]
    for q in quiet:
        q.setLevel(logging.ERROR)
    try:
        from ui import cache, charts, chrome, widgets_indicators  # noqa: F401  (what the overview imports)

        _first_visit_views(cache.workspace())
        _first_run_work()
    except Exception:  # the page meets the same failure and shows it in words
        logging.getLogger(__name__).warning("warming up failed; the first page will retry", exc_info=True)
    finally:
        for q, level in zip(quiet, levels, strict=True):
            q.setLevel(level)


def _first_visit_views(ws) -> None:
    """The overview's views as pages/overview.py asks for them on a first visit (nothing chosen yet, Thai): the
    year's figures, then the same with the first unit of its picker highlighted, and that view's three charts."""
    from analysis.common import t
    from analysis.ita import demo_mark, overview_view
    from ui import cache, charts

    v = cache.view(overview_view, ws, year=None, unit_types=[], lang="th", unit=None)
    if len(v.totals):
        v = cache.view(overview_view, ws, year=None, unit_types=[], lang="th", unit=v.totals["unit"].iloc[0])
        suffix = demo_mark(ws.demo_mode, ws.demo_keys, v.year, v.totals["unit"], "th")
        charts.overview_figures(v, f"{v.summary.units:,}", suffix, False, lambda code, **kw: t(code, "th", **kw))


def _first_run_work() -> None:
    """What Streamlit and plotly do once per process on the first page run: Streamlit's check whether it runs under
    `streamlit run` (inspect.stack over every loaded module's source: 1-2 s; it does), plotly's figure classes (loaded
    on first use) and the icon tables."""
    import pandas as pd
    import pandas.io.formats.style  # noqa: F401  (the overview's plain table: pandas' Styler and its templates)
    import plotly.graph_objects as go
    import plotly.io
    from streamlit import delta_generator, string_util

    from ui import theme

    delta_generator._use_warning_has_been_displayed = True      # private flag; harmless if Streamlit renames it
    string_util.extract_leading_icon(":material/analytics: x")
    string_util.extract_leading_emoji("ไทย")                # its emoji table: a regex of every emoji, ~0.25 s
    fig = go.Figure(go.Bar(x=pd.Series([1.0]), y=pd.Series(["a"]), orientation="h", marker={"line": {"width": 1}}))
    theme.apply(fig, "a")
    fig.add_shape(type="line", x0=0, x1=1, y0=0, y1=1, line={"dash": "dash"})
    fig.add_annotation(x=0, y=0, text="a")
    plotly.io.to_json(fig, validate=False)


def main() -> None:
    """Switch the pages-folder mode off, warm up (for `run`; at most WARM_UP_SECONDS, then the rest goes on beside
    the server and the first page waits for it), then hand over to Streamlit's command line."""
    PagesManager.uses_pages_directory = False
    if sys.argv[1:2] == ["run"]:
        worker = threading.Thread(target=warm_up, name="ita-warm-up", daemon=True)
        worker.start()
        worker.join(WARM_UP_SECONDS)      # a database slow to answer must not keep the server from starting
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    sys.exit(main())

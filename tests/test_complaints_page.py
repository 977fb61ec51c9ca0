"""AppTest of the complaints page: the demo renders with its figures, targets and download; no personal value shown."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from analysis.common.text import t
from tests.apptest_support import open_app

ROOT = Path(__file__).resolve().parent.parent
PAGE = str(ROOT / "pages" / "complaints.py")
DEMO = ROOT / "data" / "samples" / "demo_complaints_2563-2568.csv"


def run_page() -> AppTest:
    return open_app(PAGE)


def page_text(at: AppTest) -> str:
    """Every text the page shows: markdown, captions, metrics, alerts, tables and chart data."""
    parts = [e.value for kind in ("markdown", "caption", "info", "warning", "success", "error", "title", "subheader")
             for e in at.get(kind) if isinstance(getattr(e, "value", None), str)]
    parts += [f"{m.label} {m.value}" for m in at.metric]
    parts += [df.value.to_csv() for df in at.dataframe]
    parts += [str(c.proto.spec) for c in at.get("plotly_chart")]
    return "\n".join(parts)


def test_demo_complaints_render_with_targets_charts_and_public_table(workspace_env):
    at = run_page()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == t("cmpl.title")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("cmpl.metric_received", year=2568)] == "346"        # hand count of the demo file, FY2568
    assert metrics[t("cmpl.metric_in_progress")] == "24"
    assert len(at.get("plotly_chart")) == 6
    text = page_text(at)
    for key in ("cmpl.t_corruption", "cmpl.t_15days", "cmpl.t_public", "cmpl.t_bribery"):
        assert t(key) in text
    assert "ยังสรุปไม่ได้" in text and "ลดลงอย่างมีนัยสำคัญ" in text     # FY2568 vs 2567; corruption trend
    assert t("cmpl.partial", year=2568, days=243, full=365) in text


def test_no_personal_value_reaches_the_page(workspace_env):
    import pandas as pd

    demo = pd.read_csv(DEMO, dtype=str)
    at = run_page()
    text = page_text(at)
    for column in ("ชื่อผู้ร้องเรียน", "เลขประจำตัวประชาชน", "โทรศัพท์", "อีเมล", "ที่อยู่"):
        values = demo[column].dropna().unique()[:200]
        leaked = [v for v in values if v in text]
        assert not leaked, (column, leaked[:3])


def test_public_statistics_table_and_download(workspace_env):
    at = run_page()
    buttons = [b for b in at.get("download_button") if t("cmpl.download") in str(b.proto)]
    assert len(buttons) == 1, "the public statistics table has its own download"
    assert len(at.get("download_button")) == 3, "and the targets and year-over-year tables can be downloaded too"
    table = next(df.value for df in at.dataframe if t("cmpl.received") in df.value.columns)
    assert table.iloc[0, :4].tolist() == [2568, 346, 322, 24]


def test_every_download_of_complaint_data_is_audited(workspace_env):
    from analysis.common import settings
    from analysis.store import COMPLAINT_EXPORT, Store

    at = run_page()
    at.download_button(key="cmpl_public_xlsx").click().run()
    at.download_button(key="cmpl_yoy_xlsx").click().run()
    assert not at.exception
    store = Store(settings.database_url())
    entries = store.audit.list(action=COMPLAINT_EXPORT)
    store.close()
    assert [e.details["file"].split(".")[-1] for e in entries] == ["xlsx", "xlsx"]
    assert entries[0].user == "local" and entries[0].details["rows"] == len(table_rows(at))
    assert entries[1].object == "complaints_year_over_year.xlsx"


def table_rows(at: AppTest):
    return next(df.value for df in at.dataframe if t("cmpl.received") in df.value.columns)


def test_english_page_renders(workspace_env):
    at = run_page()
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == t("cmpl.title", "en")
    assert "not conclusive yet" in page_text(at)


def test_upload_on_the_page_shows_the_report_and_removed_columns(empty_workspace_env):
    at = run_page()
    assert any(t("cmpl.empty") == i.value for i in at.info)
    at.button(key="complaints_load_demo").click().run()
    assert not at.exception
    assert {m.label for m in at.metric} >= {t("cmpl.metric_received", year=2568)}


def test_each_year_names_its_file_and_a_failing_figure_leaves_the_remove_control(workspace_env, monkeypatch):
    """Issues 10.1 and 14.3: the page says which file each year comes from; when a figure cannot be computed from
    a stored upload, the control that removes the upload is already on the page."""
    at = run_page()
    assert not at.exception
    assert any(t("cmpl.sources", list="")[:10] in c.value and "demo_complaints_2563-2568.csv" in c.value
               for c in at.caption)

    from analysis.complaints import statistics

    def broken(*args, **kwargs):
        raise ValueError("year 0 is out of range")

    monkeypatch.setattr(statistics, "yearly", broken)
    from ui import cache

    cache.forget()                        # the figures of the first run are kept: work them out again, and fail
    at = run_page()
    assert at.button(key="complaints_remove") is not None
    at.button(key="complaints_remove").click().run()
    assert any(s.value == t("cmpl.removed_file", file="demo_complaints_2563-2568.csv") for s in at.success)


def test_statistics_are_worked_out_once_per_stored_version(workspace_env, monkeypatch):
    """Issue 13.6: a rerun after a widget change reads the kept statistics; a change of the stored files (here the
    demo removed) works them out again."""
    from analysis.complaints import complaints_view
    from ui import cache, state

    calls = []
    monkeypatch.setattr(cache, "complaints_view", lambda *a, **k: calls.append(1) or complaints_view(*a, **k))
    at = run_page()
    assert not at.exception and len(calls) == 1
    at.segmented_control(key=state.CMPL_BREAKDOWN).set_value("category").run()
    assert not at.exception
    assert len(calls) == 1, "the breakdown switch did not compute the statistics again"
    assert any("category" in str(c.proto.spec) or t("cmpl.by_category") in str(c.proto.spec)
               for c in at.get("plotly_chart")), "the breakdown chart follows the switch"
    at.button(key="complaints_remove").click().run()
    assert not at.exception
    assert len(calls) == 2 and any(t("cmpl.empty") == i.value for i in at.info), "the removal shows at once"

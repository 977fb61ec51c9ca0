"""AppTest of the action-plan and measures pages: the imported plan listed with links and gaps, a draft made
from a weak indicator, and a save refused when someone else saved the measure first."""
from __future__ import annotations

from analysis.common import settings
from analysis.common.text import t
from analysis.plan.action_plan import import_path
from analysis.store import MeasureRepository, Store
from tests.apptest_support import open_app
from tests.test_action_plan import SEED
from tests.test_pages import ROOT, run_app

PLAN = str(ROOT / "pages" / "action_plan.py")
MEASURES = str(ROOT / "pages" / "measures.py")


def _seed_plan() -> MeasureRepository:
    repo = Store(settings.database_url()).measures
    repo.import_plan(import_path(SEED).measures, "seed.txt", who="ผู้ทดสอบ")
    return repo


def test_action_plan_lists_measures_links_and_gaps(workspace_env):
    run_app()                       # first start loads the demo (with the Finance Office's plan) into the workspace
    at = open_app(PLAN, selected_year=2568)     # the demo year the Finance Office is weak in
    assert not at.exception
    listing = at.dataframe[0].value
    assert len(listing) == 10 and listing.iloc[4][t("plan.col_indicators")] == "1, 10"
    coverage = at.dataframe[1].value
    assert t("plan.col_gap") in coverage.columns
    assert any(t("plan.gaps", list="")[:20] in w.value for w in at.warning) or at.success


def test_draft_edit_and_conflict(workspace_env):
    run_app()
    repo = _seed_plan()
    at = open_app(MEASURES, selected_year=2568)
    at.text_input(key="msr_who_input").input("สมชาย").run()
    at.button(key="msr_create").click().run()
    assert not at.exception and at.success[0].value.startswith(t("msr.created", title="")[:10])
    draft = max(repo.list_all(), key=lambda r: r.id)
    assert draft.origin == "draft" and draft.weakness.startswith("ตัวชี้วัดที่") and draft.created_by == "สมชาย"
    # someone else saves the same measure after this browser loaded it
    repo.update(draft.id, {"kpi": "ของคนอื่น"}, draft.version, who="สมศรี")
    at.text_input[1].input("ชื่อใหม่")              # the measure title field of the edit form
    at.button[[b.label for b in at.button].index(t("msr.save"))].click().run()
    assert not at.exception
    assert at.error[0].value == t("msr.conflict")
    changes = at.dataframe[0].value
    assert changes.iloc[0][t("msr.col_by")] == "สมศรี" and changes.iloc[0][t("msr.col_new")] == "ของคนอื่น"
    assert changes.iloc[0][t("msr.col_field")] == t("msr.f_kpi"), "the field in words, not its column name"
    assert repo.get(draft.id).title == draft.title                  # the later save was refused


def test_history_shows_who_changed_what_and_undo_puts_the_last_change_back(workspace_env):
    run_app()
    repo = _seed_plan()
    first = min(repo.list_all(), key=lambda r: r.id)
    repo.update(first.id, {"kpi": "ร้อยละ 80", "status": "in_progress"}, first.version, who="สมศรี")
    at = open_app(MEASURES, msr_edit_id=first.id)
    at.text_input(key="msr_who_input").input("สมชาย").run()
    history = next(d.value for d in at.dataframe if t("msr.h_what") in d.value.columns)
    newest = history.iloc[0]
    assert newest[t("msr.col_by")] == "สมศรี" and newest[t("msr.h_what")] == t("msr.h_update", version=2)
    assert set(history.iloc[:2][t("msr.col_field")]) == {t("msr.f_kpi"), t("msr.f_status")}
    assert t("msr.status_in_progress") in set(history.iloc[:2][t("msr.col_new")]), "statuses in words"
    assert history.iloc[-1][t("msr.h_what")] == t("msr.h_create")
    at.button(key="msr_undo").click().run()
    assert not at.exception and at.success[0].value == t("msr.undone", version=3)
    back = repo.get(first.id)
    assert (back.kpi, back.status, back.version, back.updated_by) == (first.kpi, first.status, 3, "สมชาย")
    assert repo.history(first.id)[-1].action == "undo"


def _field(at, code):
    return next(w for w in at.text_input if w.label == t(code))


def _save(at):
    at.button[[b.label for b in at.button].index(t("msr.save"))].click().run()


def test_a_form_that_cannot_be_saved_says_why_and_a_be_date_is_stored(workspace_env):
    """Issue 10.2: an empty name lost the edits with no message; 01/11/2568 gave an English range error and was
    stored blank while the page said it saved."""
    run_app()
    repo = _seed_plan()
    at = open_app(MEASURES, selected_year=2568)
    chosen = at.session_state["msr_edit_id"]
    before = repo.get(chosen)
    _field(at, "msr.f_title").input("")
    _field(at, "msr.f_start").input("01/11/2568")
    _save(at)
    assert not at.exception
    assert [e.value for e in at.error] == [t("form.problem", field={"code": "msr.f_title", "params": {}},
                                             message={"code": "form.required", "params": {}}),
                                           t("form.problem", field={"code": "plan.who", "params": {}},
                                             message={"code": "form.required", "params": {}})]
    assert repo.get(chosen) == before, "nothing was saved"
    at.text_input(key="msr_who_input").input("สมชาย").run()
    _field(at, "msr.f_title").input("มาตรการที่แก้แล้ว")
    _field(at, "msr.f_start").input("01/11/2568")
    _field(at, "msr.f_end").input("30/09/2569")
    _save(at)
    assert not at.exception and not at.error
    saved = repo.get(chosen)
    assert saved.title == "มาตรการที่แก้แล้ว" and str(saved.start_date) == "2025-11-01" and str(saved.end_date) == "2026-09-30"
    assert _field(at, "msr.f_start").value == "01/11/2568", "the form shows the stored date in BE"


def test_export_documents_are_built_when_clicked_not_on_every_rerun(workspace_env, monkeypatch):
    """Issue 16.1: the four measure documents (Word and Excel) cost seconds to build; a page run only offers them."""
    import analysis.plan

    built = []
    for name in ("measures_document", "progress_report"):
        monkeypatch.setattr(analysis.plan, name, lambda *a, name=name, **k: built.append(name) or b"")
    at = open_app(MEASURES, selected_year=2568)
    at.text_input(key="msr_who_input").input("สมชาย").run()
    assert not at.exception
    labels = {b.proto.label for b in at.get("download_button")}
    assert {t(c) for c in ("msr.dl_docx", "msr.dl_xlsx", "msr.dl_progress_docx", "msr.dl_progress_xlsx")} <= labels
    assert built == [], "no document was built by the page runs"

"""A measure's history as the page shows it (analysis.plan.history_table): newest first, one row per changed field,
field names and values in the user's words (statuses, BE dates, steps), progress and links described."""
from __future__ import annotations

from datetime import date

from analysis.common.text import t
from analysis.plan import field_label, field_value, history_table


def test_history_reads_as_the_forms_do_in_both_languages(store):
    repo = store.measures
    rec = repo.add({"title": "เปิดเผยข้อมูล", "unit": "สำนักงานเขตบางรัก"}, who="สมชาย")
    rec = repo.update(rec.id, {"status": "in_progress", "start_date": date(2025, 11, 1)}, rec.version, who="สมศรี")
    repo.save_progress(rec.id, 2570, "q1", {"status": "in_progress", "percent": 40.0}, None, who="สมศรี")
    repo.set_link(rec.id, "oit", "O12", True, who="สมชาย")
    for lang in ("th", "en"):
        table = history_table(repo.history(rec.id), lang)
        what = list(table[t("msr.h_what", lang)])
        assert what[0] == t("msr.h_linked", lang, kind=t("msr.h_link_oit", lang), target="O12")
        assert what[-1] == t("msr.h_create", lang) and table.iloc[-1][t("msr.col_by", lang)] == "สมชาย"
        progress = table[table[t("msr.h_what", lang)] == t("msr.h_progress", lang, round=t("msr.round_q1", lang), year=2570)]
        assert dict(zip(progress[t("msr.col_field", lang)], progress[t("msr.col_new", lang)])) == {
            t("msr.f_status", lang): t("msr.status_in_progress", lang), t("msr.p_percent", lang): "40"}
        edit = table[table[t("msr.h_what", lang)] == t("msr.h_update", lang, version=2)]
        assert dict(zip(edit[t("msr.col_field", lang)], edit[t("msr.col_new", lang)])) == {
            t("msr.f_status", lang): t("msr.status_in_progress", lang), t("msr.f_start", lang): "01/11/2568"}
        assert set(edit[t("msr.col_old", lang)]) == {t("msr.status_not_started", lang), ""}


def test_every_measure_field_has_words_and_values_are_shown_plainly():
    from analysis.store.tables import MEASURE_FIELDS, PROGRESS_FIELDS

    for column in (*MEASURE_FIELDS, "steps_json", *PROGRESS_FIELDS):
        assert field_label(column, "th") != column and field_label(column, "en") != column, column
    assert field_value("steps_json", '["หนึ่ง", "สอง"]') == "หนึ่ง · สอง"
    assert field_value("end_date", "2026-09-30") == "30/09/2569"
    assert field_value("budget_amount", 150000.0) == "150,000" and field_value("percent", 12.5) == "12.5"
    assert field_value("kpi", None) == ""

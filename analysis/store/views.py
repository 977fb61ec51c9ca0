"""The views of the screens that manage stored files: the data page (stored datasets, what removing asks, the
manual-entry form and its saved message) and the complaints page's stored files."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd

from analysis.common.text import t
from analysis.common.thaidate import format_datetime
from analysis.common.units import UNIT_TYPES, clean_name
from analysis.ita import latest, load_all, score
from analysis.store.records import ComplaintUpload, DatasetInfo
from analysis.store.workspace import DemoContents

ALL_DEMO = "demo"      # what the data page's removal asks about: a dataset id, or ALL_DEMO for every demo dataset


@dataclass(frozen=True)
class DemoBeside:
    """One kind of data stored both as demo and as the user's: what the data page says and its one-click switch."""
    kind: str                  # "results" | "complaints" | "measures"
    shown: bool                # the demo is shown beside the user's
    caption: str
    button: str
    key: str                   # the switch's widget key


def demo_beside_view(beside: dict[str, bool], lang: str = "th") -> list[DemoBeside]:
    """The switches for workspace.demo_beside(store): one per kind, saying where the demo is now."""
    out = []
    for kind, shown in beside.items():
        suffix = "" if kind == "results" else f"_{kind}"
        out.append(DemoBeside(kind, shown, t(f"data.demo_{'beside' if shown else 'left_out'}{suffix}", lang),
                              t(f"data.demo_{'hide' if shown else 'show'}{suffix}", lang),
                              "demo_show_toggle" if kind == "results" else f"demo_show_{kind}"))
    return out


@dataclass(frozen=True, eq=False)
class StoredFilesView:
    """Stored files as a table (headers in words) and the labels of the removal picker (id -> "id · file")."""
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    labels: dict[int, str] = field(default_factory=dict)
    file_names: dict[int, str] = field(default_factory=dict)
    demo_count: int = 0                                  # how many of them are demo data
    demo: DemoContents | None = None                     # everything removing the demo takes away (data page)

    def removal_question(self, pending, lang: str = "th") -> str | None:
        """What to ask before removing `pending` (a file id, or ALL_DEMO); None when it is no longer stored."""
        if pending == ALL_DEMO:
            if not self.demo:
                return None
            return t("data.remove_demo_confirm", lang, datasets=", ".join(self.demo.datasets) or "-",
                     files=", ".join(self.demo.complaint_files) or "-", measures=self.demo.measures,
                     items=self.demo.checklist_items)
        if pending in self.file_names:
            return t("data.remove_confirm", lang, file=self.file_names[pending])
        return None


def _stored(items: Sequence, demo: DemoContents | None, rows: list[dict]) -> StoredFilesView:
    return StoredFilesView(pd.DataFrame(rows), {i.id: f"{i.id} · {i.file_name}" for i in items},
                           {i.id: i.file_name for i in items}, sum(bool(i.is_demo) for i in items), demo)


def datasets_view(datasets: Sequence[DatasetInfo], lang: str = "th", demo: DemoContents | None = None) -> StoredFilesView:
    """The stored ITA datasets (DatasetRepository.list_all) as the data page shows them; demo: what the demo holds
    (analysis.store.demo_contents), for the removal question."""
    return _stored(datasets, demo, [{
        "ID": d.id, t("data.col_file", lang): d.file_name,
        t("data.col_uploaded_at", lang): format_datetime(d.uploaded_at, lang),
        t("data.col_uploaded_by", lang): d.uploaded_by, t("data.col_rows", lang): d.rows,
        t("data.col_years", lang): ", ".join(map(str, d.fiscal_years)),
        t("data.col_demo", lang): d.is_demo, t("data.col_sha", lang): d.sha256[:12],
    } for d in datasets])


def complaint_uploads_view(uploads: Sequence[ComplaintUpload], lang: str = "th") -> StoredFilesView:
    """The stored complaint files (ComplaintRepository.list_all) as the complaints page shows them."""
    return _stored(uploads, None, [{
        "ID": u.id, t("cmpl.col_file", lang): u.file_name,
        t("data.col_uploaded_at", lang): format_datetime(u.uploaded_at, lang), t("cmpl.col_rows", lang): u.rows,
        t("cmpl.col_years", lang): ", ".join(map(str, u.fiscal_years)),
        t("cmpl.col_removed", lang): ", ".join(u.removed_columns), t("cmpl.col_demo", lang): u.is_demo,
    } for u in uploads])


@dataclass(frozen=True)
class ManualFormView:
    """The manual-entry form's choices: fiscal years (newest first), unit types, indicator (number, label)."""
    years: list[int]
    unit_types: tuple[str, ...]
    indicators: tuple[tuple[int, str], ...]


def manual_form_view(lang: str = "th") -> ManualFormView:
    """The ManualFormView: every framework year, the unit types, the latest framework's indicators named."""
    fw = latest()
    return ManualFormView(sorted(load_all(), reverse=True), UNIT_TYPES, tuple(
        (ind.number, t("data.manual_indicator", lang, n=ind.number, name=ind.name_th if lang == "th" else ind.name_en))
        for ind in fw.indicators))


def manual_saved_text(result, unit: str, year: int, lang: str = "th") -> str:
    """The message after a hand-typed result (analysis.store.manual_entry) was saved: the unit, year and total."""
    scored = score(result.scores, result.published)
    total = scored["total"].iloc[0] if len(scored) else float("nan")
    return t("data.manual_saved", lang, unit=clean_name(unit), year=year,
             total="-" if pd.isna(total) else f"{total:.2f}")


def sources_text(sources: dict, lang: str = "th") -> str:
    """'Where each year comes from — 2566, 2567: register.csv; …' from ComplaintRepository.year_sources."""
    by_file: dict[str, list[int]] = {}
    for year, src in sorted(sources.items()):
        by_file.setdefault(src.file_name, []).append(year)
    return t("cmpl.sources", lang, list="; ".join(f"{', '.join(map(str, ys))}: {name}" for name, ys in by_file.items()))


AUDIT_HEADERS = ("audit.col_at", "audit.col_user", "audit.col_unit", "audit.col_action", "audit.col_object",
                 "audit.col_details")


def audit_table(entries: Sequence, lang: str = "th", user: str = "", action: str = "") -> pd.DataFrame:
    """The audit trail as a table (newest first, headers in words, times in the language), optionally of one user
    and/or one action (blank: all)."""
    from analysis.store.audit_words import action_name, details_text, object_name, user_name

    rows = [(format_datetime(e.at, lang), user_name(e.user, lang), e.unit, action_name(e.action, lang), object_name(e.object, lang),
             details_text(e.details, lang))
            for e in reversed(list(entries))
            if (not user or e.user == user) and (not action or e.action == action)]
    return pd.DataFrame(rows, columns=[t(code, lang) for code in AUDIT_HEADERS])

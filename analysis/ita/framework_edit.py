"""Editing a year's framework in the app: its parts as tables (tools, indicators, levels or bands, OIT items and
the status of each item list) and back into the framework's fields, validated exactly as the shipped files are
(FrameworkError naming the field), ready to be saved as a new version."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from analysis.ita.framework import PARTS, Framework, parse_framework

TOOL_COLUMNS = ["code", "name_th", "name_en", "weight"]
INDICATOR_COLUMNS = ["number", "name_th", "name_en", "tool", "weight"]
LEVEL_COLUMNS = ["label", "min_total"]
BAND_COLUMNS = ["label", "label_en", "min_total", "tool_gate", "passed"]
ITEM_COLUMNS = ["family", "code", "name_th", "indicator", "sub_indicator"]
LIST_COLUMNS = ["family", "status"]
PART_COLUMNS = ["part", "label", "status", "source"]


def editor_tables(fw: Framework, lang: str = "th") -> dict[str, pd.DataFrame]:
    """The framework's parts as the editor's tables (the status of each part with its label in the language)."""
    from analysis.common.text import t

    return {
        "parts": pd.DataFrame([[name, t(f"fw.part_{name}", lang), *fw.part(name)] for name in PARTS],
                              columns=PART_COLUMNS),
        "tools": pd.DataFrame([[t.code, t.name_th, t.name_en, t.weight] for t in fw.tools], columns=TOOL_COLUMNS),
        "indicators": pd.DataFrame([[i.number, i.name_th, i.name_en, i.tool, i.weight] for i in fw.indicators],
                                   columns=INDICATOR_COLUMNS),
        "levels": pd.DataFrame([[lv.label, lv.min_total] for lv in fw.levels], columns=LEVEL_COLUMNS),
        "bands": pd.DataFrame([[b.label, b.label_en, b.min_total, b.tool_gate, b.passed] for b in fw.bands],
                              columns=BAND_COLUMNS),
        "items": pd.DataFrame([[i.family, i.code, i.name_th, i.indicator, i.sub_indicator] for i in fw.oit_items],
                              columns=ITEM_COLUMNS),
        "lists": pd.DataFrame(sorted(fw.oit_items_status.items()), columns=LIST_COLUMNS),
    }


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value).strip()


def _number(value):
    """A number from a table cell (None for a blank; the text as it is otherwise, so validation names the field)."""
    if value is None or (isinstance(value, float) and value != value) or _text(value) == "":
        return None
    if isinstance(value, bool):
        return value
    try:
        f = float(value)
    except (TypeError, ValueError):
        return _text(value)
    return int(f) if f.is_integer() else f


def _rows(frame: pd.DataFrame) -> list[dict]:
    """The table's rows, blank rows (every cell empty) left out."""
    out = []
    for row in frame.to_dict("records"):
        if any(_text(v) for v in row.values()):
            out.append(row)
    return out


def framework_data(fw: Framework, top: Mapping, tables: Mapping[str, pd.DataFrame]) -> dict:
    """The framework's fields (as its TOML file holds them) from the editor: top holds fiscal_year, grading,
    pass_mark, status, source and notes; tables the parts (editor_tables' names)."""
    data: dict = {"fiscal_year": int(top.get("fiscal_year", fw.fiscal_year)), "grading": _text(top.get("grading")),
                  "pass_mark": _number(top.get("pass_mark")), "status": _text(top.get("status")),
                  "notes": str(top.get("notes") or "")}
    if _text(top.get("source")):
        data["source"] = _text(top.get("source"))
    data["tools"] = [{"code": _text(r["code"]), "name_th": _text(r["name_th"]), "name_en": _text(r["name_en"]),
                      "weight": _number(r["weight"])} for r in _rows(tables["tools"])]
    aliases = {i.number: list(i.aliases) for i in fw.indicators}
    data["indicators"] = []
    for r in _rows(tables["indicators"]):
        row = {"number": _number(r["number"]), "name_th": _text(r["name_th"]), "name_en": _text(r["name_en"]),
               "tool": _text(r["tool"]), "weight": _number(r["weight"])}
        if aliases.get(row["number"]):
            row["aliases"] = aliases[row["number"]]
        data["indicators"].append(row)
    if data["grading"] == "levels":
        data["levels"] = [{"label": _text(r["label"]), "min_total": _number(r["min_total"])}
                          for r in _rows(tables["levels"])]
    else:
        data["bands"] = []
        for r in _rows(tables["bands"]):
            band = {"label": _text(r["label"]), "label_en": _text(r["label_en"]), "min_total": _number(r["min_total"]),
                    "passed": bool(r["passed"]) if isinstance(r["passed"], bool) else _text(r["passed"]).lower()
                    in ("true", "1", "yes", "ใช่", "ผ่าน")}
            gate = _number(r["tool_gate"])
            if gate is not None:
                band["tool_gate"] = gate
            data["bands"].append(band)
    if "parts" in tables:
        parts = {}
        for r in _rows(tables["parts"]):
            status, source = _text(r["status"]), _text(r["source"])
            if (status, source) != (data["status"], data.get("source", "")):
                parts[_text(r["part"])] = {"status": status, **({"source": source} if source else {})}
        if parts:
            data["parts"] = parts
    statuses = {_text(r["family"]): _text(r["status"]) for r in _rows(tables["lists"])}
    items = []
    for r in _rows(tables["items"]):
        item = {"family": _text(r["family"]), "code": _text(r["code"]).upper().replace(" ", ""),
                "name_th": _text(r["name_th"]), "indicator": _number(r["indicator"])}
        if _text(r.get("sub_indicator")):
            item["sub_indicator"] = _text(r["sub_indicator"])
        items.append(item)
    if items:
        data["oit_items"] = items
    data["oit_items_status"] = {f: s for f, s in statuses.items() if f}
    return {k: v for k, v in data.items() if v is not None}


def validated(data: dict, name: str) -> Framework:
    """The framework of these fields, or FrameworkError naming the field (as for a shipped file)."""
    return parse_framework(data, name)


def with_item_list(fw: Framework, family: str, items: list, status: str = "partial") -> dict:
    """The framework's fields with the family's OIT item list replaced by `items` (OitItem records) and its list
    status set; the other families stay as they are."""
    tables = editor_tables(fw)
    others = tables["items"][tables["items"]["family"] != family]
    new = pd.DataFrame([[family, i.code, i.name_th, i.indicator, i.sub_indicator] for i in items], columns=ITEM_COLUMNS)
    tables["items"] = pd.concat([others, new], ignore_index=True)
    lists = tables["lists"][tables["lists"]["family"] != family]
    tables["lists"] = pd.concat([lists, pd.DataFrame([[family, status]], columns=LIST_COLUMNS)], ignore_index=True)
    top = {"fiscal_year": fw.fiscal_year, "grading": fw.grading, "pass_mark": fw.pass_mark, "status": fw.status,
           "source": fw.source, "notes": fw.notes}
    return framework_data(fw, top, tables)


def frameworks_overview(frameworks: Mapping[int, Framework], lang: str = "th") -> pd.DataFrame:
    """One row per year known, newest first: where its framework comes from (the shipped file or a saved version),
    how sure it is, its grading rule and its OIT item lists (items and status per list)."""
    from analysis.common.text import t

    rows = []
    for year, fw in sorted(frameworks.items(), reverse=True):
        origin = t("fwk.origin_saved", lang, version=fw.version) if fw.version else \
            t("fwk.origin_file", lang)
        lists = []
        for family in sorted({i.family for i in fw.oit_items}):
            n = sum(i.family == family for i in fw.oit_items)
            status = t(f"oit.list_{fw.oit_items_status.get(family, 'unknown')}", lang)
            lists.append(f"{t(f'oit.family_{family}', lang)}: {n} ({status})")
        rows.append({t("fwk.col_year", lang): year, t("fwk.col_origin", lang): origin,
                     t("fwk.col_status", lang): t(f"fw.status_{fw.status}", lang, source=fw.source),
                     t("fwk.col_grading", lang): t(f"fwk.grading_{fw.grading}", lang),
                     t("fwk.col_items", lang): ", ".join(lists) or "—"})
    return pd.DataFrame(rows)

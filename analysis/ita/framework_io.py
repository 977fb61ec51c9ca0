"""Frameworks out of the app: the TOML text of a Framework (the shipped files' format) and the copy for a new year.
The OIT item list read from the NACC's table is in item_list.py. Pure core: no Streamlit."""
from __future__ import annotations

import logging
import re
from dataclasses import fields, replace

import tomli_w

from analysis.common.text import t
from analysis.ita.framework import Framework, parse_framework

log = logging.getLogger(__name__)

__all__ = ["framework_to_dict", "framework_to_toml", "framework_from_previous", "check_framework", "toml_file_name"]


# ------------------------------------------------------------------------------------------ TOML out
def _num(x: float) -> int | float:
    """A weight or edge as the shipped files write it: 30, not 30.0."""
    x = float(x)
    return int(x) if x.is_integer() and abs(x) < 1e15 else x


def framework_to_dict(fw: Framework) -> dict:
    """The framework as the data of its TOML file (what parse_framework reads): top-level fields, then tools,
    indicators, levels or bands (the grading's), the item-list statuses and the OIT items."""
    data: dict = {"fiscal_year": int(fw.fiscal_year), "grading": fw.grading, "pass_mark": _num(fw.pass_mark),
                  "status": fw.status}
    if getattr(fw, "source", ""):
        data["source"] = fw.source
    data["notes"] = fw.notes
    parts = getattr(fw, "parts", {}) or {}
    if parts:
        data["parts"] = {name: ({"status": st, "source": src} if src else {"status": st})
                         for name, (st, src) in parts.items()}
    data["tools"] = [{"code": x.code, "name_th": x.name_th, "name_en": x.name_en, "weight": _num(x.weight)}
                     for x in fw.tools]
    data["indicators"] = []
    for i in fw.indicators:
        row = {"number": int(i.number), "name_th": i.name_th, "name_en": i.name_en, "tool": i.tool,
               "weight": _num(i.weight)}
        if i.aliases:
            row["aliases"] = list(i.aliases)
        data["indicators"].append(row)
    if fw.grading == "levels":
        data["levels"] = [{"label": lv.label, "min_total": _num(lv.min_total)} for lv in fw.levels]
    else:
        data["bands"] = []
        for b in fw.bands:
            band = {"label": b.label, "label_en": b.label_en, "min_total": _num(b.min_total)}
            if b.tool_gate is not None:
                band["tool_gate"] = _num(b.tool_gate)
            band["passed"] = bool(b.passed)
            data["bands"].append(band)
    if fw.oit_items_status:
        data["oit_items_status"] = dict(fw.oit_items_status)
    if fw.oit_items:
        data["oit_items"] = []
        for it in fw.oit_items:
            row = {"family": it.family, "code": it.code, "name_th": it.name_th, "indicator": int(it.indicator)}
            if it.sub_indicator:
                row["sub_indicator"] = it.sub_indicator
            data["oit_items"].append(row)
    return data


_SAFE_FAMILY = re.compile(r"[A-Za-z0-9_]{1,40}")


def _inline(value: dict) -> str:
    """A small table written inline: { status = "verified", source = "…" }."""
    return "{ " + ", ".join(tomli_w.dumps({k: v}).strip() for k, v in value.items()) + " }"


def _table(name: str, row: dict) -> str:
    # tomli-w writes a short array of tables inline ({ … }); one [[name]] per row keeps the shipped files' layout
    return f"\n[[{name}]]\n" + tomli_w.dumps(row)


def framework_to_toml(fw: Framework) -> str:
    """The framework as the text of a framework file (UTF-8, Thai as is), laid out as the shipped files are;
    tomllib + parse_framework read it back to an equal Framework (source_file and version aside)."""
    data = framework_to_dict(fw)
    out = [f"# {t('fwio.toml_header', 'th', year=fw.fiscal_year)}\n",
           f"# {t('fwio.toml_header', 'en', year=fw.fiscal_year)}\n"]
    for key in ("fiscal_year", "grading", "pass_mark", "status", "source"):
        if key in data:
            out.append(tomli_w.dumps({key: data[key]}))
    # a multi-line string turns \r\n into \n: keep a note holding \r on one escaped line so it reads back the same
    out.append(tomli_w.dumps({"notes": data["notes"]}, multiline_strings="\r" not in data["notes"]))
    if "parts" in data:
        out.append("\n[parts]\n" + "".join(f"{name} = {_inline(value)}\n" for name, value in data["parts"].items()))
    for key in ("tools", "indicators", "levels", "bands"):
        out += [_table(key, row) for row in data.get(key, [])]
    if "oit_items_status" in data:
        out.append("\n[oit_items_status]\n" + tomli_w.dumps(data["oit_items_status"]))
    family = None
    for row in data.get("oit_items", []):
        if row["family"] != family and _SAFE_FAMILY.fullmatch(row["family"]):
            out.append(f"\n# ---- {row['family']}\n")
        family = row["family"]
        out.append(_table("oit_items", row))
    return "".join(out)


def toml_file_name(year: int) -> str:
    """The file name of a year's framework, as in data/frameworks/ (fy2570.toml)."""
    return f"fy{int(year)}.toml"


def check_framework(fw: Framework, file: str = "") -> Framework:
    """The framework validated exactly as a shipped file is (through its TOML data): an equal Framework whose
    source_file is `file` (default fy<year>.toml), or FrameworkError naming the field (tools[0].weight …)."""
    checked = parse_framework(framework_to_dict(fw), file or toml_file_name(fw.fiscal_year))
    if "version" in {f.name for f in fields(Framework)}:
        checked = replace(checked, version=fw.version)
    return checked


def framework_from_previous(fw: Framework, year: int) -> Framework:
    """The copy of a year's framework for another year: everything as in `fw` but the fiscal year, status unknown,
    every item list unknown, notes saying (Thai and English) that it is a copy, no source file, no source.
    Validated; FrameworkError (field fiscal_year) for a year outside 2500–2700."""
    notes = (t("fwio.copy_note", "th", prev=fw.fiscal_year, year=int(year)) + "\n"
             + t("fwio.copy_note", "en", prev=fw.fiscal_year, year=int(year)) + "\n")
    changes: dict = {"fiscal_year": int(year), "status": "unknown", "notes": notes, "source_file": "",
                     "oit_items_status": {family: "unknown" for family in fw.oit_items_status}}
    names = {f.name for f in fields(Framework)}
    changes.update({k: v for k, v in (("source", ""), ("version", 0), ("parts", {})) if k in names})
    copy = replace(fw, **changes)
    return replace(check_framework(copy), source_file="")

"""Links that remember: the one map between the address's query parameters and session state.

Every page's view (language, presentation mode, fiscal year, unit and its type, the page's filters) is written into
the address whenever it changes, so F5 keeps the view and a copied address opens the same view for a colleague. A
browser session reads its link once: the global values (language, presentation) before the sidebar is drawn, the
page's values before the page runs — after sign-in, when one is needed; the back and forward buttons bring the page's
values of their address back too. A value that does not fit (unknown year or
unit, garbage, too long, given twice) is left out with a gentle note; it never stops the page.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

import streamlit as st

from analysis.common import LANGUAGES
from ui import state
from ui.lang import tr

MAX_CHARS = 200      # a longer value is refused
MAX_VALUES = 30      # values of one multi-valued parameter (e.g. unit types)
ALL_TYPES = "all"    # the unit type picker's "all types" in an address


class _Data:
    """What a link's values are checked against, read only when a link names such a value."""

    @cached_property
    def units(self):
        from ui import cache

        return cache.units()

    @cached_property
    def oit_years(self) -> set[int]:
        from analysis.ita import load_all

        return {year for year, fw in load_all().items() if fw.oit_items}


def _refuse(ok: bool) -> None:
    if not ok:
        raise ValueError


def _lang(value: str, _data: _Data) -> str:
    _refuse(value in LANGUAGES)
    return value


def _flag(value: str, _data: _Data) -> bool:
    _refuse(value.lower() in ("1", "0", "true", "false"))
    return value.lower() in ("1", "true")


def _number(value: str, low: int, high: int) -> int:
    _refuse(value.isascii() and value.isdigit() and low <= int(value) <= high)
    return int(value)


def _data_year(value: str, data: _Data) -> int:
    year = _number(value, 2400, 2800)
    _refuse(year in data.units.years)
    return year


def _oit_year(value: str, data: _Data) -> int:
    year = _number(value, 2400, 2800)
    _refuse(year in data.oit_years)
    return year


def _any_year(value: str, _data: _Data) -> int:
    return _number(value, 2400, 2800)           # the page offers only its own years; another falls back


def _known_unit(value: str, data: _Data) -> str:
    _refuse(value in data.units.type_of)
    return value


def _unit_type(value: str, data: _Data) -> str:
    if value == ALL_TYPES:
        return ""
    _refuse(value in data.units.types)
    return value


def _known_type(value: str, data: _Data) -> str:
    _refuse(value in data.units.types)
    return value


def _text(value: str, _data: _Data) -> str:
    """A name the page checks itself (a unit of an item file, an owner, a target): printable, one line."""
    _refuse(value.strip() == value and value.isprintable())
    return value


def _id(value: str, _data: _Data) -> int:
    return _number(value, 1, 10**12)


def _indicator(value: str, _data: _Data) -> int:
    return _number(value, 1, 99)


def _measure(value: str, _data: _Data):
    return value if value == "total" else _number(value, 1, 99)


def _one_of(options: Sequence[str]) -> Callable[[str, _Data], str]:
    def read(value: str, _data: _Data) -> str:
        _refuse(value in options)
        return value
    return read


def _show_flag(value) -> str | None:
    return "1" if value else None


def _show_type(value) -> str | None:
    return ALL_TYPES if value == "" else value


@dataclass(frozen=True)
class Param:
    """One query parameter: its name in the address, the session-state key it fills, the text code naming it in the
    note about a refused value, how a value is read (ValueError: refused) and how the state's value is written
    (None or "": left out of the address)."""
    name: str
    key: str
    label: str
    read: Callable[[str, _Data], object]
    show: Callable[[object], str | None] = str
    multi: bool = False


def _breakdowns() -> tuple[str, ...]:
    from analysis.complaints import BREAKDOWNS

    return BREAKDOWNS


def _families() -> list[str]:
    from analysis.ita import oit_families

    return oit_families()


GLOBALS = (Param("lang", state.LANG, "chrome.language", _lang),
           Param("present", state.PRESENT, "chrome.present", _flag, _show_flag))
YEAR = Param("year", state.SELECTED_YEAR, "common.fiscal_year", _data_year)
UNIT = Param("unit", state.SELECTED_UNIT, "common.unit", _known_unit)
TYPE = Param("type", state.UNIT_TYPE, "common.unit_type", _unit_type, _show_type)
UNIT_SCOPE = (YEAR, UNIT, TYPE)
PAGES: dict[str, tuple[Param, ...]] = {           # by the page's url_path (ui.navigation)
    "overview": (Param("year", state.YEAR, "common.fiscal_year", _data_year),
                 Param("types", state.UNIT_TYPES, "overview.unit_types", _known_type, multi=True), UNIT, TYPE),
    "weak_indicators": UNIT_SCOPE,
    "comparison": (YEAR, Param("types", state.CMP_TYPES, "cmp.unit_types", _known_type, multi=True)),
    "year_over_year": (*UNIT_SCOPE, Param("measure", state.YOY_MEASURE, "yoy.measure", _measure)),
    "drivers": (YEAR,),
    "items": (Param("year", state.SELECTED_YEAR, "common.fiscal_year", _any_year),
              Param("unit", state.SELECTED_UNIT, "common.unit", _text), TYPE,
              Param("family", state.ITEMS_FAMILY, "items.family", lambda v, d: _one_of(_families())(v, d))),
    "path_to_85": (*UNIT_SCOPE, Param("target", state.PATH_TARGET, "path.pick_target", _text)),
    "action_plan": UNIT_SCOPE,
    "measures": (*UNIT_SCOPE, Param("measure", state.MSR_EDIT_ID, "plan.pick_measure", _id)),
    "oit": (Param("year", state.OIT_YEAR, "common.fiscal_year", _oit_year), UNIT, TYPE,
            Param("family", state.OIT_FAMILY, "oit.family", _text),
            Param("late", state.OIT_LATE, "chrome.link_filter", _flag, _show_flag),
            Param("owner", state.OIT_OWNER, "oit.by_owner", _text),
            Param("indicator", state.OIT_INDICATOR, "oit.by_indicator", _indicator)),
    "complaints": (Param("by", state.CMPL_BREAKDOWN, "cmpl.by", lambda v, d: _one_of(_breakdowns())(v, d)),),
    "frameworks": (Param("year", state.FWK_YEAR, "common.fiscal_year", _any_year),),
    "audit": (Param("user", state.AUDIT_USER, "audit.user", _text),
              Param("action", state.AUDIT_ACTION, "audit.action", _text)),
}


def page_params(url_path: str) -> tuple[Param, ...]:
    """The parameters of the page at url_path ("" is the default page, the overview)."""
    from ui.navigation import PAGES as SPECS

    if not url_path:
        url_path = next(p.url_path for p in SPECS if p.default)
    return PAGES.get(url_path, ())


def _read(param: Param, values: list[str], data: _Data):
    """The state value of the address's values for param; ValueError when refused."""
    if any(len(v) > MAX_CHARS for v in values):
        raise ValueError
    if not param.multi:
        _refuse(len(values) == 1)                 # given twice: which one was meant is unknown
        return param.read(values[0], data)
    _refuse(len(values) <= MAX_VALUES)
    return list(dict.fromkeys(param.read(v, data) for v in values if v != ""))


def _seed(params: Sequence[Param]) -> None:
    """Put the address's values of params in session state; refused ones are named in a note, never raised."""
    data, refused, taken = _Data(), [], set()
    for param in params:
        values = [v for v in st.query_params.get_all(param.name) if v != ""] if param.name in st.query_params else []
        if not values:
            continue
        try:
            st.session_state[param.key] = _read(param, values, data)
            taken.add(param.name)
        except ValueError:
            refused.append(tr(param.label))
    unit = st.session_state.get(state.SELECTED_UNIT)
    if "unit" in taken and "type" not in taken and TYPE in params:        # a linked unit brings its type along
        kind = data.units.type_of.get(unit)
        if kind is not None:
            st.session_state[state.UNIT_TYPE] = kind
    if refused:
        st.toast(tr("chrome.link_ignored", names=", ".join(dict.fromkeys(refused))), icon=":material/link_off:",
                 duration="long")                                  # time to read it


def _once(part: str) -> bool:
    """True the first time this browser session asks for part ("globals" or "page")."""
    done = st.session_state.setdefault(state.URL_READ, {})
    first = not done.get(part)
    done[part] = True
    return first


def read_globals() -> None:
    """Language and presentation mode from the address, once per browser session (before the sidebar is drawn)."""
    if _once("globals"):
        _seed(GLOBALS)


def _history_navigation() -> bool:
    """True when this run comes from the browser's back or forward button (its address names the view to show)."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def read_page(url_path: str) -> None:
    """The page's values from the address: once per browser session (after sign-in, before the page runs), and
    again when the back or forward button brings an earlier address."""
    if _once("page") or _history_navigation():
        _seed(page_params(url_path))


def wanted(url_path: str) -> dict[str, list[str]]:
    """The query parameters that show this run's view of the page: name → values."""
    out = {}
    for param in (*GLOBALS, *page_params(url_path)):
        value = st.session_state.get(param.key)
        if value is None:
            continue
        values = [str(v) for v in value] if param.multi else [param.show(value)]
        values = [v for v in values if v]
        if values:
            out[param.name] = values
    return out


def write(url_path: str) -> None:
    """Put this run's view in the address, only when it differs from what the address says (no rerun)."""
    new = wanted(url_path)
    if {k: st.query_params.get_all(k) for k in st.query_params} != new:
        st.query_params.from_dict({k: v if len(v) > 1 else v[0] for k, v in new.items()})

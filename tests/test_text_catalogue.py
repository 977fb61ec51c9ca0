"""The text catalogue: every code in Thai and English with the same placeholders; every code the code uses exists
(with the parameters its templates need); every entry is used somewhere in app.py, pages/, ui/ or analysis/."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from analysis.common.text import LANGUAGES, TEXT, fields

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted([ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py"), *ROOT.glob("analysis/**/*.py"),
                  *ROOT.glob("scripts/*.py")])
SOURCES = [p for p in SOURCES if "migrations" not in p.parts and "text" not in p.relative_to(ROOT).parts[:3]]
CODE = re.compile(r"[a-z][a-z0-9_]*\.[a-z0-9_]*[a-z0-9]")
PREFIXES = {code.split(".")[0] for code in TEXT}
# calls whose text arguments are catalogue codes (message, fix, reason …), wherever they stand
TEXT_CALLS = {"tr", "t", "msg", "assume", "Problem", "add", "refuse", "_refuse", "refuse_rows", "_refuse_unknown",
              "FrameworkError", "DeckError", "RulesError", "_bad", "lines", "both", "drop_rows", "_skipped",
              "_report_rows", "status_label", "round_label"}
# calls whose keyword arguments fill the templates of their code arguments (beyond the listed positional ones)
KWARG_CALLS = {"tr": 1, "t": 2, "msg": 1, "assume": 1, "both": 2, "lines": 1, "FrameworkError": 3, "DeckError": 1,
               "RulesError": 1, "_bad": 1, "refuse": 4, "_refuse": 4}


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _scan():
    """(literal strings, dynamic prefixes, [(file:line, call name, code, keyword names or None, dict keys or None)])."""
    literals, prefixes, calls = set(), set(), []
    for path in SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                prefixes.add(node.values[0].value)
            elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and isinstance(node.left, ast.Constant)
                  and isinstance(node.left.value, str)):
                prefixes.add(node.left.value)
            elif isinstance(node, ast.Call) and _name(node) in TEXT_CALLS:
                name = _name(node)
                if any(k.arg is None for k in node.keywords):
                    kwargs = None                        # **params: the names are not known here
                else:
                    kwargs = {k.arg for k in node.keywords} - {"sep"}
                dicts = [set(a.value for a in arg.keys if isinstance(a, ast.Constant))
                         for arg in node.args if isinstance(arg, ast.Dict)]
                args = list(node.args)
                for arg in args[2:3] if name == "FrameworkError" else args:   # its first two: file and field
                    for value in _strings(arg):
                        if CODE.fullmatch(value):
                            calls.append((f"{path.relative_to(ROOT)}:{node.lineno}", name, value, kwargs,
                                          dicts[0] if dicts else None, len(args)))
    return literals, prefixes, calls


def _strings(node):
    """The string constants an argument can be: a literal, or either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


LITERALS, _PREFIXES, CALLS = _scan()
DYNAMIC = {p for p in _PREFIXES if re.fullmatch(r"[a-z][a-z0-9_]*\.[a-z0-9_]*", p)}   # f"msr.status_{s}" …


@pytest.mark.parametrize("code", sorted(TEXT))
def test_each_code_has_every_language_with_the_same_placeholders(code):
    entry = TEXT[code]
    assert set(entry) == set(LANGUAGES), f"{code} must have exactly {LANGUAGES}"
    assert all(entry[lang].strip() or code.startswith("report.") for lang in LANGUAGES), f"{code} has an empty text"
    assert fields(entry["th"]) == fields(entry["en"]), f"{code}: placeholders differ between Thai and English"
    for lang in LANGUAGES:
        entry[lang].format(**{f: 0 for f in fields(entry[lang])})   # the template itself is well-formed


def test_every_code_the_code_uses_is_in_the_catalogue():
    missing = sorted({f"{where} {name}({code!r})" for where, name, code, *_ in CALLS if code not in TEXT})
    assert CALLS, "the scan finds the calls"
    assert not missing, missing
    strays = sorted(s for s in LITERALS if CODE.fullmatch(s) and s.split(".")[0] in PREFIXES and s not in TEXT
                    and not s.endswith((".py", ".toml", ".xlsx", ".csv", ".txt", ".pptx", ".pdf")))
    assert not strays, f"texts that look like catalogue codes but are not in it: {strays}"


def test_calls_give_the_parameters_their_templates_need():
    wrong = []
    for where, name, code, kwargs, params, n_args in CALLS:
        if code not in TEXT:
            continue
        need = fields(TEXT[code]["th"])
        if name in KWARG_CALLS and kwargs is not None and n_args <= KWARG_CALLS[name]:
            if not need <= kwargs:
                wrong.append(f"{where} {code}: needs {sorted(need)}, given {sorted(kwargs)}")
        elif name in ("Problem", "add") and params is not None and not need <= params:
            wrong.append(f"{where} {code}: needs {sorted(need)}, given {sorted(params)}")
    assert not wrong, wrong


def test_every_catalogue_entry_is_used():
    unused = sorted(code for code in TEXT
                    if code not in LITERALS and not any(code.startswith(p) for p in DYNAMIC))
    assert not unused, f"catalogue entries nothing uses: {unused}"


def test_ui_holds_no_table_of_its_own():
    assert not (ROOT / "ui" / "strings").exists()
    assert "TEXT" not in (ROOT / "ui" / "lang.py").read_text(encoding="utf-8")
